"""What the trainer did, in trainer.log in the data folder: imports, exports, installs, pushes,
restores and recoveries, by the app and by every command alike. A facilitator who sends the
log to the programme shows what happened on this PC and when."""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "trainer.log"
KEEP_BYTES, KEEP_FILES = 1_000_000, 3


def log_to(data_dir: Path) -> None:
    """Write what happens (INFO and up) to trainer.log in `data_dir`, kept to about 4 MB. A
    process works on one data folder: a log opened before, for another folder, is closed."""
    data_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [handler for handler in root.handlers if isinstance(handler, DataFolderLog)]:
        root.removeHandler(old)
        old.close()
    handler = DataFolderLog(
        data_dir / LOG_NAME, maxBytes=KEEP_BYTES, backupCount=KEEP_FILES, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class DataFolderLog(RotatingFileHandler):
    """trainer.log, told apart from other handlers (a command's warnings on stderr)."""
