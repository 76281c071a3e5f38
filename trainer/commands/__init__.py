"""The subcommands of `python -m trainer`, one module each, with `add(subparsers)` and `run(args)`.

Each module imports only argparse at the top, so that starting the app stays fast.
"""

import argparse
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from trainer.commands import content, demo, facilitator, lrs, progress, screenshots, setting

if TYPE_CHECKING:
    from trainer.store.database import Database

COMMANDS: dict[str, ModuleType] = {
    "content": content,
    "setting": setting,
    "facilitator": facilitator,
    "screenshots": screenshots,
    "lrs": lrs,
    "demo": demo,
    "progress": progress,
}


def open_database(data_dir: Path | None) -> "Database":
    """This PC's database, in the same folder the app uses (or `--data-dir`)."""
    from trainer.log import log_to
    from trainer.store.database import DATABASE_NAME
    from trainer.store.folder import data_folder
    from trainer.store.recovery import open_safely

    folder = data_folder(data_dir)
    log_to(folder)
    return open_safely(folder / DATABASE_NAME)


def add_all(parser: argparse.ArgumentParser) -> None:
    subparsers = parser.add_subparsers(dest="command")
    for name, module in COMMANDS.items():
        module.add(subparsers, name)
