"""Every question type answered with the keyboard alone, from where the quiz puts the focus.

After Check the focus is on Next, so the next question is one key press away, and no key
pressed on what has focus leaves the quiz.
"""

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from trainer.ui.answers.choices import ChoicesAnswer
from trainer.ui.answers.hotspot import HotspotAnswer
from trainer.ui.answers.matching import MatchingAnswer
from trainer.ui.answers.ordering import OrderingAnswer
from trainer.ui.answers.rating import RatingAnswer
from trainer.ui.answers.scenario import ScenarioAnswer
from trainer.ui.app import make_app
from trainer.ui.home import HomeScreen
from trainer.ui.lesson import LessonScreen
from trainer.ui.main_window import MainWindow
from trainer.ui.quiz import QuizScreen
from trainer.ui.result import ResultScreen

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT, signed_in_window

Key = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something always has the keyboard focus"
    return widget


def press(qtbot: QtBot, *keys: Key) -> None:
    """Keys as a learner presses them: each goes to whatever has the focus."""
    for key in keys:
        qtbot.keyClick(focused(), key)


def tab_to(qtbot: QtBot, quiz: QuizScreen, target: QWidget) -> None:
    """Tab until `target` has the focus, never through anything outside the quiz."""
    for _ in range(16):
        if focused() is target:
            return
        press(qtbot, Key.Key_Tab)
        assert quiz.isAncestorOf(focused()), f"Tab left the quiz for {focused().objectName()}"
    raise AssertionError(f"Tab never reached {target.objectName()}")


def keyboard_window(qtbot: QtBot, tmp_path: Path, content: Path) -> MainWindow:
    make_app()  # the style sheet and the fonts, as the trainer starts
    window = signed_in_window(qtbot, tmp_path / "data", content)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_question(window: MainWindow, question_id: str) -> QuizScreen:
    """A quiz of this question and one more, so that Next leads to a question."""
    module = next(m for m in window.context.library.modules if m.question(question_id) is not None)
    first = module.question(question_id)
    rest = [q for q in module.questions if q is not first][:1]
    window.open_quiz(replace(module, questions=(first, *rest)))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen) and quiz.answer is not None
    return quiz


def choose_options(qtbot: QtBot, quiz: QuizScreen) -> None:
    """Arrow keys to each right option, Space to choose it."""
    answer = quiz.answer
    assert isinstance(answer, ChoicesAnswer)
    cards = [row.choice for row in answer.rows]
    assert focused() is cards[0], "a new question starts on its first option"
    at = 0
    for index, row in enumerate(answer.rows):
        if row.option.id in answer.question.answer:
            press(qtbot, *[Key.Key_Down] * (index - at), Key.Key_Space)
            at = index
            assert row.choice.isChecked()


def rate(qtbot: QtBot, quiz: QuizScreen) -> None:
    answer = quiz.answer
    assert isinstance(answer, RatingAnswer)
    assert focused() is answer.scale[0]
    press(qtbot, *[Key.Key_Right] * 5, Key.Key_Space)
    assert answer.response() == 6


def put_in_order(qtbot: QtBot, quiz: QuizScreen) -> None:
    answer = quiz.answer
    assert isinstance(answer, OrderingAnswer)
    for target, item in enumerate(answer.question.items):
        row = next(r for r in answer.rows if r.item is item)
        if answer.rows.index(row) > target:
            tab_to(qtbot, quiz, row.up)
        while answer.rows.index(row) > target:
            press(qtbot, Key.Key_Space)
    assert answer.response() == [item.id for item in answer.question.items]


def match(qtbot: QtBot, quiz: QuizScreen) -> None:
    answer = quiz.answer
    assert isinstance(answer, MatchingAnswer)
    for row in answer.rows:
        tab_to(qtbot, quiz, row.choice)
        partner = next(i for i, p in enumerate(answer.partners, 1) if p.id == row.pair.id)
        press(qtbot, *[Key.Key_Down] * partner)
    assert answer.response() == {pair.id: pair.id for pair in answer.question.pairs}


def tap_flags(qtbot: QtBot, quiz: QuizScreen) -> None:
    answer = quiz.answer
    assert isinstance(answer, HotspotAnswer)
    tab_to(qtbot, quiz, answer.picture)
    press(qtbot, *[Key.Key_Left] * 7, *[Key.Key_Up] * 4, Key.Key_Space)
    assert answer.response() is not None


def play_story(qtbot: QtBot, quiz: QuizScreen) -> None:
    """Each step's choices come in the learner's own order: the keys go down to the one wanted."""
    answer = quiz.answer
    assert isinstance(answer, ScenarioAnswer)

    def down_to(choice_id: str) -> list[Key]:
        return [Key.Key_Down] * [choice.id for choice in answer.shown].index(choice_id)

    assert focused() is answer.cards[0]
    press(qtbot, *down_to("call"), Key.Key_Space)
    assert focused() is answer.go_on, "after a choice, the story goes on from the keyboard"
    press(qtbot, Key.Key_Space)
    assert answer.step_text.text() == "What now?" and quiz.verdict.text() == ""
    assert focused() is answer.cards[0]
    press(qtbot, *down_to("warn"), Key.Key_Space)
    assert answer.response() == ["call", "warn"]


ANSWER: dict[str, tuple[Path, Callable[[QtBot, QuizScreen], None]]] = {
    "longest": (FIXTURE_CONTENT, choose_options),  # single choice, with a picture
    "share-otp": (FIXTURE_CONTENT, choose_options),  # true/false
    "good-habits": (FIXTURE_CONTENT, choose_options),  # multiple choice
    "share-dam": (TYPES_CONTENT, choose_options),  # share decision
    "fake-minister": (TYPES_CONTENT, choose_options),  # manipulation technique
    "rain-forecast": (TYPES_CONTENT, rate),  # reliability rating
    "sift-order": (TYPES_CONTENT, put_in_order),
    "words": (TYPES_CONTENT, match),
    "red-flags": (TYPES_CONTENT, tap_flags),
    "friend-money": (TYPES_CONTENT, play_story),
}


@pytest.mark.parametrize("go_on", [Key.Key_Space, Key.Key_Return], ids=["space", "enter"])
@pytest.mark.parametrize("question_id", ANSWER, ids=list(ANSWER))
def test_each_type_is_answered_checked_and_left_with_the_keyboard(
    qtbot: QtBot, tmp_path: Path, question_id: str, go_on: Key
) -> None:
    content, answer_it = ANSWER[question_id]
    window = keyboard_window(qtbot, tmp_path, content)
    quiz = open_question(window, question_id)
    assert quiz.isAncestorOf(focused()), "a new question starts inside the quiz"
    answer_it(qtbot, quiz)
    tab_to(qtbot, quiz, quiz.check_button)
    press(qtbot, go_on)
    assert quiz.answered and quiz.verdict.isVisible() and quiz.verdict_mark.isVisible()
    assert quiz.verdict.text() in ("Right!", "Not quite. Read the explanations.")
    assert focused() is quiz.next_button, "after Check the focus is on Next, not in the top bar"
    press(qtbot, go_on)
    assert window.screen_widget is quiz, "one key after Check leads on, inside the quiz"
    assert quiz.question is not None and quiz.question.id != question_id
    assert quiz.counter.text() == "Question 2 of 2" and not quiz.answered
    assert quiz.isAncestorOf(focused())
    window.context.database.close()


def test_space_on_a_new_question_never_leaves_the_quiz(qtbot: QtBot, tmp_path: Path) -> None:
    window = keyboard_window(qtbot, tmp_path, FIXTURE_CONTENT)
    quiz = open_question(window, "longest")
    press(qtbot, Key.Key_Space, Key.Key_Space, Key.Key_Return)
    assert window.screen_widget is quiz and quiz.answer is not None
    assert quiz.answer.response() == {quiz.answer.rows[0].option.id}, "Space chose the focused option"
    window.context.database.close()


def test_the_last_answer_leads_to_the_result_with_the_focus_on_its_suggested_step(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = keyboard_window(qtbot, tmp_path, FIXTURE_CONTENT)
    module = window.context.library.module("passwords")
    assert module is not None
    window.open_quiz(replace(module, questions=module.questions[:1]))
    press(qtbot, Key.Key_Space)  # the first option, "1234": not right
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    tab_to(qtbot, quiz, quiz.check_button)
    press(qtbot, Key.Key_Return, Key.Key_Return)
    result = window.screen_widget
    assert isinstance(result, ResultScreen)
    assert focused() is result.again_button, "Enter on the result tries again, not 'My modules'"
    press(qtbot, Key.Key_Return)
    assert isinstance(window.screen_widget, QuizScreen)
    window.context.database.close()


def test_a_lesson_is_read_and_the_quiz_started_with_space(qtbot: QtBot, tmp_path: Path) -> None:
    window = keyboard_window(qtbot, tmp_path, FIXTURE_CONTENT)
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    card = home.cards["passwords"]
    card.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Key.Key_Return)
    lesson = window.screen_widget
    assert isinstance(lesson, LessonScreen), "Enter opens a module card"
    assert focused() is lesson.next_button
    press(qtbot, Key.Key_Space)
    assert lesson.counter.text() == "Page 2 of 2" and focused() is lesson.next_button
    press(qtbot, Key.Key_Return)
    assert isinstance(window.screen_widget, QuizScreen)
    window.context.database.close()


def test_the_view_follows_the_hotspot_cross(qtbot: QtBot, tmp_path: Path) -> None:
    window = keyboard_window(qtbot, tmp_path, TYPES_CONTENT)
    window.setMinimumSize(0, 0)  # the layout branch lowers the window's minimum to fit 1024x600
    window.resize(1024, 600)
    quiz = open_question(window, "red-flags")
    answer = quiz.answer
    assert isinstance(answer, HotspotAnswer)
    tab_to(qtbot, quiz, answer.picture)
    press(qtbot, *[Key.Key_Down] * 30)
    cross = answer.picture.mapTo(
        quiz.scroller.viewport(), answer.picture.to_screen(answer.picture.cross).toPoint()
    )
    assert quiz.scroller.viewport().rect().contains(cross), "the cross at the bottom is in view"
    press(qtbot, *[Key.Key_Up] * 30)
    cross = answer.picture.mapTo(
        quiz.scroller.viewport(), answer.picture.to_screen(answer.picture.cross).toPoint()
    )
    assert quiz.scroller.viewport().rect().contains(cross), "and back at the top"
    window.context.database.close()


def test_how_sure_is_answered_with_the_keyboard_and_then_next_has_the_focus(
    qtbot: QtBot, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    module_file = content / "basics/m1-passwords/module.yaml"
    module_file.write_text(module_file.read_text(encoding="utf-8") + "confidence: true\n", encoding="utf-8")
    window = keyboard_window(qtbot, tmp_path, content)
    quiz = open_question(window, "birthday")
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, quiz, quiz.check_button)
    press(qtbot, Key.Key_Space)
    assert quiz.sure_box.isVisible() and focused() is quiz.sure_box.cards["unsure"]
    press(qtbot, Key.Key_Right, Key.Key_Right, Key.Key_Return)
    assert quiz.answered and quiz.confidence == "sure"
    assert focused() is quiz.next_button
    press(qtbot, Key.Key_Space)
    assert window.screen_widget is quiz and quiz.counter.text() == "Question 2 of 2"
    window.context.database.close()
