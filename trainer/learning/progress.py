"""Progress, mastery and the place to continue: projections of one learner's events."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from trainer.course.model import MasteryRule, Module
from trainer.learning.events import Event, Verb


class Status(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    MASTERED = "mastered"
    DONE = "done"
    """A pre- or post-test taken to the end."""


def is_mastered(recent: Sequence[bool], rule: MasteryRule) -> bool:
    """Mastered at `correct` right answers among the last `of`."""
    return sum(recent[-rule.of :]) >= rule.correct


def status(events: Sequence[Event], test: bool = False) -> Status:
    """The status of a module (or test) from that module's events, oldest first."""
    if any(event.verb is Verb.MASTERED for event in events):
        return Status.MASTERED
    if test and any(event.verb is Verb.FINISHED_QUIZ for event in events):
        return Status.DONE
    return Status.IN_PROGRESS if events else Status.NOT_STARTED


@dataclass(frozen=True)
class QuizState:
    attempt: str | None
    """The attempt under way, or None when a new one has to start."""
    answered: frozenset[str]
    """Questions already answered in that attempt."""
    recent: tuple[bool, ...]
    """Every answer to this module's questions, right or wrong, oldest first."""

    def next_question(self, module: Module) -> str | None:
        return next((q.id for q in module.questions if q.id not in self.answered), None)


def quiz_state(events: Sequence[Event]) -> QuizState:
    attempt: str | None = None
    answered: set[str] = set()
    recent: list[bool] = []
    for event in events:
        if event.verb is Verb.STARTED_QUIZ:
            attempt, answered = event.context["attempt"], set()
        elif event.verb is Verb.ANSWERED:
            recent.append(bool(event.result.get("success")))
            if event.context.get("attempt") == attempt:
                answered.add(event.context["question"])
        elif event.verb in (Verb.FINISHED_QUIZ, Verb.MASTERED):
            attempt, answered = None, set()
    return QuizState(attempt, frozenset(answered), tuple(recent))


@dataclass(frozen=True)
class Place:
    """Where a learner left off in a module."""

    module_id: str
    in_quiz: bool
    page: int


def place_in(events: Sequence[Event]) -> Place | None:
    """Where the learner left off in one module, from its events; None once an attempt ended."""
    for event in reversed(events):
        if event.verb is Verb.READ:
            return Place(event.module_id, False, int(event.context.get("page", 0)))
        if event.verb in (Verb.STARTED_QUIZ, Verb.ANSWERED):
            return Place(event.module_id, True, 0)
        if event.verb in (Verb.FINISHED_QUIZ, Verb.MASTERED):
            return None
    return None


def last_place(events: Sequence[Event]) -> Place | None:
    """The place in the module the learner touched last, from all their events, oldest first."""
    if not events:
        return None
    module_id = events[-1].module_id
    return place_in([event for event in events if event.module_id == module_id])
