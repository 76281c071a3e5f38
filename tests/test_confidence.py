"""Confidence: "how sure are you?" before the feedback, stored with the answer, and found again."""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trainer.learning.confidence import confident_errors
from trainer.learning.events import Verb
from trainer.store.events import events_of
from trainer.ui.quiz import QuizScreen

from .conftest import FIXTURE_CONTENT, signed_in_window


def test_confident_wrong_answers_are_found_and_stored_before_feedback(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    module_file = content / "basics/m1-passwords/module.yaml"
    module_file.write_text(module_file.read_text(encoding="utf-8") + "confidence: true\n", encoding="utf-8")
    window = signed_in_window(qtbot, tmp_path / "data", content)
    learner = window.learner
    assert learner is not None
    window.open_quiz(window.context.library.module("passwords"))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)

    def answered() -> list[object]:
        return [e for e in events_of(window.context.database, learner.id) if e.verb is Verb.ANSWERED]

    qtbot.mouseClick(quiz.findChild(QWidget, "option-short"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert quiz.verdict.text() == "How sure are you?" and quiz.sure_box.isVisible()
    assert not quiz.check_button.isVisible() and not quiz.answered, "no feedback before the learner says"
    assert answered() == []
    sure = quiz.findChild(QWidget, "confidence-sure")
    sure.setFocus()
    qtbot.keyClick(sure, Qt.Key.Key_Space)
    assert quiz.answered and quiz.verdict.text().startswith("Not quite")
    (event,) = answered()
    assert event.result["confidence"] == "sure" and event.result["success"] is False
    assert event.result["duration_ms"] >= 0
    assert confident_errors(events_of(window.context.database, learner.id)) == {
        (learner.id, "passwords/longest"): 1
    }
    window.context.database.close()
