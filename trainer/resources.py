"""Where the trainer's own files are, from a source tree or from a frozen bundle."""

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds content/, assets/ and translations/."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def bundled_content() -> Path:
    return app_root() / "content"


def assets() -> Path:
    return app_root() / "assets"


def translations() -> Path:
    return app_root() / "translations"


def portable_data_dir() -> Path | None:
    """A `portable` file beside the app means: keep all data in `data/` next to it."""
    beside = Path(sys.executable).parent if getattr(sys, "frozen", False) else app_root()
    return beside / "data" if (beside / "portable").exists() else None
