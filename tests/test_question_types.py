"""The richer question types: graders, validation with path:line, and answering by mouse and keyboard."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.course.model import Module, Question
from trainer.course.questions import READERS
from trainer.learning.discernment import discernment
from trainer.learning.events import Verb
from trainer.learning.grading import GRADERS, INTERACTION_TYPES, grade
from trainer.store.events import events_of
from trainer.ui.answers import WIDGETS
from trainer.ui.quiz import QuizScreen

from .conftest import TYPES_CONTENT as TYPES
from .conftest import assert_reported_after_edit, signed_in_window

MODULE = Path("news/m1-judge-posts")


def module() -> Module:
    found = load_library([TYPES]).module("judge-posts")
    assert found is not None
    return found


def question(question_id: str) -> Question:
    found = module().question(question_id)
    assert found is not None
    return found


def test_every_type_has_a_reader_a_grader_and_a_widget() -> None:
    assert set(READERS) == set(GRADERS) == set(WIDGETS) == set(INTERACTION_TYPES)


@pytest.mark.parametrize(
    ("question_id", "rating", "correct", "score"),
    [
        ("rain-forecast", 7, True, 1.0),
        ("rain-forecast", 5, True, 4 / 6),
        ("rain-forecast", 4, False, 0.5),
        ("rain-forecast", 1, False, 0.0),
        ("miracle-cure", 1, True, 1.0),
        ("miracle-cure", 3, True, 4 / 6),
        ("miracle-cure", 6, False, 1 / 6),
    ],
)
def test_reliability_rewards_rating_towards_the_truth(
    question_id: str, rating: int, correct: bool, score: float
) -> None:
    result = grade(question(question_id), rating)
    assert result.correct is correct and result.score == pytest.approx(score)


def test_share_and_technique_grading() -> None:
    assert grade(question("share-dam"), frozenset({"check-first"})).correct
    assert not grade(question("share-dam"), frozenset({"share"})).correct
    partial = grade(question("fake-minister"), frozenset({"impersonation"}))
    assert not partial.correct and partial.score == pytest.approx(2 / 3)


def test_discernment_keeps_true_and_false_posts_apart() -> None:
    sceptic = discernment([(True, 2), (True, 2), (False, 1), (False, 1)])
    assert sceptic.difference == 1 and sceptic.true_mean == 2
    discerning = discernment([(True, 6), (False, 2)])
    assert discerning.difference == 4 and discerning.percent == pytest.approx(10 / 12 * 100)
    assert discernment([(True, 5)]).difference is None


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(TYPES, root)
    return root


BAD = {
    "reliability without post_is": ("    post_is: true\n", "", "'post_is' must be true or false", "  - id: rain-forecast"),
    "reliability without a post": ("    image: images/post.svg\n", "", "give 'image' or 'post' text", "    type: reliability\n    prompt: {en: How reliable is this post?, km: តើការបង្ហោះនេះគួរឱ្យទុកចិត្តប៉ុណ្ណា?}\n    post_is: false"),
    "reliability without explanation": ("    explanation: {en: No juice cures dengue., km: គ្មានទឹកផ្លែឈើណាព្យាបាលគ្រុនឈាមបានទេ។}\n", "", "missing field 'explanation'", "  - id: miracle-cure"),
    "share with other options": ("      - id: dont-share\n", "      - id: maybe\n", "needs options 'share', 'dont-share' and 'check-first'", "    options:\n      - id: share"),
    "unknown technique": ("      - id: trolling\n", "      - id: lying\n", "unknown technique 'lying'", "    options:\n      - id: impersonation"),
    "technique with one answer": ("answer: [impersonation, emotion]", "answer: emotion", "'technique' needs a list of answers", "answer: emotion"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_malformed_types_are_reported_with_path_and_line(content: Path, case: str) -> None:
    old, new, message, at = BAD[case]
    assert_reported_after_edit(content / MODULE / "quiz.yaml", content, old, new, message, at)


@pytest.fixture
def quiz(qapp: object, qtbot: QtBot, tmp_path: Path) -> QuizScreen:
    window = signed_in_window(qtbot, tmp_path / "data", TYPES)
    window.open_quiz(window.context.library.module("judge-posts"))
    screen = window.screen_widget
    assert isinstance(screen, QuizScreen)
    return screen


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def named(screen: QuizScreen, name: str) -> QWidget:
    widget = screen.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def test_rating_a_true_post_with_the_mouse_shows_the_truth(qtbot: QtBot, quiz: QuizScreen) -> None:
    assert quiz.findChild(QLabel, "post").text().startswith("The Ministry of Water Resources")
    qtbot.mouseClick(named(quiz, "rating-6"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert quiz.findChild(QLabel, "truth").text() == "This post is true. You judged it well."
    assert quiz.findChild(QLabel, "explanation").text() == "The ministry's own page says so."
    assert quiz.verdict.text() == "Right!"


def test_every_new_type_can_be_answered_with_the_keyboard(qtbot: QtBot, quiz: QuizScreen) -> None:
    press(qtbot, named(quiz, "rating-6"), Qt.Key.Key_Return)
    press(qtbot, quiz.check_button)
    press(qtbot, quiz.next_button)
    assert quiz.question is not None and quiz.question.id == "miracle-cure"
    press(qtbot, named(quiz, "rating-6"))
    press(qtbot, quiz.check_button)
    assert quiz.findChild(QLabel, "truth").text() == "This post is false. Look again at why."
    assert quiz.verdict.text().startswith("Not quite")
    press(qtbot, quiz.next_button)
    assert named(quiz, "option-share").text.text() == "Share it"
    assert not named(quiz, "hint-text").isVisible()
    press(qtbot, named(quiz, "hint"))
    assert named(quiz, "hint-text").isVisible() and not named(quiz, "hint").isVisible()
    press(qtbot, named(quiz, "option-check-first"))
    press(qtbot, quiz.check_button)
    answers = [e for e in events_of(quiz.context.database, quiz.learner.id) if e.verb is Verb.ANSWERED]
    assert [e.context["hint_used"] for e in answers] == [False, False, True], "using a hint is recorded"
    feedback = quiz.findChild(QLabel, "feedback-check-first")
    assert feedback.isVisible() and feedback.text() == "Yes. Check with the village chief first."
    press(qtbot, quiz.next_button)
    press(qtbot, named(quiz, "option-impersonation"))
    press(qtbot, named(quiz, "option-emotion"))
    press(qtbot, quiz.check_button)
    assert quiz.verdict.text() == "Right!"
    assert quiz.findChild(QLabel, "feedback-trolling").text() == "No. It is not provoking a fight."
