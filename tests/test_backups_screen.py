"""The facilitator's backups screen, clicked as a facilitator would, with the file dialogs answered."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from trainer.store.backup import backups_folder, make_automatic_backup, make_backup
from trainer.store.database import Database
from trainer.store.learners import add_learner, all_learners
from trainer.store.recovery import open_safely, pending_notices
from trainer.store.restore import SAFETY_FOLDER
from trainer.ui.app import make_app
from trainer.ui.backups_screen import BackupsScreen
from trainer.ui.context import AppContext
from trainer.ui.language import Language

from .conftest import FIXTURE_CONTENT

MONDAY = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)


class Dialogs:
    """Stands in for the facilitator at the file dialogs and message boxes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = ""
        self.file = ""
        self.answer = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []
        self.warned: list[str] = []
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: self.folder)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (self.file, ""))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(
            QMessageBox, "warning", lambda parent, title, text: self.warned.append(as_read(text))
        )

    def _warning(self, parent: Any, title: str, text: str) -> None:
        self.warned.append(as_read(text))

    def _question(self, parent: Any, title: str, text: str, *buttons: Any) -> QMessageBox.StandardButton:
        self.asked.append(as_read(text))
        return self.answer


def as_read(text: str) -> str:
    """A message box's text as the facilitator reads it."""
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2028", "\n")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def open_screen(qtbot: QtBot, database: Database, lang: str = "en") -> BackupsScreen:
    app = make_app()
    screen = BackupsScreen(AppContext(database, [FIXTURE_CONTENT], Language(app, lang)))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "data" / "trainer.db")
    add_learner(database, "Sokha", "lotus", "sun-moon-star")
    yield database
    database.close()


def test_the_automatic_backups_are_listed_newest_first_with_their_size(
    qtbot: QtBot, records: Database, dialogs: Dialogs
) -> None:
    for days in (0, 1, 2):
        make_automatic_backup(records, MONDAY + timedelta(days=days))
    screen = open_screen(qtbot, records)
    table = screen.table
    assert table.rowCount() == 3
    assert [table.item(row, 0).text()[:13] for row in range(3)] == [
        "5 March 2025,",
        "4 March 2025,",
        "3 March 2025,",
    ]
    assert table.item(0, 1).text().endswith(" kB")
    assert not screen.restore_chosen_button.isEnabled(), "nothing chosen yet"
    table.selectRow(2)
    assert screen.restore_chosen_button.isEnabled()


def test_back_up_now_to_a_usb_folder(
    qtbot: QtBot, records: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    dialogs.folder = str(stick)
    screen = open_screen(qtbot, records)
    qtbot.mouseClick(screen.to_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.status.text().startswith("Backed up to "))
    (backup,) = stick.iterdir()
    assert screen.status.text() == f"Backed up to {backup}"
    assert screen.status.kind() == "success" and screen.status.symbol.isVisible(), "a tick: it went well"


def test_a_folder_that_cannot_be_written_gets_a_message(
    qtbot: QtBot, records: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "stick.txt"
    not_a_folder.write_text("a file, not a folder")
    dialogs.folder = str(not_a_folder)
    screen = open_screen(qtbot, records)
    qtbot.mouseClick(screen.to_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.warned))
    assert dialogs.warned[0].startswith(f"The backup could not be written to {not_a_folder}.")
    assert screen.status.text() == "" and screen.status.kind() is None, "a failure is the warning alone"


def test_cancelling_the_folder_dialog_does_nothing(qtbot: QtBot, records: Database, dialogs: Dialogs) -> None:
    screen = open_screen(qtbot, records)
    qtbot.mouseClick(screen.to_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.restore_file_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == dialogs.warned == [] and screen.status.text() == ""


def test_restore_from_a_file_says_what_will_be_replaced_then_restores(
    qtbot: QtBot, records: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    backup = make_backup(records, tmp_path / "USB", MONDAY)
    add_learner(records, "Dara", "fish", "sun-moon-star")
    dialogs.file = str(backup.path)
    screen = open_screen(qtbot, records)
    with qtbot.waitSignal(screen.restored):
        qtbot.mouseClick(screen.restore_file_button, Qt.MouseButton.LeftButton)
    (question,) = dialogs.asked
    assert question.startswith("Restore the backup made on 3 March 2025, ")
    assert "In the backup: learners 1, answers 0." in question
    assert "On this computer now: learners 2, answers 0." in question
    assert "A copy of the records now on this computer is kept first" in question
    assert [learner.name for learner in all_learners(records)] == ["Sokha"]
    assert screen.status.text().startswith("Restored the backup made on 3 March 2025")
    assert screen.status.kind() == "success"
    assert len(list((backups_folder(records.path) / SAFETY_FOLDER).iterdir())) == 1


def test_saying_no_changes_nothing(qtbot: QtBot, records: Database, dialogs: Dialogs, tmp_path: Path) -> None:
    make_automatic_backup(records, MONDAY)
    add_learner(records, "Dara", "fish", "sun-moon-star")
    dialogs.answer = QMessageBox.StandardButton.No
    screen = open_screen(qtbot, records)
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.restore_chosen_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.asked) == 1
    assert [learner.name for learner in all_learners(records)] == ["Dara", "Sokha"]
    assert not (backups_folder(records.path) / SAFETY_FOLDER).exists()


def test_a_chosen_automatic_backup_is_restored(qtbot: QtBot, records: Database, dialogs: Dialogs) -> None:
    make_automatic_backup(records, MONDAY)
    add_learner(records, "Dara", "fish", "sun-moon-star")
    screen = open_screen(qtbot, records)
    screen.table.selectRow(0)
    with qtbot.waitSignal(screen.restored):
        qtbot.mouseClick(screen.restore_chosen_button, Qt.MouseButton.LeftButton)
    assert [learner.name for learner in all_learners(records)] == ["Sokha"]


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, records: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    photo = tmp_path / "holiday.db"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    dialogs.file = str(photo)
    screen = open_screen(qtbot, records)
    qtbot.mouseClick(screen.restore_file_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == []
    (warning,) = dialogs.warned
    assert warning == f"That file is not a trainer backup.\n\nNothing was changed.\n\n{photo}"
    assert [learner.name for learner in all_learners(records)] == ["Sokha"]


def test_the_facilitator_is_told_of_damaged_records_until_they_dismiss_it(
    qtbot: QtBot, records: Database, dialogs: Dialogs
) -> None:
    make_automatic_backup(records, MONDAY)
    records.close()
    records.path.write_bytes(b"damaged" * 1000)
    database = open_safely(records.path, MONDAY + timedelta(days=1))
    screen = open_screen(qtbot, database)
    assert screen.notice_box.isVisible()
    text = screen.notices.text()
    assert text.startswith("On 4 March 2025, ")
    assert "The backup of 3 March 2025, " in text and "(learners 1, answers 0)" in text
    assert "trainer.db.corrupt-2025-03-04T02-00-00Z" in text
    qtbot.mouseClick(screen.dismiss_button, Qt.MouseButton.LeftButton)
    assert not screen.notice_box.isVisible() and pending_notices(database) == []
    database.close()


def test_with_no_backup_the_facilitator_is_told_the_records_started_empty(
    qtbot: QtBot, records: Database, dialogs: Dialogs
) -> None:
    records.close()
    records.path.write_bytes(b"damaged" * 1000)
    database = open_safely(records.path, MONDAY)
    screen = open_screen(qtbot, database)
    assert (
        "There was no backup to bring back, so the trainer started with no records." in screen.notices.text()
    )
    database.close()


def test_screenshots(qtbot: QtBot, records: Database, dialogs: Dialogs, tmp_path: Path) -> None:
    """Rendered for a look at 1280x800 in both languages; nothing is clipped off the window."""
    for days in range(5):
        make_automatic_backup(records, MONDAY + timedelta(days=days * 3))
    for lang in ("en", "km"):
        screen = open_screen(qtbot, records, lang)
        QApplication.processEvents()
        for widget in (screen.to_folder_button, screen.restore_chosen_button, screen.restore_file_button):
            assert widget.geometry().right() <= screen.width(), widget.text()
        assert screen.grab().save(str(tmp_path / f"backups-{lang}.png"))
