"""The question types: each registered type has every part; graders, validation with path:line,
and answering by mouse and keyboard."""

import json
import random
import re
import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.course.model import Library, Module, Question
from trainer.course.types import TYPES as REGISTERED
from trainer.learning.discernment import discernment
from trainer.learning.events import Verb
from trainer.learning.grading import grade, stored_response
from trainer.learning.responses import describe
from trainer.learning.shuffle import recorded_order, shown_order
from trainer.store.events import events_of
from trainer.ui.answers import WIDGETS
from trainer.ui.quiz import QuizScreen

from .conftest import TYPES_CONTENT as TYPES
from .conftest import assert_reported_after_edit, signed_in_window

MODULE = Path("news/m1-judge-posts")
ROOT = Path(__file__).parent.parent
GUIDE = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
SCHEMA = json.loads((ROOT / "content" / "schema" / "quiz.schema.json").read_text(encoding="utf-8"))
INTERACTION_TYPES = {
    "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert",
    "numeric", "other",
}  # fmt: skip
"""The xAPI 1.0.3 cmi.interaction types."""


def module() -> Module:
    found = load_library([TYPES]).module("judge-posts")
    assert found is not None
    return found


def question(question_id: str) -> Question:
    found = module().question(question_id)
    assert found is not None
    return found


@cache
def libraries() -> tuple[Library, Library]:
    """The types fixture and the bundled content."""
    return load_library([TYPES]), load_library([ROOT / "content"])


def questions_of(name: str) -> list[Question]:
    return [q for library in libraries() for m in library.modules for q in m.questions if q.type == name]


def test_every_registered_type_has_every_part() -> None:
    """What a new type lacks, this says by name (CONTRIBUTING.md, "Adding a question type")."""
    assert set(WIDGETS) == set(REGISTERED), "each type has an answer widget in trainer/ui/answers/__init__.py"
    for name, kind in REGISTERED.items():
        assert kind.name == name
        parts = (kind.read, kind.grade, kind.describe, kind.shown_order, kind.recorded_order)
        assert all(map(callable, parts)), name
        assert all(
            map(callable, (kind.xapi_definition, kind.xapi_response, kind.right_answer, kind.wrong_answer))
        )
        assert kind.interaction_type in INTERACTION_TYPES, f"{name}: not an xAPI cmi.interaction type"
        assert kind.seconds_to_answer > 0, name
        assert questions_of(name), f"{name}: no question of this type in tests/fixtures/types or content/"


def _schema_types(*needs: str) -> set[str]:
    """The types of the schema's `if type is ...` blocks whose `then` holds each of `needs` (JSON)."""
    return {
        name
        for block in SCHEMA["$defs"]["question"]["allOf"]
        if all(need in json.dumps(block["then"]) for need in needs)
        for name in block["if"]["properties"]["type"]["enum"]
    }


@pytest.mark.parametrize("name", list(REGISTERED))
def test_every_type_is_in_the_schema_and_the_editors_guide(name: str) -> None:
    assert name in SCHEMA["$defs"]["question"]["properties"]["type"]["enum"], (
        "quiz.schema.json: the type enum"
    )
    assert name in _schema_types(), "quiz.schema.json: an `if` block giving the type's own fields"
    assert re.search(rf"^\| `{name}` \| .+ \| .+ \|$", GUIDE, re.MULTILINE), (
        "content/README.md: the table of types"
    )
    assert f"    type: {name}\n" in GUIDE, "content/README.md: an example question"
    order = GUIDE.split("### The order learners see")[1].split("\n\n")[2]
    assert f"`{name}`" in order, "content/README.md: the table of what is shuffled"


def test_the_schema_and_the_registry_agree_on_each_types_rules() -> None:
    fixed = {name for name, kind in REGISTERED.items() if kind.fixed_order is not None}
    assert _schema_types('"not": {"required": ["shuffle"]}') == fixed
    many = {name for name, kind in REGISTERED.items() if kind.many_answers}
    assert _schema_types('"answer": {"type": "array"') == many
    for name, kind in REGISTERED.items():
        if kind.named_options:
            ids = next(
                block["then"]["properties"]["options"]["items"]["properties"]["id"]["enum"]
                for block in SCHEMA["$defs"]["question"]["allOf"]
                if block["if"]["properties"]["type"]["enum"] == [name]
            )
            assert {json.dumps(i).strip('"') for i in ids} == set(kind.named_options), name


@pytest.mark.parametrize("name", list(REGISTERED))
def test_the_demos_right_answer_is_right_and_its_wrong_answer_wrong(name: str) -> None:
    """For every question of the type in the types fixture and the bundled content, in the app's
    grading, words and xAPI alike."""
    kind = REGISTERED[name]
    for question in questions_of(name):
        pattern = kind.xapi_definition(question)["correctResponsesPattern"]
        for seed in range(3):
            rng = random.Random(f"{question.id}-{seed}")
            for response, right in (
                (kind.right_answer(question, rng), True),
                (kind.wrong_answer(question, rng), False),
            ):
                assert grade(question, response).correct is right, (question.id, response)
                stored = json.loads(json.dumps(stored_response(response)))
                assert (kind.xapi_response(stored, question) in pattern) is right, (question.id, stored)
                assert describe(question, stored, "km") and describe(question, stored, "en")
                order = recorded_order(question, shown_order(question, "learner", "attempt"), stored)
                assert order is None or len(order) > 0, question.id


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
def quiz(qapp: object, qtbot: QtBot, tmp_path: Path) -> Iterator[QuizScreen]:
    """The window stays referenced until the test ends: qtbot holds it only weakly, and the
    garbage collector would close it in mid-test."""
    window = signed_in_window(qtbot, tmp_path / "data", TYPES)
    window.open_quiz(window.context.library.module("judge-posts"))
    screen = window.screen_widget
    assert isinstance(screen, QuizScreen)
    yield screen


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
