"""Where learners' data goes: --data-dir, a portable folder beside the app, or the user's app data."""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from trainer import resources
from trainer.ui.app import data_folder


def test_an_explicit_data_dir_wins(tmp_path: Path) -> None:
    assert data_folder(tmp_path / "mine") == tmp_path / "mine"


def test_a_portable_marker_keeps_data_beside_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "app_root", lambda: tmp_path)
    assert data_folder(None) != tmp_path / "data"
    (tmp_path / "portable").touch()
    assert data_folder(None) == tmp_path / "data"


def test_the_default_is_the_users_app_data(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(resources, "app_root", lambda: tmp_path)
    expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert data_folder(None) == Path(expected)
