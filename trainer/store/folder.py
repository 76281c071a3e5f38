"""Where this PC keeps its learners' records: one answer for the app and every command.

`--data-dir` wins; else a `portable` file beside the app keeps them in `data/` next to it (a
USB stick); else the user's application data folder, the same one Qt's AppDataLocation gives
for the app's name, so that records made by earlier versions of the app are still found.
"""

import os
import sys
from pathlib import Path

from trainer import resources

APP_NAME = "KhmerDigitalTrainer"
"""Qt's application and organisation name: the last two parts of the data folder."""


class DataFolderError(Exception):
    """The data folder cannot hold the records; the message says why, in plain words."""


def data_folder(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit
    portable = resources.portable_data_dir()
    if portable is not None:
        return portable
    return _users_app_data() / APP_NAME / APP_NAME


def _users_app_data() -> Path:
    """As Qt finds it: %APPDATA% on Windows, ~/Library/Application Support on macOS, and
    $XDG_DATA_HOME (when absolute) or ~/.local/share elsewhere."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
