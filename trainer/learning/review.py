"""Boosters: mastered modules come back as short reviews, scheduled with FSRS.

The schedule is a projection of answer events: rebuilt from the same events (on one PC or
merged from two) it is always the same. One card per question per learner; a card starts
when its module is mastered.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating, Scheduler

from trainer.course.model import Library, Module, Question
from trainer.learning.events import Event, Verb

FAST_MS = 15_000
"""A confident right answer faster than this is rated "easy"."""

REVIEW_SIZE = 10

_SCHEDULER = Scheduler(enable_fuzzing=False, learning_steps=(), relearning_steps=())
"""No fuzzing, so that the same events give the same schedule; no same-day steps, since
learners come to the centre once or twice a week."""


def rating(event: Event) -> Rating:
    """Wrong is "again", right after a hint "hard", fast and very sure "easy", else "good"."""
    result, context = event.result, event.context
    if not result.get("success"):
        return Rating.Again
    if context.get("hint_used"):
        return Rating.Hard
    if result.get("confidence") == "sure" and int(result.get("duration_ms", FAST_MS)) < FAST_MS:
        return Rating.Easy
    return Rating.Good


@dataclass(frozen=True)
class Due:
    module_id: str
    question_id: str
    due: datetime


def schedule(events: Iterable[Event], questions: Mapping[str, Sequence[str]]) -> dict[tuple[str, str], Card]:
    """Each (module, question) card of one learner, from their events; `questions` lists each
    module's question ids. Events are taken in (timestamp, id) order, so merging is harmless."""
    cards: dict[tuple[str, str], Card] = {}
    last_answer: dict[tuple[str, str], Event] = {}
    unique = {event.id: event for event in events}.values()
    for event in sorted(unique, key=lambda e: (e.timestamp, e.id)):
        when = datetime.fromisoformat(event.timestamp)
        if event.verb is Verb.ANSWERED and "question" in event.context:
            key = (event.module_id, event.context["question"])
            last_answer[key] = event
            if key in cards:
                cards[key], _ = _SCHEDULER.review_card(cards[key], rating(event), when)
        elif event.verb is Verb.MASTERED:
            for question_id in questions.get(event.module_id, ()):
                key = (event.module_id, question_id)
                if key not in cards:
                    start = last_answer.get(key)
                    first = rating(start) if start else Rating.Good
                    cards[key], _ = _SCHEDULER.review_card(Card(card_id=len(cards) + 1), first, when)
    return cards


def due_now(cards: Mapping[tuple[str, str], Card], now: datetime, limit: int = REVIEW_SIZE) -> list[Due]:
    """The cards due, oldest first, at most `limit` (a short session)."""
    due = [Due(module, question, card.due) for (module, question), card in cards.items() if card.due <= now]
    return sorted(due, key=lambda d: (d.due, d.module_id, d.question_id))[:limit]


def reviews_due(library: Library, events: list[Event], now: datetime) -> list[tuple[Module, Question]]:
    """The questions of mastered modules that are due again, oldest first."""
    questions = {
        module.id: [q.id for q in module.questions] for module in library.modules if module.test is None
    }
    plan = []
    for due in due_now(schedule(events, questions), now):
        module = library.module(due.module_id)
        question = module.question(due.question_id) if module else None
        if module is not None and question is not None:
            plan.append((module, question))
    return plan
