"""A small class with known answers, tests and masteries, for the report and export tests."""

from datetime import UTC, datetime, timedelta
from typing import Any

from trainer.learning.events import Event, Verb
from trainer.store.classes import Assignment, add_class, set_assignments
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import Profile, add_learner

START = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)
"""A Monday."""
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)
CLASS_NAME = "Morning class"
ASSIGNED = ("news-pretest", "judge-posts", "practice", "news-posttest")
POSTS = {"post-a": True, "post-b": False, "post-c": True, "post-d": False}
"""The fixture's tests' posts, and whether each is true."""


def at(days: float) -> str:
    return (START + timedelta(days=days)).isoformat()


def answer(
    learner: str, module: str, question: str, kind: str, response: Any, right: bool, **more: Any
) -> Event:
    """An answer event as the quiz screen records it; `more` holds when (days after START),
    score, confidence, duration_ms and hint_used."""
    when, hint = more.pop("when"), more.pop("hint_used", False)
    result = {"response": response, "success": right, "score": 1.0 if right else 0.0, **more}
    context = {"attempt": f"{learner}/{module}", "question": question, "type": kind, "hint_used": hint}
    return Event(learner, Verb.ANSWERED, module, result, context, timestamp=at(when))


def took_test(learner: str, module: str, ratings: tuple[int, ...], day: float) -> list[Event]:
    attempt = {"attempt": f"{learner}/{module}"}
    answers = [
        answer(learner, module, post, "reliability", rating, rating >= 5 if true else rating <= 3, when=day)
        for (post, true), rating in zip(POSTS.items(), ratings, strict=True)
    ]
    return [
        Event(learner, Verb.STARTED_QUIZ, module, context=attempt, timestamp=at(day)),
        *answers,
        Event(learner, Verb.FINISHED_QUIZ, module, context=attempt, timestamp=at(day + 0.01)),
    ]


def seed_class(database: Database) -> dict[str, str]:
    """Sokha (Khmer name) masters judge-posts and gains; Dara answers wrong three times in a row;
    Vannak has done nothing. Returns the ids by name, and the class's as "class"."""
    klass = add_class(database, CLASS_NAME)
    set_assignments(database, klass.id, [Assignment(module) for module in ASSIGNED])
    ids = {"class": klass.id}
    for name, gender, age, consent in (
        ("សុខា", "female", "15-24", True),
        ("Dara", "male", "25-34", True),
        ("Vannak", "male", "25-34", False),
    ):
        profile = Profile(klass.id, gender, age, consent)
        ids[name] = add_learner(database, name, "fish", None, profile).id
    sokha, dara = ids["សុខា"], ids["Dara"]
    judge = "judge-posts"
    events = [
        *took_test(sokha, "news-pretest", (2, 2, 3, 2), 0),
        answer(
            sokha,
            judge,
            "rain-forecast",
            "reliability",
            6,
            True,
            when=1,
            duration_ms=30_000,
            confidence="sure",
        ),
        answer(
            sokha,
            judge,
            "share-dam",
            "share",
            ["check-first"],
            True,
            when=1.1,
            duration_ms=45_000,
            hint_used=True,
        ),
        answer(
            sokha,
            judge,
            "fake-minister",
            "technique",
            ["emotion"],
            False,
            when=1.2,
            duration_ms=20_000,
            score=0.5,
        ),
        Event(sokha, Verb.MASTERED, judge, {"rule": "2/3"}, timestamp=at(2)),
        *took_test(sokha, "news-posttest", (6, 2, 7, 1), 9),
        *took_test(dara, "news-pretest", (4, 4, 4, 4), 0),
        *took_test(dara, "news-posttest", (5, 3, 5, 3), 9),
        *(
            answer(dara, judge, "share-dam", "share", ["share"], False, when=12 + n / 10, duration_ms=8_000)
            for n in range(3)
        ),
    ]
    for event in events:
        record(database, event)
    return ids
