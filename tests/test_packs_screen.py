"""The facilitator installs a pack from a USB folder and manages trusted keys, on the real screen."""

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.packs.keys import Signer
from trainer.packs.trust import trust
from trainer.ui.main_window import MainWindow
from trainer.ui.packs_screen import PacksScreen

from .pack_builder import QUIZ, content_copy, editor, make_pack, snapshot

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def shown(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, PacksScreen]]:
    """The packs screen in the real window, on content at version 2026.12.1."""
    from trainer.ui.app import make_app, open_window

    make_app()
    window = open_window(tmp_path / "data", "en", [content_copy(tmp_path / "content", "2026.12.1")])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    screen = PacksScreen(window.context)
    window._show(screen)
    yield window, screen
    window.close()
    window.deleteLater()  # gone before the next test changes the language: its pages read the records
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.context.database.close()


@pytest.fixture
def signer(tmp_path: Path) -> Signer:
    return editor(tmp_path / "keys", "Sokha, Battambang")


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> None:
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args: button)


def open_pack_on(qtbot: QtBot, screen: PacksScreen, monkeypatch: pytest.MonkeyPatch, pack: Path) -> None:
    choose(monkeypatch, pack)
    qtbot.mouseClick(screen.choose_button, LEFT)
    qtbot.waitUntil(lambda: screen.choose_button.isEnabled())


def title(window: MainWindow) -> str:
    module = window.context.library.module("passwords")
    assert module is not None
    return module.title["en"]


def cells(screen: PacksScreen) -> list[list[str]]:
    table = screen.modules
    return [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]


def test_a_trusted_pack_shows_its_signer_and_changes_then_installs(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    trust(window.context.database, signer.public)
    pack = make_pack(screen.data_dir.parent, signer, "2026.12.2", "Passphrases")
    open_pack_on(qtbot, screen, monkeypatch, pack)
    assert screen.summary.isVisible()
    assert screen.signer.text() == f"Signed by Sokha, Battambang (key {signer.public.fingerprint})"
    assert screen.version.text() == "Content version 2026.12.2"
    assert cells(screen) == [
        [
            "Passphrases",
            "Update: replaces version 2026.12.1",
            "English: reviewed\nKhmer: draft, not yet checked",
        ]
    ]
    assert screen.install_button.text() == "Install"
    with qtbot.waitSignal(screen.content_changed):
        qtbot.mouseClick(screen.install_button, LEFT)
    assert title(window) == "Passphrases"
    assert screen.done.text() == "Installed. Learners see the 1 module(s) of this pack now."
    assert not screen.summary.isVisible()


def test_a_pack_from_an_untrusted_key_is_refused_with_the_reason(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    pack = make_pack(screen.data_dir.parent, signer, "2026.12.2", "Passphrases")
    before = snapshot(screen.data_dir / "content") if (screen.data_dir / "content").exists() else {}
    open_pack_on(qtbot, screen, monkeypatch, pack)
    assert screen.message.text().startswith("The pack is signed with a key this computer does not trust.")
    assert "Sokha, Battambang" in screen.detail.text()
    assert not screen.summary.isVisible()
    assert snapshot(screen.data_dir / "content") == before
    assert title(window) == "Strong passwords"


def test_a_pack_with_two_files_of_the_same_name_gets_its_own_reason(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    trust(window.context.database, signer.public)
    good = make_pack(screen.data_dir.parent, signer, "2026.12.2", "Passphrases")
    pack = good.with_name("clash.pack")
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(pack, "w") as clash:
        for info in source.infolist():
            clash.writestr(info, source.read(info))
        clash.writestr(QUIZ.replace("quiz", "QUIZ"), source.read(QUIZ))
    open_pack_on(qtbot, screen, monkeypatch, pack)
    assert screen.message.text() == (
        "Two files in the pack have the same name, so one would replace the other. "
        "Ask the editor for a new copy. It was not installed."
    )
    assert "differ only in capitals" in screen.detail.text()
    assert not screen.summary.isVisible()
    assert title(window) == "Strong passwords"


def test_an_older_pack_is_a_downgrade_installed_only_when_confirmed(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    trust(window.context.database, signer.public)
    open_pack_on(qtbot, screen, monkeypatch, make_pack(screen.data_dir.parent, signer, "2026.11.1", "Old"))
    assert cells(screen)[0][1] == "Older than installed (2026.12.1): a downgrade"
    assert "downgrade" in screen.downgrade.text()
    assert screen.install_button.text() == "Install the older version"
    answer(monkeypatch, yes=False)
    qtbot.mouseClick(screen.install_button, LEFT)
    assert screen.summary.isVisible()
    assert title(window) == "Strong passwords"
    answer(monkeypatch, yes=True)
    qtbot.mouseClick(screen.install_button, LEFT)
    assert title(window) == "Old"


def test_cancel_removes_the_checked_pack_and_installs_nothing(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    trust(window.context.database, signer.public)
    open_pack_on(qtbot, screen, monkeypatch, make_pack(screen.data_dir.parent, signer, "2026.12.2", "New"))
    qtbot.mouseClick(screen.cancel_button, LEFT)
    assert not screen.summary.isVisible()
    assert list((screen.data_dir / "content").iterdir()) == []


def test_the_facilitator_adds_a_key_from_a_pub_file_and_removes_it(
    qtbot: QtBot,
    shown: tuple[MainWindow, PacksScreen],
    signer: Signer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    panel = shown[1].keys_panel
    assert panel.keys.count() == 1
    panel.keys.setCurrentRow(0)
    assert "signs the bundled content" in panel.keys.item(0).text()
    assert not panel.remove_button.isEnabled()
    choose(monkeypatch, tmp_path / "keys" / "sokha-battambang.pub")
    answer(monkeypatch, yes=True)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.keys.item(1).text() == f"Sokha, Battambang (key {signer.public.fingerprint})"
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.message.text() == "This key is already trusted, as 'Sokha, Battambang'."
    assert panel.keys.count() == 2
    panel.keys.setCurrentRow(1)
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert panel.keys.count() == 1


def test_a_file_that_is_not_a_key_gets_a_message_and_adds_nothing(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    panel = shown[1].keys_panel
    notes = tmp_path / "notes.pub"
    notes.write_text("my shopping list\n", encoding="utf-8")
    choose(monkeypatch, notes)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.message.text() == "This file is not a trainer public key."
    assert panel.keys.count() == 1


def test_an_installed_pack_is_listed_and_removed_once_confirmed(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    assert screen.installed.isHidden(), "nothing installed yet"
    trust(window.context.database, signer.public)
    open_pack_on(
        qtbot, screen, monkeypatch, make_pack(screen.data_dir.parent, signer, "2026.12.2", "Passphrases")
    )
    qtbot.mouseClick(screen.install_button, LEFT)
    table = screen.installed
    assert table.isVisible() and table.rowCount() == 1
    name = table.item(0, 0).text()
    assert [table.item(0, column).text() for column in (1, 2)] == ["2026.12.2", "Passphrases"]
    removing = table.cellWidget(0, 3)
    answer(monkeypatch, yes=False)
    qtbot.mouseClick(removing, LEFT)
    assert title(window) == "Passphrases" and table.rowCount() == 1
    answer(monkeypatch, yes=True)
    with qtbot.waitSignal(screen.content_changed):
        qtbot.mouseClick(removing, LEFT)
    assert title(window) == "Strong passwords", "back to the version the trainer came with"
    assert screen.done.text() == f"The pack {name} was removed."
    assert table.isHidden()
    assert [path.name for path in (screen.data_dir / "content").iterdir()] == ["installed.json"]


def test_the_count_of_installed_modules_in_khmer_is_in_khmer_digits_and_the_version_stays_latin(
    qtbot: QtBot, shown: tuple[MainWindow, PacksScreen], signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = shown
    window.context.language.switch("km")
    trust(window.context.database, signer.public)
    pack = make_pack(screen.data_dir.parent, signer, "2026.12.2", "Passphrases")
    open_pack_on(qtbot, screen, monkeypatch, pack)
    assert screen.version.text().endswith("2026.12.2"), "a version is a code: Latin"
    with qtbot.waitSignal(screen.content_changed):
        qtbot.mouseClick(screen.install_button, LEFT)
    assert "១" in screen.done.text() and "1" not in screen.done.text(), screen.done.text()
