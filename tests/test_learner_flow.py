"""A learner at a shared PC, driven through the real main window with real clicks."""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from trainer.store.learners import add_learner
from trainer.ui.app import open_window
from trainer.ui.home import HomeScreen
from trainer.ui.lesson import LessonScreen
from trainer.ui.main_window import MainWindow
from trainer.ui.new_learner import NewLearnerScreen
from trainer.ui.picker import PickerScreen
from trainer.ui.quiz import QuizScreen
from trainer.ui.result import ResultScreen
from trainer.ui.sign_in import SignInScreen

from .conftest import CODE, FIXTURE_CONTENT


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    widget = window.findChild(QWidget, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_code(qtbot: QtBot, window: MainWindow, code: str = CODE) -> None:
    for picture in code.split("-"):
        pads = [b for b in window.findChildren(QPushButton, f"code-{picture}") if b.isVisible()]
        qtbot.mouseClick(pads[0], Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, window: MainWindow, *options: str) -> None:
    for option in options:
        click(qtbot, window, f"option-{option}")
    click(qtbot, window, "check")


def test_a_learner_creates_a_profile_learns_masters_and_finds_progress_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert isinstance(window.screen_widget, PickerScreen)
    assert not window.bar.isVisible()
    click(qtbot, window, "add-learner")
    assert isinstance(window.screen_widget, NewLearnerScreen)
    qtbot.keyClicks(window.screen_widget.name, "Sokha")
    click(qtbot, window, "avatar-kite")
    qtbot.mouseClick(window.screen_widget.next_button, Qt.MouseButton.LeftButton)
    tap_code(qtbot, window)
    tap_code(qtbot, window)

    home = window.screen_widget
    assert isinstance(home, HomeScreen) and window.learner_name.text() == "Sokha"
    assert home.cards["passwords"].status_label.text() == "Not started"
    click(qtbot, window, "module-passwords")

    lesson = window.screen_widget
    assert isinstance(lesson, LessonScreen)
    assert "Long is strong" in lesson.browser.toPlainText()
    assert lesson.counter.text() == "Page 1 of 2"
    click(qtbot, window, "lesson-next")
    text = lesson.browser.toPlainText()
    assert "https://example.org/help" in text and "needs the internet" in text
    assert lesson.next_button.text() == "Start the quiz"
    click(qtbot, window, "lesson-next")

    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    answer(qtbot, window, "short")
    feedback = quiz.findChild(QLabel, "feedback-short")
    assert feedback.isVisible() and feedback.text() == "Too short and too common."
    assert quiz.findChild(QLabel, "feedback-long").text() == "Long and easy to remember."
    assert quiz.verdict.text().startswith("Not quite")
    click(qtbot, window, "option-long")
    assert quiz.answer is not None and quiz.answer.response() == {"short"}, "no changing a checked answer"
    click(qtbot, window, "quiz-next")
    for options in (["false"], ["unique", "twofa"], ["no"]):
        answer(qtbot, window, *options)
        assert quiz.verdict.text() == "Right!"
        click(qtbot, window, "quiz-next")

    result = window.screen_widget
    assert isinstance(result, ResultScreen) and result.mastered
    assert "mastered" in result.headline.text()

    click(qtbot, window, "switch-learner")
    assert isinstance(window.screen_widget, PickerScreen) and not window.bar.isVisible()
    (card,) = window.screen_widget.cards.values()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    tap_code(qtbot, window)
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    assert home.cards["passwords"].status_label.text() == "Mastered"


def sign_in_as(qtbot: QtBot, window: MainWindow, name: str = "Dara") -> None:
    learner = add_learner(window.context.database, name, "buffalo", CODE)
    window.show_picker()
    qtbot.mouseClick(window.screen_widget.cards[learner.id], Qt.MouseButton.LeftButton)
    tap_code(qtbot, window)
    assert isinstance(window.screen_widget, HomeScreen)


def test_a_wrong_code_gets_a_friendly_message_then_a_wait(qtbot: QtBot, window: MainWindow) -> None:
    learner = add_learner(window.context.database, "Dara", "buffalo", CODE)
    window.show_picker()
    qtbot.mouseClick(window.screen_widget.cards[learner.id], Qt.MouseButton.LeftButton)
    screen = window.screen_widget
    assert isinstance(screen, SignInScreen)
    tap_code(qtbot, window, "moon-moon-moon")
    assert screen.message.text() == "That is not your code. Look at your pictures and try again."
    for _ in range(4):
        tap_code(qtbot, window, "moon-moon-moon")
    assert "wait 30 seconds" in screen.message.text()
    assert not screen.pad.isEnabled()
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screen_widget.cards[learner.id], Qt.MouseButton.LeftButton)
    again = window.screen_widget
    assert isinstance(again, SignInScreen) and not again.pad.isEnabled()
    assert "Please wait" in again.message.text(), "coming back to the card does not skip the wait"


def test_idle_signs_out_and_leaves_nothing_of_the_learner(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_as(qtbot, window)
    click(qtbot, window, "module-passwords")
    lesson = window.screen_widget
    window.idle.setInterval(100)
    window.touch()
    qtbot.waitUntil(lambda: isinstance(window.screen_widget, PickerScreen), timeout=3000)
    qtbot.waitUntil(lambda: window.findChild(LessonScreen) is None, timeout=3000)
    assert window.learner is None and not window.bar.isVisible() and window.learner_name.text() == ""
    assert lesson not in window.findChildren(QWidget)


def test_activity_keeps_the_learner_signed_in(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_as(qtbot, window)
    window.idle.setInterval(400)
    window.touch()
    for _ in range(4):
        qtbot.wait(150)
        qtbot.mouseClick(window.screen_widget.continue_button, Qt.MouseButton.LeftButton)
        click(qtbot, window, "home")
    assert window.learner is not None


def test_leaving_mid_quiz_and_coming_back_resumes_it(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_as(qtbot, window)
    window.open_quiz(window.context.library.module("passwords"))
    answer(qtbot, window, "long")
    click(qtbot, window, "switch-learner")
    (card,) = window.screen_widget.cards.values()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    tap_code(qtbot, window)
    home = window.screen_widget
    assert home.continue_button.text() == "Continue: Strong passwords (quiz)"
    click(qtbot, window, "continue")
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    assert quiz.question is not None and quiz.question.id == "share-otp"
    assert quiz.counter.text() == "Question 2 of 5"


def test_the_place_in_a_lesson_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_as(qtbot, window)
    click(qtbot, window, "module-passwords")
    click(qtbot, window, "lesson-next")
    click(qtbot, window, "home")
    assert window.screen_widget.continue_button.text() == "Continue: Strong passwords (page 2)"
    click(qtbot, window, "continue")
    assert window.screen_widget.counter.text() == "Page 2 of 2"


def test_language_switches_from_the_picker_without_restart(qtbot: QtBot, window: MainWindow) -> None:
    picker = window.screen_widget
    assert picker.title.text() == "Who is learning today?"
    qtbot.mouseClick(picker.khmer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.title.text() == "តើនរណារៀនថ្ងៃនេះ?")
    assert window.switch_button.text() == "ប្ដូរអ្នកសិក្សា"
    assert window.font().family() == "Noto Sans Khmer"
    sign_in_as(qtbot, window)
    assert window.screen_widget.cards["passwords"].title.text() == "ពាក្យសម្ងាត់រឹងមាំ"
    click(qtbot, window, "switch-learner")
    qtbot.mouseClick(window.screen_widget.english, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screen_widget.title.text() == "Who is learning today?")


def test_a_name_is_needed_before_the_code(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, "add-learner")
    screen = window.screen_widget
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Please write your name."
    qtbot.keyClicks(screen.name, "Vanna")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Please pick your picture."
    assert screen.steps.currentIndex() == 0


def test_codes_that_differ_are_asked_again(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, "add-learner")
    screen = window.screen_widget
    qtbot.keyClicks(screen.name, "Vanna")
    click(qtbot, window, "avatar-umbrella")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    tap_code(qtbot, window, "sun-moon-star")
    tap_code(qtbot, window, "sun-star-moon")
    assert screen.steps.currentIndex() == 1
    assert "not the same" in screen.message.text()
    assert window.findChildren(QToolButton, "add-learner") == []
    tap_code(qtbot, window, "sun-moon-star")
    tap_code(qtbot, window, "sun-moon-star")
    assert isinstance(window.screen_widget, HomeScreen)


def test_a_broken_module_is_left_out_and_listed_for_the_facilitator(
    qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    broken = content / "basics" / "m2-broken"
    shutil.copytree(content / "basics" / "m1-passwords", broken)
    module_file = broken / "module.yaml"
    module_file.write_text(module_file.read_text(encoding="utf-8").replace("id: passwords", "id: broken"))
    (broken / "quiz.yaml").write_text("questions: [unclosed", encoding="utf-8")
    window = open_window(tmp_path / "data", "en", [content])
    qtbot.addWidget(window)
    window.show()
    window.warm_up()
    picker = window.screen_widget
    assert isinstance(picker, PickerScreen)
    assert picker.problems_button.isVisible()
    assert picker.problems_button.text() == "Modules left out because of errors: 1"
    assert [m.id for m in window.context.library.modules] == ["passwords"]
    assert any(str(broken / "quiz.yaml") in str(p) for p in window.context.library.problems)
    window.context.database.close()


def test_closing_the_window_ends_the_idle_countdown(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_as(qtbot, window)
    assert window.idle.isActive()
    window.close()
    assert not window.idle.isActive()
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert not window.idle.isActive(), "no sign-out may fire once the window is closed"


def test_the_idle_time_follows_the_setting(qtbot: QtBot, window: MainWindow) -> None:
    from trainer.store.settings import set_setting

    set_setting(window.context.database, "idle_minutes", 3)
    sign_in_as(qtbot, window)
    assert window.idle.interval() == 3 * 60_000


def test_leaving_after_the_last_answer_ends_the_attempt_when_the_quiz_is_opened_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The last answer is saved, then the learner leaves before Next (idle sign-out, a power
    cut): opening the quiz again showed an empty page with Check and Next that did nothing."""
    from dataclasses import replace

    sign_in_as(qtbot, window)
    passwords = window.context.library.module("passwords")
    assert passwords is not None
    alone = replace(passwords, questions=passwords.questions[:1])
    window.open_quiz(alone)
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen) and quiz.question is not None
    answer(qtbot, window, quiz.question.options[0].id)
    learner = window.learner
    assert learner is not None
    window.sign_out()
    window.sign_in(learner)
    window.open_quiz(alone)
    assert isinstance(window.screen_widget, ResultScreen), "the attempt ends, with its result"
    window.open_quiz(alone)
    again = window.screen_widget
    assert isinstance(again, QuizScreen) and again.question is not None, "and a new one starts"
