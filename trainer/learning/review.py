"""Boosters: mastered modules come back as short reviews, scheduled with FSRS.

The schedule is a projection of answer events: rebuilt from the same events (on one PC or
merged from two) it is always the same. One card per question per learner; a card starts
when its module is mastered. `ModuleCards` is the fold over one learner's events in one
module, shared by the replay here and by the stored projection (trainer/store/reviews.py).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fsrs import Card, Rating, Scheduler

from trainer.course.model import Library, Module, Question
from trainer.learning.events import Event, Verb

FAST_MS = 15_000
"""A confident right answer faster than this is rated "easy"."""

REVIEW_SIZE = 10

_SCHEDULER = Scheduler(enable_fuzzing=False, learning_steps=(), relearning_steps=())
"""No fuzzing, so that the same events give the same schedule; no same-day steps, since
learners come to the centre once or twice a week."""


def rating_of(success: Any, hint_used: Any, confidence: Any, duration_ms: Any) -> Rating:
    """Wrong is "again", right after a hint "hard", fast and very sure "easy", else "good"."""
    if not success:
        return Rating.Again
    if hint_used:
        return Rating.Hard
    if confidence == "sure" and int(FAST_MS if duration_ms is None else duration_ms) < FAST_MS:
        return Rating.Easy
    return Rating.Good


def rating(event: Event) -> Rating:
    result = event.result
    return rating_of(
        result.get("success"),
        event.context.get("hint_used"),
        result.get("confidence"),
        result.get("duration_ms"),
    )


def review(card: Card, grade: Rating, when: datetime) -> Card:
    reviewed: Card = _SCHEDULER.review_card(card, grade, when)[0]
    return reviewed


@dataclass
class ModuleCards:
    """One learner's review cards in one module, folded from its answers and mastery in
    (timestamp, id) order."""

    others: Card | None = None
    """From mastery on: the card of every question that has no card of its own yet."""
    own: dict[str, Card] = field(default_factory=dict)
    """Cards of questions answered before mastery, or reviewed since."""
    before: dict[str, Rating] = field(default_factory=dict)
    """Until mastery: the rating of each question's last answer."""

    def answered(self, question: str, grade: Rating, when: datetime) -> None:
        if self.others is None:
            self.before[question] = grade
        else:
            self.own[question] = review(self.own.get(question, self.others), grade, when)

    def mastered(self, when: datetime) -> None:
        """The first mastery starts the cards; a later one changes nothing."""
        if self.others is None:
            self.others = review(Card(card_id=1), Rating.Good, when)
            self.own = {q: review(Card(card_id=1), grade, when) for q, grade in self.before.items()}
            self.before = {}

    def card(self, question: str) -> Card | None:
        return self.own.get(question, self.others)


def module_cards(events: Iterable[Event]) -> dict[str, ModuleCards]:
    """Each module's cards of one learner, from their events, taken in (timestamp, id) order
    and each id once, so that merging is harmless."""
    modules: dict[str, ModuleCards] = {}
    unique = {event.id: event for event in events}.values()
    for event in sorted(unique, key=lambda e: (e.timestamp, e.id)):
        when = datetime.fromisoformat(event.timestamp)
        if event.verb is Verb.ANSWERED and "question" in event.context:
            modules.setdefault(event.module_id, ModuleCards()).answered(
                event.context["question"], rating(event), when
            )
        elif event.verb is Verb.MASTERED:
            modules.setdefault(event.module_id, ModuleCards()).mastered(when)
    return modules


def expand(
    modules: Mapping[str, ModuleCards], questions: Mapping[str, Sequence[str]]
) -> dict[tuple[str, str], Card]:
    """Each (module, question) card, for the questions the content has now."""
    cards = {}
    for module_id, state in modules.items():
        for question_id in questions.get(module_id, ()):
            if (card := state.card(question_id)) is not None:
                cards[module_id, question_id] = card
    return cards


def schedule(events: Iterable[Event], questions: Mapping[str, Sequence[str]]) -> dict[tuple[str, str], Card]:
    """Each (module, question) card of one learner, from their events; `questions` lists each
    module's question ids."""
    return expand(module_cards(events), questions)


@dataclass(frozen=True)
class Due:
    module_id: str
    question_id: str
    due: datetime


def due_now(cards: Mapping[tuple[str, str], Card], now: datetime, limit: int = REVIEW_SIZE) -> list[Due]:
    """The cards due, oldest first, at most `limit` (a short session)."""
    due = [Due(module, question, card.due) for (module, question), card in cards.items() if card.due <= now]
    return sorted(due, key=lambda d: (d.due, d.module_id, d.question_id))[:limit]


def review_questions(library: Library) -> dict[str, list[str]]:
    """The question ids of each module that can come back as a review (tests never do)."""
    return {module.id: [q.id for q in module.questions] for module in library.modules if module.test is None}


def reviews_due(library: Library, events: list[Event], now: datetime) -> list[tuple[Module, Question]]:
    """The questions of mastered modules that are due again, oldest first."""
    plan = []
    for due in due_now(schedule(events, review_questions(library)), now):
        module = library.module(due.module_id)
        question = module.question(due.question_id) if module else None
        if module is not None and question is not None:
            plan.append((module, question))
    return plan
