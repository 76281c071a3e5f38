"""Progress is a projection of events: mastery, resuming a quiz, and the place to continue."""

from pathlib import Path

from trainer.course.loader import load_library
from trainer.course.model import MasteryRule, Module
from trainer.learning.events import Event, Verb
from trainer.learning.grading import grade
from trainer.learning.progress import (
    Place,
    Status,
    is_mastered,
    last_place,
    place_in,
    quiz_state,
    status,
)
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.store.learners import add_learner

from .conftest import FIXTURE_CONTENT


def module() -> Module:
    found = load_library([FIXTURE_CONTENT]).module("passwords")
    assert found is not None
    return found


def test_mastery_is_m_correct_of_the_last_n() -> None:
    rule = MasteryRule(4, 5)
    assert not is_mastered([True, True, True], rule)
    assert is_mastered([True, True, False, True, True], rule)
    assert not is_mastered([True, True, True, True, False, False], rule), "only the last 5 count"
    assert is_mastered([False, False, True, True, True, True], rule)


def test_grading_single_truefalse_and_multiple() -> None:
    questions = {q.id: q for q in module().questions}
    assert grade(questions["longest"], frozenset({"long"})).correct
    assert not grade(questions["share-otp"], frozenset({"true"})).correct
    partial = grade(questions["good-habits"], frozenset({"unique"}))
    assert not partial.correct and round(partial.score, 2) == 0.67
    assert grade(questions["good-habits"], frozenset({"unique", "twofa"})).score == 1.0


def answered(learner: str, attempt: str, question: str, success: bool) -> Event:
    return Event(
        learner, Verb.ANSWERED, "passwords",
        result={"success": success}, context={"attempt": attempt, "question": question},
    )  # fmt: skip


def test_a_quiz_resumes_at_the_first_unanswered_question() -> None:
    events = [
        Event("l", Verb.READ, "passwords", context={"page": 1}),
        Event("l", Verb.STARTED_QUIZ, "passwords", context={"attempt": "a1"}),
        answered("l", "a1", "longest", True),
        answered("l", "a1", "share-otp", False),
    ]
    state = quiz_state(events)
    assert state.attempt == "a1"
    assert state.next_question(module()) == "good-habits"
    assert state.recent == (True, False)
    assert status(events) is Status.IN_PROGRESS
    assert last_place(events) is not None and last_place(events).in_quiz  # type: ignore[union-attr]


def test_a_finished_attempt_starts_fresh_but_keeps_recent_answers() -> None:
    events = [
        Event("l", Verb.STARTED_QUIZ, "passwords", context={"attempt": "a1"}),
        answered("l", "a1", "longest", True),
        Event("l", Verb.FINISHED_QUIZ, "passwords", context={"attempt": "a1"}),
    ]
    state = quiz_state(events)
    assert state.attempt is None and state.recent == (True,)
    assert status([*events, Event("l", Verb.MASTERED, "passwords")]) is Status.MASTERED
    assert status([]) is Status.NOT_STARTED


def test_the_last_lesson_page_read_is_the_place_to_continue() -> None:
    events = [Event("l", Verb.READ, "passwords", context={"page": p}) for p in (0, 1)]
    place = last_place(events)
    assert place is not None and (place.module_id, place.in_quiz, place.page) == (
        "passwords",
        False,
        1,
    )


def test_events_are_stored_once_and_read_back_in_order(tmp_path: Path) -> None:
    database = Database(tmp_path / "trainer.db")
    learner = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    first = Event(learner.id, Verb.READ, "passwords", context={"page": 0})
    second = answered(learner.id, "a1", "longest", True)
    for event in (first, second, first):
        record(database, event)
    assert events_of(database, learner.id) == [first, second]
    assert events_of(database, learner.id, "other") == []
    row = database.table("events").get(second.id)
    assert row["object_id"] == "passwords/longest" and row["verb"] == "answered"
    database.close()


def test_mastering_one_module_does_not_lose_the_place_in_another() -> None:
    events = [
        Event("l", Verb.READ, "first", context={"page": 2}),
        Event("l", Verb.MASTERED, "second"),
    ]
    assert last_place(events) is None
    assert place_in(events[:1]) == Place("first", False, 2)
