"""Pre- and post-tests: no lesson and no feedback on the way, and gain computed on discernment."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.learning.gain import average_gain, gain, score_on_test
from trainer.store.events import events_of
from trainer.ui.home import HomeScreen
from trainer.ui.main_window import MainWindow
from trainer.ui.quiz import QuizScreen
from trainer.ui.result import ResultScreen

from .conftest import TYPES_CONTENT as TYPES
from .conftest import signed_in_window


def test_normalised_gain() -> None:
    assert gain(40, 70) == pytest.approx(0.5)
    assert gain(50, 40) == pytest.approx(-0.2)
    assert gain(100, 100) is None and gain(None, 80) is None
    assert average_gain([0.5, None, 0.3]) == pytest.approx(0.4)
    assert average_gain([None]) is None


def test_test_modules_have_no_lesson_and_count_apart_in_stats() -> None:
    from trainer.course.stats import library_stats

    library = load_library([TYPES])
    assert library.problems == ()
    (curriculum,) = library_stats(library)["curricula"]
    assert [m["id"] for m in curriculum["modules"]] == ["judge-posts", "practice"]
    assert [(m["id"], m["test"]) for m in curriculum["tests"]] == [
        ("news-pretest", "pre"),
        ("news-posttest", "post"),
    ]


@pytest.fixture
def window(qapp: object, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return signed_in_window(qtbot, tmp_path / "data", TYPES)


def take_test(qtbot: QtBot, window: MainWindow, module_id: str, ratings: list[int]) -> None:
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.cards[module_id], Qt.MouseButton.LeftButton)
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen), "a test opens straight on its questions"
    for number, rating in enumerate(ratings, start=1):
        assert quiz.counter.text() == f"Question {number} of {len(ratings)}"
        qtbot.mouseClick(quiz.findChild(QWidget, f"rating-{rating}"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
        if number < len(ratings):
            assert window.screen_widget is quiz and not quiz.answered, "no feedback in the middle of a test"
    result = window.screen_widget
    assert isinstance(result, ResultScreen)
    assert result.headline.text() == "Thank you! You finished the test."
    qtbot.mouseClick(result.home_button, Qt.MouseButton.LeftButton)


def test_a_learner_takes_the_pre_and_post_test_and_gains_discernment(
    qtbot: QtBot, window: MainWindow
) -> None:
    # posts a and c are true, b and d false
    take_test(qtbot, window, "news-pretest", [2, 2, 3, 2])  # doubts everything: no discernment
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    assert home.cards["news-pretest"].status_label.text() == "Done"
    assert home.cards["news-pretest"].minutes.text().startswith("Test before you start")
    qtbot.mouseClick(home.cards["news-pretest"], Qt.MouseButton.LeftButton)
    again = window.screen_widget
    assert isinstance(again, ResultScreen), "a finished test is not taken twice"
    qtbot.mouseClick(again.home_button, Qt.MouseButton.LeftButton)
    take_test(qtbot, window, "news-posttest", [6, 2, 7, 1])  # true rated high, false low

    library, learner = window.context.library, window.learner
    assert learner is not None
    scores = {}
    for module_id in ("news-pretest", "news-posttest"):
        module = library.module(module_id)
        assert module is not None
        scores[module_id] = score_on_test(module, events_of(window.context.database, learner.id, module_id))
    assert scores["news-pretest"] == pytest.approx((0.5 + 6) / 12 * 100)
    assert scores["news-posttest"] == pytest.approx((5 + 6) / 12 * 100)
    assert gain(scores["news-pretest"], scores["news-posttest"]) == pytest.approx(4.5 / 5.5)
