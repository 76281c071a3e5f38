"""Facilitator mode, used the way a facilitator would: through the real window."""

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QInputDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from trainer.colours import STATUS_COLOURS
from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status
from trainer.store.classes import Assignment, add_class, assignments_of, set_assignments
from trainer.store.facilitators import add_facilitator
from trainer.store.learners import Profile, add_learner, all_learners, has_code
from trainer.store.settings import get_setting
from trainer.ui.add_learners import AddLearners
from trainer.ui.app import open_window
from trainer.ui.classes import ClassesScreen
from trainer.ui.dashboard import FIXED_COLUMNS, DashboardScreen
from trainer.ui.facilitator_area import FacilitatorArea
from trainer.ui.facilitator_gate import FacilitatorGate
from trainer.ui.facilitator_settings import SettingsScreen
from trainer.ui.home import HomeScreen
from trainer.ui.learner_detail import LearnerDetail
from trainer.ui.main_window import MainWindow
from trainer.ui.module_detail import ModuleDetail
from trainer.ui.picker import PickerScreen
from trainer.ui.progress_strip import CELLS_ROLE, ProgressStrip
from trainer.ui.style import MESSAGE_COLOURS

from .conftest import CODE, FIXTURE_CONTENT, TYPES_CONTENT, signed_in_window
from .test_pictures_words import words_colour

PASSWORD = "kampot-2026"


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    target = window.findChild(QPushButton, name)
    assert target is not None and target.isVisible(), name
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def type_into(window: MainWindow, name: str, text: str) -> None:
    field = window.findChild(QLineEdit, name)
    assert field is not None, name
    field.setText(text)


def open_area(qtbot: QtBot, window: MainWindow) -> FacilitatorArea:
    if not isinstance(window.screen_widget, PickerScreen):
        window.sign_out()
    click(qtbot, window, "facilitator")
    type_into(window, "facilitator-password", PASSWORD)
    click(qtbot, window, "open-facilitator")
    area = window.screen_widget
    assert isinstance(area, FacilitatorArea)
    return area


def test_the_first_facilitator_creates_the_account_then_needs_the_password(
    qtbot: QtBot, window: MainWindow
) -> None:
    click(qtbot, window, "facilitator")
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate) and gate.title.text() == "Create the facilitator account"
    type_into(window, "facilitator-name", "Sokha")
    type_into(window, "facilitator-password", PASSWORD)
    type_into(window, "facilitator-password-again", "kampot-2027")
    click(qtbot, window, "open-facilitator")
    assert gate.message.text() == "The two passwords are not the same."
    type_into(window, "facilitator-password-again", PASSWORD)
    click(qtbot, window, "open-facilitator")
    area = window.screen_widget
    assert isinstance(area, FacilitatorArea) and area.title.text() == "Facilitator: Sokha"
    click(qtbot, window, "close-facilitator")
    assert isinstance(window.screen_widget, PickerScreen)

    click(qtbot, window, "facilitator")
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate) and gate.title.text() == "Facilitators only"
    type_into(window, "facilitator-password", "guess-123")
    click(qtbot, window, "open-facilitator")
    assert gate.message.text() == "That password is not right."
    assert isinstance(open_area(qtbot, window), FacilitatorArea)


def test_idle_closes_the_facilitator_area(qtbot: QtBot, window: MainWindow) -> None:
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    open_area(qtbot, window)
    assert window.idle.isActive()
    window.idle.timeout.emit()
    assert isinstance(window.screen_widget, PickerScreen)


def test_a_password_typed_and_left_in_the_gate_is_gone_after_idle(qtbot: QtBot, window: MainWindow) -> None:
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    click(qtbot, window, "facilitator")
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate) and window.idle.isActive(), "idle also runs at the gate"
    qtbot.keyClicks(gate.password, PASSWORD)
    window.idle.setInterval(100)
    window.touch()
    qtbot.waitUntil(lambda: isinstance(window.screen_widget, PickerScreen), timeout=3000)
    assert window.context.facilitator is None

    click(qtbot, window, "facilitator")
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate) and gate.password.text() == ""
    click(qtbot, window, "open-facilitator")
    assert window.screen_widget is gate and gate.message.text() == "Type the facilitator password."
    assert window.context.facilitator is None


def test_leaving_the_gate_forgets_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    click(qtbot, window, "facilitator")
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate)
    qtbot.keyClicks(gate.password, PASSWORD)
    window.idle.timeout.emit()
    assert isinstance(window.screen_widget, PickerScreen) and gate.password.text() == ""

    click(qtbot, window, "facilitator")
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate)
    qtbot.keyClicks(gate.password, PASSWORD)
    qtbot.mouseClick(gate.back_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.screen_widget, PickerScreen) and gate.password.text() == ""
    assert not window.idle.isActive()


def _wrong_passwords(qtbot: QtBot, window: MainWindow, count: int) -> FacilitatorGate:
    gate = window.screen_widget
    assert isinstance(gate, FacilitatorGate)
    for number in range(count):
        qtbot.keyClicks(gate.password, f"guess-{number}")
        qtbot.keyClick(gate.password, Qt.Key.Key_Return)
    return gate


def test_wrong_passwords_close_the_gate_for_a_wait_that_grows_and_outlives_a_restart(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("trainer.store.facilitators.FIRST_WAIT_SECONDS", 1)  # 1 s, then 2 s
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    click(qtbot, window, "facilitator")
    gate = _wrong_passwords(qtbot, window, 4)
    assert gate.message.text() == "That password is not right." and gate.open_button.isEnabled()
    _wrong_passwords(qtbot, window, 1)
    assert gate.message.text() == "Too many wrong passwords. Wait 1 second, then try again."
    assert not gate.open_button.isEnabled() and not gate.password.isEnabled()
    qtbot.waitUntil(gate.open_button.isEnabled, timeout=3000)
    assert gate.message.text() == "You can try again now."
    _wrong_passwords(qtbot, window, 5)
    assert gate.message.text() == "Too many wrong passwords. Wait 2 seconds, then try again."
    window.close()
    window.context.database.close()

    again = open_window(tmp_path / "data", "en", [FIXTURE_CONTENT])  # the app started again
    qtbot.addWidget(again)
    again.show()
    click(qtbot, again, "facilitator")
    gate = again.screen_widget
    assert isinstance(gate, FacilitatorGate) and not gate.open_button.isEnabled()
    assert gate.message.text().startswith("Too many wrong passwords. Wait ")
    qtbot.waitUntil(gate.open_button.isEnabled, timeout=4000)
    qtbot.keyClicks(gate.password, PASSWORD)
    click(qtbot, again, "open-facilitator")
    assert isinstance(again.screen_widget, FacilitatorArea), gate.message.text()
    again.sign_out()
    again.close()


def test_the_wait_is_said_in_khmer_with_khmer_digits(qtbot: QtBot, tmp_path: Path) -> None:
    window = signed_in_window(qtbot, tmp_path / "km", FIXTURE_CONTENT, "km")
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    window.sign_out()
    click(qtbot, window, "facilitator")
    gate = _wrong_passwords(qtbot, window, 5)
    assert "៣០" in gate.message.text() and "30" not in gate.message.text()
    assert not gate.open_button.isEnabled()
    window.sign_out()
    window.close()


def test_a_class_is_made_filled_from_a_list_and_given_modules(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    classes = open_area(qtbot, window).page("classes")
    assert isinstance(classes, ClassesScreen)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Morning class", True))
    click(qtbot, window, "new-class")
    assert classes.class_name.text() == "Morning class"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("   ", True))
    click(qtbot, window, "rename-class")
    assert classes.message.text() == "A class needs a name." and classes.class_name.text() == "Morning class"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Morning  class A", True))
    click(qtbot, window, "rename-class")
    assert classes.class_name.text() == "Morning class A"

    dialog = AddLearners(window.context, classes.class_id or "", classes)
    dialog.text.setPlainText("Dara, male, 17\nBopha, maybe\n")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "Line 2: gender 'maybe' is not clear." in dialog.message.text()
    assert all_learners(window.context.database) == []  # nothing half-added
    dialog.text.setPlainText("Dara, male, 17\nសុខា, female, 25-34\n")
    dialog.consent.setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    classes.show_class()
    names = [classes.learners.item(row).text() for row in range(classes.learners.count())]
    assert names == ["Dara  (chooses a picture code at sign-in)", "សុខា  (chooses a picture code at sign-in)"]

    module = window.context.library.modules[0]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (module.title["en"], True))
    click(qtbot, window, "assign-module")
    date = classes.assigned.cellWidget(0, 1)
    assert isinstance(date, QDateEdit)
    date.setDate(QDate(2026, 12, 20))
    click(qtbot, window, "save-assignments")
    class_id = classes.class_id or ""
    assert assignments_of(window.context.database, class_id) == [Assignment(module.id, "2026-12-20")]


def test_a_learner_without_a_code_chooses_one_and_a_codeless_class_just_taps(
    qtbot: QtBot, window: MainWindow
) -> None:
    database = window.context.database
    group = add_class(database, "Evening")
    dara = add_learner(database, "Dara", "fish", None, Profile(class_id=group.id))
    window.show_sign_in(dara)
    screen = window.screen_widget
    assert screen.instruction.text() == "Choose 3 secret pictures, in order. Remember them!"  # type: ignore[union-attr]
    screen.pad.entered.emit(CODE)  # type: ignore[union-attr]
    assert screen.instruction.text() == "Tap the same 3 pictures again"  # type: ignore[union-attr]
    screen.pad.entered.emit(CODE)  # type: ignore[union-attr]
    assert isinstance(window.screen_widget, HomeScreen) and has_code(database, dara.id)

    from trainer.store.classes import update_class

    update_class(database, group.id, codes_needed=False)
    window.sign_out()
    window.show_sign_in(dara)
    assert isinstance(window.screen_widget, HomeScreen)


def answer(learner: str, module: str, question: str, right: bool, response: object, days_ago: int) -> Event:
    when = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat()
    return Event(
        learner,
        Verb.ANSWERED,
        module,
        {"success": right, "response": response, "duration_ms": 12_000},
        {"question": question, "hint_used": not right},
        timestamp=when,
    )


@pytest.fixture
def known_class(window: MainWindow) -> tuple[str, list[str]]:
    """Three learners of one class: one mastered, one stuck, one never came."""
    from trainer.store.events import record

    database = window.context.database
    group = add_class(database, "Morning")
    module = window.context.library.modules[0]
    set_assignments(database, group.id, [Assignment(module.id)])
    ids = [add_learner(database, name, "fish", CODE, Profile(class_id=group.id)).id for name in "ABC"]
    for _ in range(4):
        record(database, answer(ids[0], module.id, "longest", True, "long", 3))
    record(database, Event(ids[0], Verb.MASTERED, module.id))
    for _ in range(3):
        record(database, answer(ids[1], module.id, "longest", False, "short", 1))
    record(database, answer(ids[1], module.id, "share-otp", False, "true", 1))
    return group.id, ids


def test_the_dashboard_colours_status_and_flags_who_needs_help(
    qtbot: QtBot, window: MainWindow, known_class: tuple[str, list[str]]
) -> None:
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    dashboard = open_area(qtbot, window).page("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    dashboard.classes.setCurrentIndex(dashboard.classes.findData(known_class[0]))
    model = dashboard.model
    assert model.columnCount() == FIXED_COLUMNS + 1
    cells = [model.index(row, FIXED_COLUMNS).data(CELLS_ROLE) for row in range(3)]
    assert cells == [[(Status.MASTERED, 1.0)], [(Status.IN_PROGRESS, 0.0)], [(Status.NOT_STARTED, None)]]
    texts = [[model.index(row, column).data() for column in range(FIXED_COLUMNS)] for row in range(3)]
    assert [t[0] for t in texts] == ["A", "B", "C"]
    assert [t[1] for t in texts] == ["", "Wrong answers in a row", "Away for 2 weeks"]
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    seen = [square_colours(dashboard, row) for row in range(3)]
    assert seen[0].most_common(1)[0][0] == STATUS_COLOURS["mastered"]  # filled, with a white ✓
    assert "#ffffff" in seen[0]
    assert seen[1].most_common(1)[0][0] == "#ffffff"  # 0% right: empty but for a line at the bottom
    assert STATUS_COLOURS["in-progress"] in seen[1]
    assert set(seen[2]) == {"#ffffff"}  # not started: empty
    tip = dashboard.square_text(0, Status.IN_PROGRESS, 0.25)
    assert tip.startswith("1. ") and tip.endswith("In progress, 25% of answers right")
    assert dashboard.summary.text().startswith("3 learners; 2 need help.")


def square_colours(dashboard: DashboardScreen, row: int) -> Counter[str]:
    """The colours inside the first module square of a learner's row, as the screen shows it."""
    table = dashboard.table
    cell = table.visualRect(dashboard.model.index(row, FIXED_COLUMNS))
    square = ProgressStrip.squares(cell, 1)[0].adjusted(2, 2, -2, -2)
    picture = table.viewport().grab().toImage()
    return Counter(
        picture.pixelColor(x, y).name()
        for x in range(square.left(), square.right() + 1)
        for y in range(square.top(), square.bottom() + 1)
    )


def test_a_click_on_a_modules_square_opens_its_difficult_questions(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(tmp_path, "en", [FIXTURE_CONTENT, TYPES_CONTENT])
    qtbot.addWidget(window)
    add_learner(window.context.database, "Dara", "fish", CODE)
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    window.resize(1024, 600)
    window.show()
    dashboard = open_area(qtbot, window).page("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    qtbot.waitExposed(window)
    table = dashboard.table
    cell = table.visualRect(dashboard.model.index(0, FIXED_COLUMNS))
    count = len(dashboard.model.modules)
    squares = ProgressStrip.squares(cell, count)
    assert all(cell.contains(square) for square in squares), "every module's square is in the row"
    assert count >= 2
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=squares[-1].center())
    detail = dashboard.detail
    assert isinstance(detail, ModuleDetail)
    assert detail.windowTitle() == dashboard.model.modules[-1].title["en"]
    detail.close()
    window.idle.stop()
    window.context.database.close()


def test_the_dashboard_shows_reviews_due_and_late(qtbot: QtBot, window: MainWindow) -> None:
    """A module mastered 40 days ago has its questions due, most of them for over a week: the
    learner's detail says so (the dashboard keeps to who needs help)."""
    from trainer.store.events import record

    database = window.context.database
    module = window.context.library.modules[0]
    learner = add_learner(database, "Dara", "fish", CODE).id
    for question in module.questions:
        record(database, answer(learner, module.id, question.id, True, "x", 40))
    mastered_at = (datetime.now(UTC) - timedelta(days=40)).isoformat()
    record(database, Event(learner, Verb.MASTERED, module.id, timestamp=mastered_at))
    add_facilitator(database, "Sokha", PASSWORD)
    dashboard = open_area(qtbot, window).page("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    detail = LearnerDetail(window.context, all_learners(database)[0], dashboard)
    count = len(module.questions)
    assert detail.reviews.text() == f"Reviews due: {count} questions, {count} of them late."


def test_a_modules_difficult_questions_show_share_wrong_and_the_wrong_answer_chosen_most(
    window: MainWindow, known_class: tuple[str, list[str]]
) -> None:
    module = window.context.library.modules[0]
    detail = ModuleDetail(window.context, module)
    rows = [[detail.table.item(r, c).text() for c in range(5)] for r in range(detail.table.rowCount())]  # type: ignore[union-attr]
    q1, q2 = module.question("longest"), module.question("share-otp")
    assert q1 is not None and q2 is not None
    assert rows[0][:3] == [q2.prompt["en"], "1", "100%"]
    assert rows[1][:4] == [q1.prompt["en"], "7", "43%", "1234 (3)"]


def test_a_learners_answers_show_time_and_hints_and_their_code_can_be_reset(
    window: MainWindow, known_class: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck = next(learner for learner in all_learners(window.context.database) if learner.name == "B")
    detail = LearnerDetail(window.context, stuck)
    assert detail.table.rowCount() == 4
    row = [detail.table.item(0, column).text() for column in range(4, 7)]  # type: ignore[union-attr]
    assert row == ["no", "12", "yes"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    detail.reset_button.click()
    assert not has_code(window.context.database, stuck.id)


def test_settings_are_saved_for_this_pc(qtbot: QtBot, window: MainWindow) -> None:
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    settings = open_area(qtbot, window).page("settings")
    assert isinstance(settings, SettingsScreen)
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.idle.setValue(25)
    settings.mastery.setCurrentIndex(settings.mastery.findData("3/4"))
    settings.skip_ahead.setChecked(False)
    click(qtbot, window, "save-settings")
    database = window.context.database
    assert [
        get_setting(database, name) for name in ("language", "idle_minutes", "mastery", "skip_ahead")
    ] == [
        "en",
        25,
        "3/4",
        False,
    ]
    assert settings.saved.text().startswith("Saved.")


def test_a_class_sees_its_modules_first_and_in_order_when_skipping_ahead_is_off(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from trainer.store.classes import move_learners
    from trainer.store.settings import set_setting

    window = signed_in_window(qtbot, tmp_path, TYPES_CONTENT)
    database, library = window.context.database, window.context.library
    group = add_class(database, "Morning")
    practice, judge = library.module("practice"), library.module("judge-posts")
    assert practice is not None and judge is not None
    set_assignments(database, group.id, [Assignment(practice.id, "2026-12-20"), Assignment(judge.id)])
    assert window.learner is not None
    move_learners(database, [window.learner.id], group.id)
    set_setting(database, "skip_ahead", "no")
    window.show_home()
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    heading, curriculum = home.section_titles[0]
    assert curriculum is None and heading.text() == "For your class"
    assert [m.id for m in home.sections[0].modules] == ["practice", "judge-posts"]
    assert home.cards["practice"].isEnabled() and not home.cards["judge-posts"].isEnabled()
    assert "Finish by 2026-12-20" in home.cards["practice"].minutes.text()
    assert "Opens when the one before is mastered" in home.cards["judge-posts"].minutes.text()
    window.close()
    database.close()


def test_class_charts_name_the_modules_fading_in_reviews(qtbot: QtBot, window: MainWindow) -> None:
    from trainer.store.events import record
    from trainer.ui.class_charts import ClassCharts

    database = window.context.database
    module = window.context.library.modules[0]
    group = add_class(database, "Morning")
    dara = add_learner(database, "Dara", "fish", CODE, Profile(class_id=group.id)).id
    for days_ago, right in ((30, True),) * 5 + ((3, False),) * 5:
        event = answer(dara, module.id, "longest", right, "long", days_ago)
        record(
            database,
            Event(
                dara,
                Verb.ANSWERED,
                module.id,
                event.result,
                {**event.context, "review": True},
                timestamp=event.timestamp,
            ),
        )
    add_facilitator(database, "Sokha", PASSWORD)
    dashboard = open_area(qtbot, window).page("dashboard")
    assert isinstance(dashboard, DashboardScreen)
    dashboard.classes.setCurrentIndex(dashboard.classes.findData(group.id))
    qtbot.mouseClick(dashboard.charts_button, Qt.MouseButton.LeftButton)
    charts = dashboard.detail
    assert isinstance(charts, ClassCharts)
    assert charts.fading.text().endswith(f"• {module.title['en']}: 100% → 0%")
    charts.close()


@pytest.mark.parametrize("kind", ["progress-csv", "report", "certificates"])
def test_reports_are_saved_where_the_facilitator_chooses(
    qtbot: QtBot,
    window: MainWindow,
    known_class: tuple[str, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QFileDialog

    from trainer.ui.reports_screen import ReportsScreen

    add_facilitator(window.context.database, "Sokha", PASSWORD)
    reports = open_area(qtbot, window).page("reports")
    assert isinstance(reports, ReportsScreen)
    reports.classes.setCurrentIndex(reports.classes.findData(known_class[0]))
    target = tmp_path / ("out.csv" if kind.endswith("csv") else "out.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(reports.buttons[kind], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.message.text() != "" or reports.problem.text() != "", timeout=20_000)
    assert reports.message.text() == f"Saved: {target}", reports.problem.text()
    assert reports.message.kind() == "success" and reports.message.symbol.isVisible(), "with a tick"
    assert words_colour(reports.message) == MESSAGE_COLOURS["success"], "green, not an error's red"
    assert reports.problem.text() == "" and target.stat().st_size > 0
    if kind == "progress-csv":
        lines = target.read_text(encoding="utf-8-sig").splitlines()
        assert len(lines) == 1 + 3  # a header, then each of the 3 learners in the one module
        return
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert ("Morning" if kind == "report" else "A") in text


def test_no_certificates_when_no_one_mastered_a_module(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from trainer.ui.reports_screen import ReportsScreen

    database = window.context.database
    group = add_class(database, "Evening")
    add_learner(database, "Dara", "fish", CODE, Profile(class_id=group.id))
    add_facilitator(database, "Sokha", PASSWORD)
    reports = open_area(qtbot, window).page("reports")
    assert isinstance(reports, ReportsScreen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "c.pdf"), ""))
    qtbot.mouseClick(reports.buttons["certificates"], Qt.MouseButton.LeftButton)
    assert reports.problem.text() == "No one in this class has mastered a module of this curriculum yet."
    assert not (tmp_path / "c.pdf").exists()


def test_after_a_recovery_the_facilitator_is_told_first(qtbot: QtBot, tmp_path: Path) -> None:
    """A damaged file at start: the backups page, with what was lost, opens before the dashboard."""
    from trainer.store.database import Database
    from trainer.ui.app import open_window
    from trainer.ui.backups_screen import BackupsScreen

    data = tmp_path / "data"
    database = Database(data / "trainer.db")
    add_facilitator(database, "Sokha", PASSWORD)
    database.close()
    (data / "trainer.db").write_bytes(b"this is not a database any more" * 100)
    window = open_window(data, "en", None)
    qtbot.addWidget(window)
    window.show()
    add_facilitator(window.context.database, "Sokha", PASSWORD)  # no backup: a fresh start
    area = open_area(qtbot, window)
    assert isinstance(area.current_page, BackupsScreen)
    window.idle.stop()
    window.close()
    window.context.database.close()


@pytest.mark.parametrize("lang", ["en", "km"])
def test_the_wait_does_not_push_open_over_the_password_field(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    """On a 1024x600 netbook, a two-line wait message once squeezed the form: Open lay over the
    password field."""
    window = signed_in_window(qtbot, tmp_path / lang, FIXTURE_CONTENT, lang)
    window.resize(1024, 600)
    add_facilitator(window.context.database, "Sokha", PASSWORD)
    window.sign_out()
    click(qtbot, window, "facilitator")
    gate = _wrong_passwords(qtbot, window, 5)
    qtbot.wait(50)
    field, opening, message = (
        widget.geometry() for widget in (gate.password, gate.open_button, gate.message)
    )
    assert field.bottom() < opening.top() and opening.bottom() < message.top()
    assert message.height() >= gate.message.heightForWidth(message.width())
