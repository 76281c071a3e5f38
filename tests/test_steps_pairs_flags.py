"""Ordering, matching and red-flag hotspots: grading, validation, mouse and keyboard."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.course.model import Question
from trainer.learning.events import Verb
from trainer.learning.grading import grade
from trainer.learning.shuffle import shown_order
from trainer.store.events import events_of
from trainer.ui.answers.hotspot import HotspotAnswer
from trainer.ui.answers.matching import MatchingAnswer
from trainer.ui.answers.ordering import OrderingAnswer
from trainer.ui.answers.scenario import ScenarioAnswer
from trainer.ui.quiz import QuizScreen

from .conftest import TYPES_CONTENT as TYPES
from .conftest import assert_reported_after_edit, signed_in_window

QUIZ = Path("news/m2-practice/quiz.yaml")


def question(question_id: str) -> Question:
    module = load_library([TYPES]).module("practice")
    assert module is not None
    found = module.question(question_id)
    assert found is not None
    return found


def test_ordering_gives_credit_per_step_in_place() -> None:
    sift = question("sift-order")
    assert grade(sift, ["stop", "investigate", "find", "trace"]).correct
    partial = grade(sift, ["stop", "find", "investigate", "trace"])
    assert not partial.correct and partial.score == 0.5
    for attempt in map(str, range(50)):
        assert shown_order(sift, "learner", attempt).ids != ("stop", "investigate", "find", "trace")


def test_matching_gives_credit_per_pair() -> None:
    words = question("words")
    assert grade(words, {"otp": "otp", "pin": "pin", "link": "link"}).correct
    swapped = grade(words, {"otp": "pin", "pin": "otp", "link": "link"})
    assert not swapped.correct and swapped.score == pytest.approx(1 / 3)


def test_hotspot_counts_flags_found_and_taps_outside() -> None:
    flags = question("red-flags")
    assert grade(flags, [[30, 70], [100, 130]]).correct
    one = grade(flags, [[30, 70]])
    assert not one.correct and one.score == 0.5
    with_miss = grade(flags, [[30, 70], [100, 130], [250, 10]])
    assert not with_miss.correct and with_miss.score == pytest.approx(2 / 3)


BAD = {
    "ordering without steps": ("    steps:\n", "    stepz:\n", "missing field 'steps'", "  - id: sift-order"),
    "matching pair without right": ("        right: {en: A one-time code, km: លេខកូដប្រើម្ដង}\n", "", "missing field 'right'", "      - id: otp"),
    "duplicate pair id": ("      - id: pin\n", "      - id: otp\n", "duplicate id 'otp'", "      - id: otp\n        left: {en: PIN"),
    "region without a size": ("        height: 30\n        feedback: {en: It rushes", "        feedback: {en: It rushes", "a region needs x, y, width and height", "      - id: rush"),
    "hotspot without a picture": ("    image: images/sms.svg\n", "", "missing field 'image'", "  - id: red-flags"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_malformed_steps_pairs_and_flags_give_path_and_line(tmp_path: Path, case: str) -> None:
    root = tmp_path / "content"
    shutil.copytree(TYPES, root)
    old, new, message, at = BAD[case]
    assert_reported_after_edit(root / QUIZ, root, old, new, message, at)


@pytest.fixture
def quiz(qapp: object, qtbot: QtBot, tmp_path: Path) -> QuizScreen:
    window = signed_in_window(qtbot, tmp_path / "data", TYPES)
    window.open_quiz(window.context.library.module("practice"))
    screen = window.screen_widget
    assert isinstance(screen, QuizScreen)
    return screen


def put_in_order(qtbot: QtBot, answer: OrderingAnswer, keyboard: bool) -> None:
    wanted = [item.id for item in answer.question.items]
    for target, step_id in enumerate(wanted):
        while (at := answer.response().index(step_id)) > target:
            row = answer.rows[at]
            if keyboard:
                row.up.setFocus()
                qtbot.keyClick(row.up, Qt.Key.Key_Space)
            else:
                qtbot.mouseClick(row.up, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("keyboard", [False, True], ids=["mouse", "keyboard"])
def test_answering_order_pairs_and_flags(qtbot: QtBot, quiz: QuizScreen, keyboard: bool) -> None:
    def confirm() -> None:
        if keyboard:
            quiz.check_button.setFocus()
            qtbot.keyClick(quiz.check_button, Qt.Key.Key_Space)
        else:
            qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)

    ordering = quiz.answer
    assert isinstance(ordering, OrderingAnswer)
    put_in_order(qtbot, ordering, keyboard)
    confirm()
    assert quiz.findChild(QLabel, "order-result").text() == "4 of 4 in place. The right order:"
    assert quiz.verdict.text() == "Right!"
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)

    matching = quiz.answer
    assert isinstance(matching, MatchingAnswer)
    confirm()
    assert quiz.verdict.text() == "Pick an answer first.", "every pair needs a partner"
    picks = {"otp": "Your secret number", "pin": "A one-time code", "link": "An address that opens a page"}
    for pair_id, wanted in picks.items():  # OTP and PIN swapped, the link right
        box = quiz.findChild(QComboBox, f"match-{pair_id}")
        index = box.findText(wanted)
        if keyboard:
            box.setFocus()
            for _ in range(index):
                qtbot.keyClick(box, Qt.Key.Key_Down)
        else:
            box.setCurrentIndex(index)
    confirm()
    assert quiz.verdict.text().startswith("Not quite")
    otp_state = quiz.findChild(QLabel, "state-match-otp")
    assert otp_state.isVisible() and otp_state.text() == "✗ Not this one. It goes with: A one-time code"
    assert quiz.findChild(QLabel, "state-match-link").text() == "✓ Right"
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)

    hotspot = quiz.answer
    assert isinstance(hotspot, HotspotAnswer)
    picture = hotspot.picture
    if keyboard:
        picture.setFocus()
        for key in [Qt.Key.Key_Left] * 7 + [Qt.Key.Key_Up] * 4:  # from the centre to the "24 hours" line
            qtbot.keyClick(picture, key)
        qtbot.keyClick(picture, Qt.Key.Key_Space)
    else:
        qtbot.mouseClick(
            picture,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(40 * picture.scale), round(75 * picture.scale)),
        )
    qtbot.mouseClick(
        picture, Qt.MouseButton.LeftButton, pos=QPoint(round(280 * picture.scale), round(20 * picture.scale))
    )
    assert quiz.findChild(QLabel, "tap-count").text().endswith("Taps: 2")
    confirm()
    feedback = quiz.findChild(QLabel, "hotspot-feedback").text()
    assert feedback.startswith("You found 1 of 2 red flags. Taps on nothing suspicious: 1.")
    assert "✓ It rushes you." in feedback and "✗ The link is not the bank's address." in feedback
    answers = [e for e in events_of(quiz.context.database, quiz.learner.id) if e.verb is Verb.ANSWERED]
    assert [e.context["type"] for e in answers] == ["ordering", "matching", "hotspot"]
    assert [e.context["interaction_type"] for e in answers] == ["sequencing", "matching", "other"]
    assert answers[0].result["response"] == ["stop", "investigate", "find", "trace"]
    assert len(answers[2].result["response"]) == 2


def test_scenario_grading_follows_the_path() -> None:
    story = question("friend-money")
    assert grade(story, ["call", "warn"]).correct
    assert grade(story, ["call", "ignore"]).score == 0.5
    assert grade(story, ["pay"]).score == 0.0


STORY_BAD = {
    "choice to nowhere": ("            next: after-call\n", "            next: nowhere\n", "leads to step 'nowhere'"),
    "choice with no ending": ("            ending: harmful\n", "", "needs either 'next'"),
    "unknown ending": ("            ending: risky\n", "            ending: sad\n", "'ending' must be good, risky or harmful"),
    "no good ending": ("            ending: good\n", "            ending: risky\n", "at least one good ending"),
    "story that loops": ("            ending: good\n", "            next: message\n", "loops back on itself"),
}  # fmt: skip


@pytest.mark.parametrize("case", STORY_BAD, ids=list(STORY_BAD))
def test_malformed_scenarios_are_reported(tmp_path: Path, case: str) -> None:
    root = tmp_path / "content"
    shutil.copytree(TYPES, root)
    old, new, message = STORY_BAD[case]
    path = root / QUIZ
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    reported = [str(p) for p in load_library([root]).problems]
    assert any(r.startswith(f"{path}:") and message in r for r in reported), reported


@pytest.mark.parametrize("keyboard", [False, True], ids=["mouse", "keyboard"])
def test_playing_through_a_scenario(qapp: object, qtbot: QtBot, tmp_path: Path, keyboard: bool) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", TYPES)
    practice = window.context.library.module("practice")
    assert practice is not None
    window.open_quiz(replace(practice, questions=(question("friend-money"),)))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen) and isinstance(quiz.answer, ScenarioAnswer)

    def press(name: str) -> None:
        widget = quiz.findChild(QWidget, name)
        assert widget is not None and widget.isVisible(), name
        if keyboard:
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        else:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    press("choice-call")
    assert quiz.findChild(QLabel, "consequence").text() == "Vannak says his account was stolen."
    press("check")
    assert quiz.verdict.text() == "Pick an answer first.", "the story has not ended yet"
    press("story-next")
    assert quiz.answer.step_text.text() == "What now?"
    assert quiz.verdict.text() == "", "the next step of the story opens without a complaint"
    press("choice-ignore")
    press("check")
    assert quiz.findChild(QLabel, "ending").text() == "A risky ending: it could have gone wrong."
    last = quiz.findChild(QWidget, "choice-ignore")
    assert last.property("verdict") == "wrong" and last.state.text() == "✗ Your choice: it did not end well"
    assert quiz.verdict.text().startswith("Not quite")
    (event,) = [e for e in events_of(window.context.database, window.learner.id) if e.verb is Verb.ANSWERED]
    assert event.result["response"] == ["call", "ignore"] and event.result["score"] == 0.5
    window.context.database.close()
