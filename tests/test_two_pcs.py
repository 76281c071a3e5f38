"""A learner answers on PC A, carries on at PC B via a bundle, and goes back to A: their
progress and review schedule are the same as if everything had happened on one PC."""

import uuid
from datetime import datetime, timedelta
from pathlib import Path

from trainer.course.loader import load_library
from trainer.learning.events import Event, Verb
from trainer.learning.progress import last_place, quiz_state, status
from trainer.learning.review import review_questions
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.store.reviews import cards_of, due_counts
from trainer.sync.export import export_progress
from trainer.sync.merge import import_progress

from .conftest import FIXTURE_CONTENT
from .progress_stores import T0, add_learner, open_pc, snapshot

LIBRARY = load_library([FIXTURE_CONTENT])
QUESTIONS = review_questions(LIBRARY)


def a_visit(learner: str, day: int, answers: dict[str, bool], review: bool = False) -> list[Event]:
    """One visit to the centre: a quiz attempt (or a review session) with these answers."""
    start = T0 + timedelta(days=day)
    attempt = str(uuid.uuid4())

    def at(minute: int) -> str:
        return (start + timedelta(minutes=minute)).isoformat(timespec="microseconds")

    events = [] if review else [
        Event(learner, Verb.READ, "passwords", context={"page": 0}, timestamp=at(0)),
        Event(learner, Verb.STARTED_QUIZ, "passwords", context={"attempt": attempt}, timestamp=at(1)),
    ]  # fmt: skip
    for minute, (question, right) in enumerate(answers.items(), start=2):
        context = {"review": True} if review else {"attempt": attempt}
        events.append(
            Event(
                learner, Verb.ANSWERED, "passwords",
                result={"success": right, "score": float(right), "confidence": "sure", "duration_ms": 8000},
                context={**context, "question": question, "hint_used": False}, timestamp=at(minute),
            )
        )  # fmt: skip
    if not review and sum(answers.values()) >= 4:
        events.append(Event(learner, Verb.MASTERED, "passwords", timestamp=at(30)))
    return events


def progress_of(database: Database, learner: str) -> tuple[object, ...]:
    events = events_of(database, learner)
    module = [event for event in events if event.module_id == "passwords"]
    return status(module), quiz_state(module), last_place(events)


def schedule_of(database: Database, learner: str) -> dict[tuple[str, str], tuple[object, ...]]:
    cards = cards_of(database, learner, QUESTIONS)
    return {
        key: (card.due, card.stability, card.difficulty, card.state, card.last_review)
        for key, card in cards.items()
    }


def carry(source: Database, target: Database, path: Path) -> None:
    import_progress(target, export_progress(source, path).path)


def test_a_learner_moves_between_two_pcs_and_back(tmp_path: Path) -> None:
    pc_a, pc_b, one_pc = open_pc(tmp_path, "a"), open_pc(tmp_path, "b"), open_pc(tmp_path, "one")
    learner = add_learner(pc_a, "Sokha")
    add_learner(one_pc, "Sokha", learner_id=learner)
    questions = QUESTIONS["passwords"]
    visits = [
        (pc_a, a_visit(learner, 0, {q: q != "birthday" for q in questions})),
        (pc_b, a_visit(learner, 9, {"longest": False, "share-otp": True}, review=True)),
        (pc_b, a_visit(learner, 10, {"longest": True}, review=True)),
        (pc_a, a_visit(learner, 30, {q: True for q in questions}, review=True)),
    ]
    where = pc_a
    for number, (pc, events) in enumerate(visits):
        if pc is not where:
            carry(where, pc, tmp_path / f"bundle-{number}.zip")
            where = pc
        for event in events:
            record(pc, event)
            record(one_pc, event)
    assert progress_of(pc_a, learner) == progress_of(one_pc, learner)
    assert progress_of(pc_a, learner)[0] == "mastered"
    assert schedule_of(pc_a, learner) == schedule_of(one_pc, learner)
    assert len(schedule_of(pc_a, learner)) == 5
    later = datetime.fromisoformat(visits[-1][1][-1].timestamp) + timedelta(days=90)
    assert due_counts(pc_a, later, QUESTIONS) == due_counts(one_pc, later, QUESTIONS) != {}
    carry(pc_a, pc_b, tmp_path / "back-to-b.zip")
    assert snapshot(pc_b)["events"] == snapshot(one_pc)["events"]
    assert schedule_of(pc_b, learner) == schedule_of(one_pc, learner)
