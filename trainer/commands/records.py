"""The records a command works on. Like every command module, it imports only the standard
library at the top, so that starting the app stays fast."""

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database


def open_database(data_dir: Path | None) -> "Database":
    """This PC's database, in the same folder the app uses (or `--data-dir`)."""
    from trainer.log import log_to
    from trainer.store.database import DATABASE_NAME
    from trainer.store.folder import data_folder
    from trainer.store.recovery import open_safely

    folder = data_folder(data_dir)
    log_to(folder)  # what the command does goes to trainer.log, as the app's doings do
    return open_safely(folder / DATABASE_NAME)
