"""The records a command works on. Like every command module, it imports only the standard
library at the top, so that starting the app stays fast."""

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database


def open_database(data_dir: Path | None) -> "Database":
    """This PC's database, in the same folder the app uses (or `--data-dir`)."""
    from trainer.store.database import DATABASE_NAME
    from trainer.store.folder import data_folder
    from trainer.store.recovery import open_safely

    return open_safely(data_folder(data_dir) / DATABASE_NAME)
