"""What a learner sees on the quiz screen: nothing needed below the fold at 1024x600, choices
that look like choices, and feedback that says in symbols and words which answer was which."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from trainer import resources
from trainer.colours import GOOD
from trainer.ui.answers.choices import ChoicesAnswer
from trainer.ui.answers.hotspot import WIDTH, HotspotAnswer
from trainer.ui.answers.ordering import OrderingAnswer
from trainer.ui.app import make_app
from trainer.ui.choice import ChoiceCard, Mark, Verdict
from trainer.ui.layout_check import out_of_view, problems
from trainer.ui.main_window import MainWindow
from trainer.ui.quiz import QuizScreen
from trainer.ui.screen_catalogue import answer_wrongly
from trainer.ui.style import FOCUS, FOCUS_ON_ACCENT

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT, signed_in_window


def quiz_of(qtbot: QtBot, window: MainWindow, question_id: str) -> QuizScreen:
    module = next(m for m in window.context.library.modules if m.question(question_id) is not None)
    first = module.question(question_id)
    window.open_quiz(replace(module, questions=(first, *[q for q in module.questions if q is not first])))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    qtbot.waitUntil(lambda: quiz.size() == window.stack.size())
    return quiz


def small_window(qtbot: QtBot, tmp_path: Path, content: Path, lang: str, size: tuple[int, int]) -> MainWindow:
    make_app()  # the style sheet and the fonts, as the trainer starts
    window = signed_in_window(qtbot, tmp_path / "data", content, lang)
    window.setMinimumSize(0, 0)  # the layout branch lowers the window's minimum to fit 1024x600
    window.resize(*size)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def in_view(widget: QWidget, quiz: QuizScreen) -> bool:
    """Shown, whole, inside the window and, if it scrolls, inside the part of the page in view."""
    window = widget.window()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not widget.isVisible() or not window.rect().contains(box):
        return False
    viewport = quiz.scroller.viewport()
    if quiz.scroller.widget().isAncestorOf(widget):
        return QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()).contains(box)
    return True


def card(quiz: QuizScreen, option: str) -> ChoiceCard:
    found = quiz.findChild(ChoiceCard, f"option-{option}")
    assert found is not None, option
    return found


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=["1024x600", "1366x768"])
@pytest.mark.parametrize("lang", ["en", "km"])
def test_a_question_with_a_picture_fits_before_and_after_check(
    qtbot: QtBot, tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    window = small_window(qtbot, tmp_path, resources.bundled_content(), lang, size)
    quiz = quiz_of(qtbot, window, "forgot-telegram-at-centre")
    answer = quiz.answer
    assert isinstance(answer, ChoicesAnswer)
    qtbot.waitUntil(lambda: quiz.picture.isVisible())
    assert in_view(quiz.picture, quiz), "the picture fits beside the options"
    for row in answer.rows:
        assert in_view(row.choice, quiz), f"option {row.option.id} is in view before any scrolling"
    assert in_view(quiz.check_button, quiz)

    wrong = next(row for row in answer.rows if row.option.id not in answer.question.answer)
    qtbot.mouseClick(wrong.choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: in_view(wrong.feedback, quiz))
    assert in_view(wrong.choice, quiz), "the learner's own choice is in view after Check"
    assert wrong.feedback.text() != "" and in_view(wrong.feedback, quiz), "and its explanation"
    assert in_view(quiz.verdict, quiz) and quiz.verdict.text() != ""
    assert in_view(quiz.verdict_mark, quiz) and not quiz.verdict_mark.pixmap().isNull()
    assert in_view(quiz.next_button, quiz) and quiz.next_button.hasFocus()
    window.context.database.close()


@pytest.mark.parametrize("lang", ["en", "km"])
def test_six_steps_go_in_two_columns_on_a_netbook_and_in_one_on_a_big_screen(
    qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    """Six steps one under the other are taller than a netbook shows: down one column, then the
    next, all in view with Check. A big screen has room for one column."""
    window = small_window(qtbot, tmp_path, resources.bundled_content(), lang, (1024, 600))
    quiz = quiz_of(qtbot, window, "send-cv-steps")
    answer = quiz.answer
    assert isinstance(answer, OrderingAnswer) and len(answer.rows) == 6
    qtbot.waitUntil(lambda: answer.rows[3].x() > answer.rows[0].x())
    assert [row.x() for row in answer.rows] == [answer.rows[0].x()] * 3 + [answer.rows[3].x()] * 3
    assert all(in_view(row, quiz) for row in answer.rows) and in_view(quiz.check_button, quiz)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: answer.rows[3].x() == answer.rows[0].x())
    assert [row.y() for row in answer.rows] == sorted(row.y() for row in answer.rows)
    window.context.database.close()


def test_a_tall_hotspot_picture_is_drawn_smaller_to_show_whole_on_a_netbook(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = small_window(qtbot, tmp_path, resources.bundled_content(), "km", (1024, 600))
    quiz = quiz_of(qtbot, window, "tap-the-adverts")
    answer = quiz.answer
    assert isinstance(answer, HotspotAnswer)
    qtbot.waitUntil(lambda: in_view(answer.picture, quiz))
    assert answer.picture.width() < WIDTH, "narrower, so that its foot is in view"
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: answer.picture.width() == WIDTH)
    assert in_view(answer.picture, quiz)
    window.context.database.close()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "km"])
def test_every_bundled_question_shows_its_options_then_its_feedback_on_a_netbook(
    qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    """Content is data: every question of the bundled course, alone, at 1024x600, shows its
    options and Check before Check, and after it the learner's own answer, why, and Next."""
    window = small_window(qtbot, tmp_path, resources.bundled_content(), lang, (1024, 600))
    unseen = []
    for module in window.context.library.modules:
        for question in module.questions if module.test is None else ():
            window.open_quiz(replace(module, id=f"{module.id}--{question.id}", questions=(question,)))
            for answered in (False, True):
                if answered:
                    answer_wrongly(window)
                qtbot.wait(1)
                unseen += [
                    f"{question.id} ({'after' if answered else 'before'} Check): {problem}"
                    for problem in out_of_view(window)
                ]
    assert not unseen, "\n".join(unseen)
    window.context.database.close()


def test_a_right_answer_shows_right_in_view(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, resources.bundled_content(), "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "forgot-telegram-at-centre")
    answer = quiz.answer
    assert isinstance(answer, ChoicesAnswer)
    right = next(row for row in answer.rows if row.option.id in answer.question.answer)
    qtbot.mouseClick(right.choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert quiz.verdict.text() == "Right!" and in_view(quiz.verdict, quiz)
    assert in_view(right.choice, quiz) and in_view(right.feedback, quiz)
    assert right.choice.state.text() == "✓ Your answer: right" and in_view(right.choice.state, quiz)
    window.context.database.close()


def test_a_tap_on_the_picture_shows_it_big_and_esc_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, resources.bundled_content(), "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "forgot-telegram-at-centre")
    small = quiz.picture.iconSize()
    qtbot.mouseClick(quiz.picture, Qt.MouseButton.LeftButton)
    overlay = quiz.overlay
    assert overlay.isVisible() and overlay.geometry() == quiz.rect()
    big = overlay.picture.pixmap().size()
    assert big.height() > small.height() * 1.25, (big, small)
    assert overlay.close_button.hasFocus() and overlay.close_button.text() == "Close"
    assert not [str(problem) for problem in problems(window)], "the veil covers the quiz by design"
    qtbot.keyClick(overlay.close_button, Qt.Key.Key_Tab)
    assert overlay.close_button.hasFocus(), "Tab stays on the open picture"
    qtbot.keyClick(overlay.close_button, Qt.Key.Key_Escape)
    assert not overlay.isVisible() and quiz.picture.hasFocus()
    window.context.database.close()


def test_single_choice_has_round_marks_and_multiple_choice_boxes(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, FIXTURE_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "birthday")
    indicator = card(quiz, "no").indicator
    assert indicator is not None and indicator.mark is Mark.RADIO and indicator.isVisible()
    assert indicator.width() >= 32 and card(quiz, "no").height() >= 44
    assert quiz.findChild(QLabel, "how-to-answer").text() == "Pick one answer."
    quiz = quiz_of(qtbot, window, "good-habits")
    indicator = card(quiz, "unique").indicator
    assert indicator is not None and indicator.mark is Mark.BOX and indicator.isVisible()
    assert quiz.findChild(QLabel, "how-to-answer").text() == "Tick every right answer."
    window.context.database.close()


def test_a_missed_right_option_says_so_and_differs_from_a_ticked_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, FIXTURE_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "good-habits")
    qtbot.mouseClick(card(quiz, "unique"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert quiz.verdict.text().startswith("Not quite")
    ticked, missed, plain = card(quiz, "unique"), card(quiz, "twofa"), card(quiz, "sticky")
    assert ticked.state.text() == "✓ Your answer: right" and ticked.property("verdict") == "right"
    assert missed.state.text() == "You missed this one: it is right too" and missed.state.isVisible()
    assert missed.property("verdict") == "missed" and missed.indicator is not None
    assert missed.indicator.verdict is Verdict.MISSED and not missed.isChecked()
    assert plain.property("verdict") is None and not plain.state.isVisible()
    assert ticked.indicator is not None
    assert colour_at(ticked.indicator, 10, 10) == QColor(GOOD), "a ticked box is filled"
    assert colour_at(missed.indicator, 10, 10) == QColor("white"), "a missed one stays empty"
    window.context.database.close()


def test_a_chosen_wrong_option_and_the_right_one_in_single_choice(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, FIXTURE_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "birthday")
    qtbot.mouseClick(card(quiz, "yes"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert card(quiz, "yes").state.text() == "✗ Your answer: not right"
    assert card(quiz, "yes").property("verdict") == "wrong"
    assert card(quiz, "no").state.text() == "This is the right answer"
    window.context.database.close()


def colour_at(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def test_keyboard_focus_is_a_dark_ring_unlike_the_chosen_look(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, FIXTURE_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "birthday")
    assert quiz.answer is not None
    first, second = quiz.answer.order.ids[:2]
    option = card(quiz, second)  # the first option shown has the focus already
    middle = option.height() // 2
    option.setFocus(Qt.FocusReason.TabFocusReason)
    assert colour_at(option, 6, middle) == QColor(FOCUS), "a dark ring inside the border"
    option.setChecked(True)
    assert colour_at(option, 6, middle) == QColor(FOCUS), "still there on a chosen card"
    card(quiz, first).setFocus(Qt.FocusReason.TabFocusReason)
    assert colour_at(option, 6, middle) != QColor(FOCUS), "a chosen card without focus has no ring"
    window.context.database.close()


def test_focus_shows_plainly_on_the_teal_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, FIXTURE_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "birthday")
    check = quiz.check_button
    middle = check.height() // 2
    card(quiz, "no").setFocus()
    unfocused = colour_at(check, 2, middle)
    check.setFocus(Qt.FocusReason.TabFocusReason)
    assert colour_at(check, 2, middle) == QColor(FOCUS_ON_ACCENT) != unfocused
    window.context.database.close()


def test_ordering_feedback_colours_each_row(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, TYPES_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "sift-order")
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)  # left as shuffled: never all right
    answer = quiz.answer
    assert answer is not None
    places = {item.id: n for n, item in enumerate(answer.question.items, 1)}
    for at, row in enumerate(answer.rows, 1):  # type: ignore[attr-defined]
        right = places[row.item.id] == at
        assert row.property("verdict") == ("right" if right else "wrong")
        expected = "✓ In the right place" if right else f"✗ Goes at step {places[row.item.id]}"
        assert row.state.text() == expected and row.state.isVisible()
    window.context.database.close()


def test_matching_feedback_colours_each_row(qtbot: QtBot, tmp_path: Path) -> None:
    window = small_window(qtbot, tmp_path, TYPES_CONTENT, "en", (1024, 600))
    quiz = quiz_of(qtbot, window, "words")
    for row in quiz.answer.rows:  # type: ignore[union-attr]
        row.choice.setCurrentIndex(row.choice.findText("A one-time code"))
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    otp = quiz.findChild(QWidget, "match-row-otp")
    pin = quiz.findChild(QWidget, "match-row-pin")
    assert otp.property("verdict") == "right" and pin.property("verdict") == "wrong"
    assert (
        quiz.findChild(QLabel, "state-match-pin").text() == "✗ Not this one. It goes with: Your secret number"
    )
    window.context.database.close()
