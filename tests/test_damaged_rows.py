"""Damage that `PRAGMA quick_check` cannot see (a row whose values are not what the trainer
wrote) is left out and logged: the other learners, and the rest of that learner, still show."""

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status
from trainer.reports.class_data import class_answers, load_class
from trainer.reports.csv_export import write_answers_csv, write_progress_csv
from trainer.store.classes import Assignment, add_class, set_assignments
from trainer.store.events import record
from trainer.store.facilitators import add_facilitator
from trainer.store.learners import Learner, Profile, add_learner
from trainer.store.projections import catch_up
from trainer.ui.dashboard import DashboardScreen
from trainer.ui.home import HomeScreen
from trainer.ui.learner_detail import LearnerDetail
from trainer.ui.main_window import MainWindow
from trainer.ui.module_detail import ModuleDetail
from trainer.ui.sign_in import SignInScreen

from .conftest import CODE
from .test_facilitator_flow import PASSWORD, answer, open_area


def _damage(window: MainWindow, learner: str) -> None:
    """What a failing disk or a hand edit leaves: values SQLite stores but the trainer cannot read."""
    connection = window.context.database.connection
    ids = [
        row[0]
        for row in connection.execute("SELECT id FROM events WHERE learner_id = ? ORDER BY rowid", (learner,))
    ]
    with connection:
        connection.execute("UPDATE events SET result = '{\"success\": tru' WHERE id = ?", (ids[0],))
        connection.execute("UPDATE events SET context = 'not json at all' WHERE id = ?", (ids[1],))
        connection.execute("UPDATE events SET result = '[1, 2]', verb = 'jumped' WHERE id = ?", (ids[2],))
        connection.execute("UPDATE events SET timestamp = 'last Tuesday' WHERE id = ?", (ids[3],))
        connection.execute(
            "UPDATE learners SET failed_tries = 'many', lockouts = x'00ff', locked_until = 'soon',"
            " avatar = 'no-such-picture' WHERE id = ?",
            (learner,),
        )
        connection.execute("INSERT OR IGNORE INTO activity_stale VALUES (?)", (learner,))
        connection.execute(
            "INSERT OR IGNORE INTO review_stale SELECT learner_id, module_id FROM events"
            " WHERE learner_id = ?",
            (learner,),
        )


@pytest.fixture
def damaged(window: MainWindow) -> tuple[str, Learner, Learner]:
    """Two learners of a class who both mastered the module; the second one's rows are damaged."""
    database = window.context.database
    group = add_class(database, "Morning")
    module = window.context.library.modules[0]
    set_assignments(database, group.id, [Assignment(module.id)])
    sreymom, dara = (
        add_learner(database, name, "fish", CODE, Profile(class_id=group.id)) for name in ("Sreymom", "Dara")
    )
    for learner in (sreymom, dara):
        for _ in range(6):
            record(database, answer(learner.id, module.id, "longest", True, "long", 3))
        record(database, Event(learner.id, Verb.MASTERED, module.id))
    _damage(window, dara.id)
    catch_up(database)  # as the app does at its next start: counts and cards made from the damaged rows
    return group.id, sreymom, dara


def test_home_works_for_the_others_and_for_the_learner_with_damaged_rows(
    qtbot: QtBot, window: MainWindow, damaged: tuple[str, Learner, Learner], caplog: pytest.LogCaptureFixture
) -> None:
    _, sreymom, dara = damaged
    module = window.context.library.modules[0]
    window.sign_in(sreymom)
    home = window.screen_widget
    assert isinstance(home, HomeScreen) and home.progress[module.id] is Status.MASTERED
    window.sign_out()
    with caplog.at_level(logging.WARNING, logger="trainer"):
        window.show_sign_in(dara)
        sign_in = window.screen_widget
        assert isinstance(sign_in, SignInScreen) and sign_in.pad.isEnabled()
        for picture in CODE.split("-"):
            sign_in.pad.tap(picture)
        home = window.screen_widget
        assert isinstance(home, HomeScreen), "the learner signs in with their code"
        assert home.progress[module.id] is Status.MASTERED, "the rest of the learner's record shows"
    assert any("damaged" in message for message in caplog.messages)


def test_the_dashboard_and_reports_show_everyone_despite_damaged_rows(
    qtbot: QtBot, window: MainWindow, damaged: tuple[str, Learner, Learner], tmp_path: Path
) -> None:
    class_id, sreymom, dara = damaged
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    dashboard = open_area(qtbot, window).page("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    dashboard.classes.setCurrentIndex(dashboard.classes.findData(class_id))
    names = [dashboard.model.index(row, 0).data() for row in range(dashboard.model.rowCount())]
    assert names == ["Dara", "Sreymom"]
    assert LearnerDetail(window.context, dara).table.rowCount() == 2, "Dara's answers not damaged"
    assert LearnerDetail(window.context, sreymom).table.rowCount() == 6
    module = window.context.library.modules[0]
    difficult = ModuleDetail(window.context, module).table
    assert difficult.item(0, 1).text() == "8", "the question was answered 8 times that can be read"  # type: ignore[union-attr]
    data = load_class(window.context.database, window.context.library, class_id)
    assert [member.name for member in data.members] == ["Dara", "Sreymom"]
    answers = class_answers(window.context.database, data)
    assert write_progress_csv(tmp_path / "progress.csv", data, "en") == 2
    assert write_answers_csv(tmp_path / "answers.csv", data, answers, "en") == 6 + 2
