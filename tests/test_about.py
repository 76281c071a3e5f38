"""About: the version from pyproject.toml, the content version, and the bundled licences."""

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer import version
from trainer.ui.main_window import MainWindow
from trainer.ui.picker import PickerScreen

ROOT = Path(__file__).parent.parent


def test_about_shows_versions_and_licences(qtbot: QtBot, window: MainWindow) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version() == declared, "pyproject.toml is the single source of the version"
    picker = window.screen_widget
    assert isinstance(picker, PickerScreen)
    qtbot.mouseClick(picker.about_button, Qt.MouseButton.LeftButton)
    about = picker.about
    assert about.isVisible()
    content_version = (ROOT / "content" / "VERSION").read_text(encoding="utf-8").strip()
    assert f"version {declared}" in about.text() and f"version {content_version}" in about.text()
    assert "SIL Open Font License" in about.detailedText() and "LGPL" in about.detailedText()
    about.close()
