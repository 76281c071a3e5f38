"""Where learners' data goes: --data-dir, a portable folder beside the app, or the user's app
data; the app and every command find the same folder."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from trainer import resources
from trainer.store.folder import APP_NAME, data_folder

ROOT = Path(__file__).resolve().parent.parent


def test_an_explicit_data_dir_wins(tmp_path: Path) -> None:
    assert data_folder(tmp_path / "mine") == tmp_path / "mine"


def test_a_portable_marker_keeps_data_beside_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "app_root", lambda: tmp_path)
    assert data_folder(None) != tmp_path / "data"
    (tmp_path / "portable").touch()
    assert data_folder(None) == tmp_path / "data"


@pytest.mark.parametrize("xdg", ["absolute", "", "relative/ignored"])
def test_the_default_is_where_qt_put_the_apps_records(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str
) -> None:
    """Records made by earlier versions, which asked Qt, are found where they are."""
    monkeypatch.setattr(resources, "app_root", lambda: tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share") if xdg == "absolute" else xdg)
    names = qapp.applicationName(), qapp.organizationName()
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(APP_NAME)
    try:
        expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
    assert data_folder(None) == Path(expected)


def _trainer(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_command_and_the_app_use_the_same_records(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's recovery step, a new facilitator password from a terminal, reaches the
    records the app opens; so does a setting, and the app's log lands beside them."""
    from trainer.store.facilitators import check_password
    from trainer.store.settings import get_setting
    from trainer.ui.app import make_app, open_window

    home = tmp_path / "home"
    reset = _trainer(home, "facilitator", "reset-password", "Sokha", "--password", "mango-tree-42")
    assert reset.returncode == 0, reset.stderr
    assert _trainer(home, "setting", "centre", "Kampot centre").returncode == 0
    shown = _trainer(home, "--smoke", "--lang", "en")
    assert shown.returncode == 0, shown.stderr

    folder = home / ".local" / "share" / APP_NAME / APP_NAME
    assert sorted(path.name for path in folder.glob("trainer.*")) == ["trainer.db", "trainer.log"]
    assert not (home / ".local" / "share" / "trainer.db").exists()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    make_app()
    window = open_window(data_folder(None), "en", None)
    try:
        assert get_setting(window.context.database, "centre") == "Kampot centre"
        found = check_password(window.context.database, "mango-tree-42")
        assert found is not None and found.name == "Sokha"
    finally:
        window.idle.stop()
        window.close()
        window.context.database.close()
