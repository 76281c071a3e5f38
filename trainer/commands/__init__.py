"""The subcommands of `python -m trainer`, one module each, with `add(subparsers)` and `run(args)`.

Each module imports only argparse at the top, so that starting the app stays fast.
"""

import argparse
from types import ModuleType

from trainer.commands import content, demo, facilitator, lrs, progress, screenshots, setting

COMMANDS: dict[str, ModuleType] = {
    "content": content,
    "setting": setting,
    "facilitator": facilitator,
    "screenshots": screenshots,
    "lrs": lrs,
    "demo": demo,
    "progress": progress,
}


def add_all(parser: argparse.ArgumentParser) -> None:
    subparsers = parser.add_subparsers(dest="command")
    for name, module in COMMANDS.items():
        module.add(subparsers, name)
