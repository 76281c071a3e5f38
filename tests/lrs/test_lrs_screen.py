"""The facilitator's LRS screen, clicked with qtbot, sending what a learner really did to a real LRS."""

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ralph.models.xapi.base.statements import BaseXapiStatement

from trainer.learning.events import Event
from trainer.store.events import events_of, record
from trainer.sync import xapi
from trainer.sync.lrs import Lrs
from trainer.sync.lrs_settings import make_connection, saved_connection
from trainer.ui.app import make_app
from trainer.ui.lrs_screen import LrsScreen
from trainer.ui.main_window import MainWindow

from ..conftest import FIXTURE_CONTENT, signed_in_window
from .learning_locker import PASSWORD, USER, LearningLocker
from .records import Learner

HOME = "https://kampot.centres.example.org/"


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    widget = parent.findChild(QWidget, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def learn_and_master(qtbot: QtBot, window: MainWindow) -> None:
    """Read the lesson, answer one question wrong and the rest right: the module is mastered."""
    window.open_lesson(window.context.library.modules[0])
    click(qtbot, window, "lesson-next")
    click(qtbot, window, "lesson-next")
    for options in (["short"], ["false"], ["unique", "twofa"], ["no"]):
        for option in options:
            click(qtbot, window, f"option-{option}")
        click(qtbot, window, "check")
        click(qtbot, window, "quiz-next")


def with_twelve_records(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, list[Event]]:
    """A learner signed in, with twelve records of every kind waiting to be sent."""
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    assert window.learner is not None
    events = Learner(window.learner.id).everything()[:12]
    for event in events:
        record(window.context.database, event)
    return window, events


def open_screen(
    qtbot: QtBot, window: MainWindow, server: LearningLocker, password: str = PASSWORD
) -> LrsScreen:
    make_app()  # the app's style sheet, as the facilitator sees it
    screen = LrsScreen(window.context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    typed = {"endpoint": server.endpoint, "username": USER, "password": password, "home_page": HOME}
    for name, text in typed.items():
        screen.fields[name].clear()
        qtbot.keyClicks(screen.fields[name], text)
    return screen


def test_a_facilitator_tests_the_connection_and_sends_what_a_learner_did(
    qapp: object, qtbot: QtBot, tmp_path: Path, learning_locker: LearningLocker
) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    assert window.learner is not None
    learn_and_master(qtbot, window)
    events = events_of(window.context.database, window.learner.id)
    assert {e.verb.value for e in events} == {"experienced", "attempted", "answered", "mastered"}
    started, mastered = (
        next(e for e in events if e.verb.value == verb) for verb in ("attempted", "mastered")
    )
    assert mastered.context == {"attempt": started.context["attempt"]}, "mastery names its attempt"
    screen = open_screen(qtbot, window, learning_locker)
    assert screen.count.text() == f"Records waiting to be sent: {len(events)}"
    click(qtbot, screen, "lrs-test")
    qtbot.waitUntil(lambda: screen.message.text() == "The connection works.", timeout=20_000)
    assert screen.detail.text().startswith(f"Connected to {learning_locker.endpoint} as {USER}")
    click(qtbot, screen, "lrs-send")
    qtbot.waitUntil(lambda: screen.message.text().startswith("Records sent"), timeout=60_000)
    assert screen.message.text() == f"Records sent: {len(events)}."
    assert screen.message.kind() == "success"
    assert screen.count.text() == "Records waiting to be sent: 0"
    connection = make_connection(learning_locker.endpoint, USER, PASSWORD, HOME)
    assert saved_connection(window.context.database) == connection
    actor = {"objectType": "Agent", "account": {"homePage": HOME, "name": window.learner.id}}
    stored = [s for s in Lrs(connection).statements(limit="100") if s["actor"] == actor]
    assert sorted(s["id"] for s in stored) == sorted(e.id for e in events)
    for statement in stored:
        BaseXapiStatement(**statement)
    assert "Dara" not in json.dumps(stored, ensure_ascii=False)
    screen.grab().save(str(tmp_path / "lrs-screen.png"))


def test_wrong_credentials_are_told_and_the_records_wait(
    qapp: object, qtbot: QtBot, tmp_path: Path, learning_locker: LearningLocker
) -> None:
    window, _ = with_twelve_records(qtbot, tmp_path)
    screen = open_screen(qtbot, window, learning_locker, password="not-it")
    click(qtbot, screen, "lrs-send")
    qtbot.waitUntil(lambda: screen.message.text().startswith("The LRS refused"), timeout=20_000)
    assert screen.message.text() == (
        "The LRS refused the user name or the password. Nothing is lost: the records wait here."
    )
    assert screen.message.kind() == "error"
    assert "HTTP 401" in screen.detail.text() and "not-it" not in screen.detail.text()
    assert screen.count.text() == "Records waiting to be sent: 12"
    assert all(button.isEnabled() for button in screen.findChildren(QPushButton))


def test_records_the_lrs_refuses_are_listed_for_the_facilitator(
    qapp: object, qtbot: QtBot, tmp_path: Path, learning_locker: LearningLocker
) -> None:
    window, events = with_twelve_records(qtbot, tmp_path)
    clash = {"id": events[3].id, "actor": {"mbox": "mailto:a@example.org"}, "verb": {"id": "http://x.org/v"}}
    Lrs(make_connection(learning_locker.endpoint, USER, PASSWORD)).send(
        [json.dumps({**clash, "object": {"id": "http://x.org/a"}})]
    )
    screen = open_screen(qtbot, window, learning_locker)
    click(qtbot, screen, "lrs-send")
    qtbot.waitUntil(lambda: screen.message.text().startswith("Records sent"), timeout=60_000)
    assert screen.message.text() == "Records sent: 11. The LRS refused 1: see the list below."
    assert screen.message.kind() == "info", "some went, some did not: a note, with the list below"
    assert screen.refused_heading.text() == "Records the LRS refused: 1"
    row = [screen.refused.item(0, column).text() for column in range(4)]
    assert row[1] == "Dara" and row[2].startswith("Answered a question: ") and row[3].startswith("HTTP 409")
    screen.grab().save(str(tmp_path / "lrs-refused.png"))
    click(qtbot, screen, "lrs-again")
    assert screen.message.text() == "1 records wait again. They go when you press Send now."
    assert screen.message.kind() == "info"
    assert screen.count.text() == "Records waiting to be sent: 1"
    assert screen.refused.isHidden() and screen.again_button.isHidden()


def test_a_wrong_address_is_explained_and_nothing_is_saved(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    screen = LrsScreen(window.context)
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.fields["endpoint"], "lrs.programme.example.org")
    qtbot.keyClicks(screen.fields["username"], USER)
    qtbot.keyClicks(screen.fields["password"], PASSWORD)
    screen.show()
    click(qtbot, screen, "lrs-send")
    assert screen.message.text() == "Please check the fields."
    assert screen.message.kind() == "error" and screen.message.symbol.isVisible()
    assert screen.detail.text() == "The LRS address must be a web address starting with https:// or http://."
    assert saved_connection(window.context.database) is None
    assert screen.fields["endpoint"].text() == "lrs.programme.example.org", "what was typed stays"
    qtbot.keyClicks(screen.fields["endpoint"], "/xAPI/")
    assert screen.message.kind() is None and screen.message.isHidden() and screen.detail.isHidden(), (
        "the problem is being put right: the old message goes"
    )


def test_records_another_pc_sent_already_are_told_with_its_web_address(
    qapp: object, qtbot: QtBot, tmp_path: Path, learning_locker: LearningLocker
) -> None:
    window, events = with_twelve_records(qtbot, tmp_path)
    other_pc = "https://other-pc.centres.example.org/"  # set up with the centre's own address
    library = window.context.library
    sent_before = [xapi.statement(e, events, other_pc, library) for e in events[:5]]
    Lrs(make_connection(learning_locker.endpoint, USER, PASSWORD)).send([json.dumps(s) for s in sent_before])
    screen = open_screen(qtbot, window, learning_locker)
    click(qtbot, screen, "lrs-send")
    qtbot.waitUntil(lambda: screen.message.text().startswith("Records sent"), timeout=60_000)
    assert screen.message.text() == (
        "Records sent: 7. 5 were at the LRS already, sent from another PC: the LRS keeps the copy it had."
    )
    assert screen.detail.text() == (
        f"Another PC names these learners on {other_pc}. Put the same programme's web address on every"
        " PC, so that each learner is one person at the LRS."
    )
    assert screen.count.text() == "Records waiting to be sent: 0" and screen.refused.isHidden()
    screen.grab().save(str(tmp_path / "lrs-already-there.png"))
