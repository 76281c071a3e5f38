"""A learner sees a quiz's options in their own order, the same when they come back to it."""

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trainer.learning.events import Verb
from trainer.learning.shuffle import shown_order
from trainer.store.events import events_of
from trainer.ui.choice import ChoiceCard
from trainer.ui.home import HomeScreen
from trainer.ui.main_window import MainWindow
from trainer.ui.quiz import QuizScreen

from .conftest import FIXTURE_CONTENT, signed_in_window


def on_screen(window: MainWindow) -> list[str]:
    """The option ids of the cards the learner sees, top to bottom."""
    cards = [card for card in window.findChildren(ChoiceCard) if card.objectName().startswith("option-")]
    shown = sorted((card for card in cards if card.isVisible()), key=lambda c: c.mapTo(window, QPoint()).y())
    return [card.objectName().removeprefix("option-") for card in shown]


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    widget = window.findChild(QWidget, name)
    assert widget is not None and widget.isVisible(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def quiz_of(window: MainWindow) -> QuizScreen:
    screen = window.screen_widget
    assert isinstance(screen, QuizScreen)
    return screen


def test_options_are_shown_in_the_learner_s_order_kept_on_resume_and_recorded(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    assert window.learner is not None
    learner = window.learner.id
    module = window.context.library.module("passwords")
    assert module is not None
    window.open_quiz(module)
    quiz = quiz_of(window)
    attempt = str(quiz.state.attempt)
    question = quiz.question
    assert question is not None and question.id == "longest"
    seen = on_screen(window)
    assert seen == list(shown_order(question, learner, attempt).ids)
    assert sorted(seen) == ["long", "short"]

    click(qtbot, window, "option-long")
    click(qtbot, window, "check")
    assert quiz.verdict.text() == "Right!"
    click(qtbot, window, "quiz-next")
    assert on_screen(window) == ["true", "false"], "True and False keep their order"
    click(qtbot, window, "option-false")
    click(qtbot, window, "check")
    click(qtbot, window, "quiz-next")

    habits = quiz_of(window).question
    assert habits is not None and habits.id == "good-habits"
    before = on_screen(window)
    assert before == list(shown_order(habits, learner, attempt).ids)
    click(qtbot, window, "home")
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    click(qtbot, window, "continue")
    resumed = quiz_of(window)
    assert resumed is not quiz and resumed.state.attempt == attempt
    assert resumed.question is not None and resumed.question.id == "good-habits"
    assert on_screen(window) == before, "coming back shows the same order"

    click(qtbot, window, "option-unique")
    click(qtbot, window, "option-twofa")
    click(qtbot, window, "check")
    answers = [e for e in events_of(window.context.database, learner, module.id) if e.verb is Verb.ANSWERED]
    assert [(e.context["question"], e.context["order"]) for e in answers] == [
        ("longest", seen),
        ("share-otp", ["true", "false"]),
        ("good-habits", before),
    ]
    assert answers[-1].result["response"] == ["twofa", "unique"]
