"""A made-up centre for the benchmarks: learners who visit twice a week for months, read,
take quizzes until they master modules, and review the questions FSRS says are due, as the
app would offer them; the questions are the bundled content's."""

import json
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.course.loader import load_library
from trainer.learning.review import REVIEW_SIZE, ModuleCards, rating_of, review_questions
from trainer.resources import bundled_content
from trainer.store.centre_key import set_centre_key, with_check
from trainer.store.database import Database

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
EventRow = tuple[str, str, str, str, str, str, str, str]


def questions() -> dict[str, list[str]]:
    return review_questions(load_library([bundled_content()]))


CENTRE = with_check("23456789ACDEFGHJKM")
"""The benchmark centre's key: fixed, so that bundles kept from an earlier run still go in."""
CODE_HASH = f"scrypt$16384$8$1${'5a' * 16}${'c3' * 32}"


def open_pc(path: Path) -> Database:
    """A PC of the benchmark centre."""
    database = Database(path)
    set_centre_key(database, CENTRE)
    return database


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def add_learners(database: Database, count: int, rng: random.Random) -> list[str]:
    ids = [new_id(rng) for _ in range(count)]
    with database.writing():
        database.executemany(
            "INSERT INTO learners (id, name, avatar, code_hash, created_at, version_counter, version_pc)"
            " VALUES (?, ?, 'fish', ?, ?, 1, (SELECT id FROM this_pc))",
            [(learner, f"Learner {n}", CODE_HASH, START.isoformat()) for n, learner in enumerate(ids)],
        )
    return ids


class Learner:
    """One learner's visits, made event by event, with the cards the app would schedule."""

    def __init__(self, learner_id: str, catalogue: dict[str, list[str]], rng: random.Random) -> None:
        self.id, self.catalogue, self.rng = learner_id, catalogue, rng
        self.modules = list(catalogue)
        rng.shuffle(self.modules)
        self.cards: dict[str, ModuleCards] = {}
        self.when = START + timedelta(hours=rng.randrange(48))
        self.answers = 0

    def event(
        self, verb: str, module: str, result: dict[str, object], context: dict[str, object]
    ) -> EventRow:
        question = context.get("question")
        return (
            new_id(self.rng), self.id, verb, module, f"{module}/{question}" if question else module,
            json.dumps(result), json.dumps(context), self.when.isoformat(timespec="microseconds"),
        )  # fmt: skip

    def answer(self, module: str, question: str, **context: object) -> EventRow:
        right, hint, sure = self.rng.random() < 0.75, self.rng.random() < 0.1, self.rng.choice([None, "sure"])
        duration = self.rng.randrange(3_000, 40_000)
        self.when += timedelta(seconds=50)
        self.cards.setdefault(module, ModuleCards()).answered(
            question, rating_of(right, hint, sure, duration), self.when
        )
        self.answers += 1
        result = {
            "response": ["a"],
            "success": right,
            "score": float(right),
            "confidence": sure,
            "duration_ms": duration,
        }
        context = {
            **context,
            "question": question,
            "type": "single",
            "interaction_type": "choice",
            "hint_used": hint,
        }
        return self.event("answered", module, result, context)

    def due(self) -> list[tuple[str, str]]:
        cards = [
            (card.due, module, question)
            for module, state in self.cards.items()
            if state.others is not None
            for question in self.catalogue[module]
            if (card := state.card(question)) is not None and card.due <= self.when
        ]
        return [(module, question) for _, module, question in sorted(cards)[:REVIEW_SIZE]]

    def visit(self, answers: int) -> list[EventRow]:
        """Reviews due first, then a lesson and a quiz attempt in the next module."""
        events = [self.answer(module, question, review=True) for module, question in self.due()]
        mastered = sum(1 for state in self.cards.values() if state.others is not None)
        module = self.modules[mastered % len(self.modules)]
        for page in range(4):
            self.when += timedelta(minutes=2)
            events.append(self.event("experienced", module, {}, {"page": page}))
        attempt = new_id(self.rng)
        events.append(self.event("attempted", module, {}, {"attempt": attempt}))
        recent: list[bool] = []
        for question in self.catalogue[module]:
            if self.answers >= answers:
                break
            events.append(self.answer(module, question, attempt=attempt))
            recent.append(json.loads(events[-1][5])["success"])
            if sum(recent[-5:]) >= 4 and self.cards[module].others is None:
                self.when += timedelta(seconds=1)
                self.cards[module].mastered(self.when)
                events.append(self.event("mastered", module, {}, {}))
                break
        else:
            events.append(self.event("completed", module, {}, {"attempt": attempt}))
        self.when += timedelta(days=self.rng.choice([3, 4]), minutes=self.rng.randrange(-60, 60))
        return events


def visits(
    learner_id: str, catalogue: dict[str, list[str]], rng: random.Random, answers: int
) -> Iterator[list[EventRow]]:
    """One learner's visits, each a list of events, until they have given `answers` answers."""
    learner = Learner(learner_id, catalogue, rng)
    while learner.answers < answers:
        yield learner.visit(answers)


def insert_events(database: Database, rows: list[EventRow]) -> None:
    with database.writing():
        database.executemany(
            "INSERT INTO events (id, learner_id, verb, module_id, object_id, result, context, timestamp,"
            " received) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT counter FROM this_pc))",
            rows,
        )
