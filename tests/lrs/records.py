"""Learners' records for the LRS tests, in the shapes the quiz and lesson screens record."""

import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from trainer.course.loader import load_library
from trainer.course.model import Library, Module, Question, Step
from trainer.course.types import TYPES
from trainer.learning.events import Event, Verb
from trainer.learning.grading import grade, stored_response
from trainer.learning.shuffle import recorded_order, shown_order
from trainer.store.database import Database

from ..conftest import FIXTURE_CONTENT, TYPES_CONTENT

LIBRARY: Library = load_library([FIXTURE_CONTENT, TYPES_CONTENT])
START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def right_response(question: Question) -> Any:
    if question.options:
        return frozenset(question.answer)
    if question.type == "reliability":
        return 7 if question.post_is_true else 1
    if question.type == "ordering":
        return [item.id for item in question.items]
    if question.type == "matching":
        return {pair.id: pair.id for pair in question.pairs}
    if question.type == "hotspot":
        return [[r.x + r.width / 2, r.y + r.height / 2] for r in question.regions]
    return _path_to(question, "good")


def wrong_response(question: Question) -> Any:
    if question.options:
        return frozenset(o.id for o in question.options if o.id not in question.answer)
    if question.type == "reliability":
        return 4
    if question.type == "ordering":
        return [item.id for item in reversed(question.items)]
    if question.type == "matching":
        ids = [pair.id for pair in question.pairs]
        return dict(zip(ids, ids[1:] + ids[:1], strict=True))
    if question.type == "hotspot":
        first = question.regions[0]
        return [[first.x + 1, first.y + 1], [-5.0, -5.0]]
    return _path_to(question, "harmful")


def _path_to(question: Question, ending: str) -> list[str]:
    def walk(step: Step, path: list[str]) -> Iterator[list[str]]:
        for choice in step.choices:
            if choice.next:
                yield from walk(question.step(choice.next), [*path, choice.id])
            elif choice.ending == ending:
                yield [*path, choice.id]

    return next(walk(question.steps[0], []))


class Learner:
    """Makes one learner's events, a minute apart, as the app records them."""

    def __init__(self, learner_id: str | None = None) -> None:
        self.id = learner_id or str(uuid.uuid4())
        self.clock = START
        self.attempt: str | None = None

    def event(self, verb: Verb, module: Module, **fields: Any) -> Event:
        self.clock += timedelta(minutes=1)
        return Event(
            self.id, verb, module.id, timestamp=self.clock.isoformat(timespec="microseconds"), **fields
        )

    def read(self, module: Module, page: int) -> Event:
        return self.event(Verb.READ, module, context={"page": page})

    def start_quiz(self, module: Module) -> Event:
        self.attempt = str(uuid.uuid4())
        return self.event(Verb.STARTED_QUIZ, module, context={"attempt": self.attempt})

    def answer(self, module: Module, question: Question, response: Any, review: bool = False) -> Event:
        graded = grade(question, response)
        result = {
            "response": stored_response(response),
            "success": graded.correct,
            "score": graded.score,
            "confidence": "sure" if module.confidence else None,
            "duration_ms": 12_345,
        }
        context = {
            **({"review": True} if review else {"attempt": self.attempt}),
            "question": question.id,
            "type": question.type,
            "interaction_type": TYPES[question.type].interaction_type,
            "hint_used": question.hint is not None,
        }
        order = recorded_order(question, shown_order(question, self.id, str(self.attempt)), response)
        if order is not None:
            context["order"] = order
        return self.event(Verb.ANSWERED, module, result=result, context=context)

    def finish_quiz(self, module: Module) -> Event:
        return self.event(Verb.FINISHED_QUIZ, module, context={"attempt": self.attempt})

    def master(self, module: Module) -> Event:
        return self.event(Verb.MASTERED, module, result={"rule": str(module.mastery)})

    def everything(self) -> list[Event]:
        """Every kind of event, over every module and every question, answered right and wrong."""
        events: list[Event] = []
        for module in LIBRARY.modules:
            events += [self.read(module, page) for page in range(len(module.lesson.in_language("en")))]
            events.append(self.start_quiz(module))
            for question in module.questions:
                events.append(self.answer(module, question, wrong_response(question)))
                events.append(self.answer(module, question, right_response(question)))
            if module.test:
                events.append(self.finish_quiz(module))
                continue
            first = module.questions[0]
            events.append(self.master(module))
            events.append(self.answer(module, first, right_response(first), review=True))
            events.append(self.start_quiz(module))
            events.append(self.answer(module, first, wrong_response(first)))
            events.append(self.finish_quiz(module))
        return events


def insert_events(database: Database, events: Iterable[Event]) -> None:
    """Many events in one transaction, as store.events.record writes each, without the
    dashboard's counts and review cards (the LRS benchmarks time only what the LRS needs)."""
    with database.writing():
        database.table("events").insert_all(
            {
                **e.__dict__,
                "verb": e.verb.value,
                "object_id": e.object_id,
                "result": json.dumps(e.result, ensure_ascii=False),
                "context": json.dumps(e.context, ensure_ascii=False),
            }
            for e in events
        )
