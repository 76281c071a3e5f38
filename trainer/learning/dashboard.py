"""Who is stuck, and on what: the facilitator's grid of learners by modules, and the
questions a module's learners find hardest."""

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from trainer.course.model import Module
from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status

WRONG_IN_A_ROW = 3
"""This many wrong answers since the last right one flags a learner as needing help."""
INACTIVE_DAYS = 14


@dataclass(frozen=True)
class Activity:
    """One learner's activity in one module."""

    learner_id: str
    module_id: str
    events: int = 0
    answers: int = 0
    right: int = 0
    mastered: bool = False
    finished: bool = False
    """A quiz attempt (or test) was taken to the end."""
    last: str = ""
    """The time of the latest event, ISO 8601 in UTC."""


def is_right(event: Event) -> bool:
    """An answer whose result says success: true."""
    return event.verb is Verb.ANSWERED and event.result.get("success") is True


def updated(activity: Activity, event: Event) -> Activity:
    answered = event.verb is Verb.ANSWERED
    return replace(
        activity,
        events=activity.events + 1,
        answers=activity.answers + answered,
        right=activity.right + is_right(event),
        mastered=activity.mastered or event.verb is Verb.MASTERED,
        finished=activity.finished or event.verb in (Verb.FINISHED_QUIZ, Verb.MASTERED),
        last=max(activity.last, event.timestamp),
    )


def wrong_after(wrong_in_a_row: int, event: Event) -> int:
    if event.verb is not Verb.ANSWERED:
        return wrong_in_a_row
    return 0 if is_right(event) else wrong_in_a_row + 1


class Help(StrEnum):
    WRONG_IN_A_ROW = "wrong-in-a-row"
    INACTIVE = "inactive"


@dataclass(frozen=True)
class Cell:
    status: Status
    answers: int = 0
    right: int = 0


@dataclass(frozen=True)
class Row:
    learner_id: str
    cells: dict[str, Cell]
    last_active: datetime | None
    needs_help: tuple[Help, ...] = ()


def cell(counts: Activity | None, module: Module) -> Cell:
    if counts is None:
        return Cell(Status.NOT_STARTED)
    if counts.mastered:
        state = Status.MASTERED
    elif module.test is not None and counts.finished:
        state = Status.DONE
    else:
        state = Status.IN_PROGRESS
    return Cell(state, counts.answers, counts.right)


def grid(
    learner_ids: Sequence[str],
    modules: Sequence[Module],
    counts: Iterable[Activity],
    wrong_in_a_row: dict[str, int],
    now: datetime,
) -> list[Row]:
    """One row per learner, in the given order, with a cell per module."""
    by_key = {(c.learner_id, c.module_id): c for c in counts}
    last: dict[str, str] = {}
    for c in by_key.values():
        last[c.learner_id] = max(last.get(c.learner_id, ""), c.last)
    rows = []
    for learner_id in learner_ids:
        active = datetime.fromisoformat(last[learner_id]) if learner_id in last else None
        flags = []
        if wrong_in_a_row.get(learner_id, 0) >= WRONG_IN_A_ROW:
            flags.append(Help.WRONG_IN_A_ROW)
        if active is None or now - active > timedelta(days=INACTIVE_DAYS):
            flags.append(Help.INACTIVE)
        cells = {m.id: cell(by_key.get((learner_id, m.id)), m) for m in modules}
        rows.append(Row(learner_id, cells, active, tuple(flags)))
    return rows


@dataclass(frozen=True)
class Difficulty:
    """How a module's learners did on one of its questions."""

    question_id: str
    answers: int
    wrong: int
    wrong_responses: Counter[str] = field(default_factory=Counter)
    """How often each wrong response was given, keyed by the response as JSON text."""

    @property
    def share_wrong(self) -> float:
        return self.wrong / self.answers if self.answers else 0.0

    @property
    def most_chosen_wrong(self) -> tuple[Any, int] | None:
        """The wrong response given most often, and how often."""
        common = self.wrong_responses.most_common(1)
        return (json.loads(common[0][0]), common[0][1]) if common else None


def _key(response: Any) -> str:
    return json.dumps(response, ensure_ascii=False, sort_keys=True)


def difficult_questions(module: Module, answers: Iterable[Event]) -> list[Difficulty]:
    """The module's questions, the most often answered wrong first."""
    totals: Counter[str] = Counter()
    wrong: dict[str, Counter[str]] = {q.id: Counter() for q in module.questions}
    for event in answers:
        question = event.context.get("question")
        if event.verb is not Verb.ANSWERED or question not in wrong:
            continue
        totals[question] += 1
        if not event.result.get("success"):
            wrong[question][_key(event.result.get("response"))] += 1
    found = [Difficulty(q, totals[q], sum(wrong[q].values()), wrong[q]) for q in wrong if totals[q]]
    return sorted(found, key=lambda d: (-d.share_wrong, -d.answers, d.question_id))


FADING_DAYS = 14
FADING_DROP = 0.15
"""A module fades when its review answers of the last two weeks are right this much less often
than before (as a share), with at least FADING_MIN answers in each period."""
FADING_MIN = 5


@dataclass(frozen=True)
class Fading:
    module_id: str
    before: float
    """Share of review answers right before the last two weeks."""
    recent: float


def fading_modules(answers: Iterable[Event], now: datetime) -> list[Fading]:
    """The modules whose review answers are getting worse, the steepest drop first."""
    since = now - timedelta(days=FADING_DAYS)
    periods: dict[str, tuple[list[bool], list[bool]]] = {}
    for event in answers:
        if event.verb is Verb.ANSWERED and event.context.get("review"):
            before, recent = periods.setdefault(event.module_id, ([], []))
            (recent if datetime.fromisoformat(event.timestamp) >= since else before).append(
                bool(event.result.get("success"))
            )
    found = [
        Fading(module, sum(before) / len(before), sum(recent) / len(recent))
        for module, (before, recent) in periods.items()
        if len(before) >= FADING_MIN and len(recent) >= FADING_MIN
    ]
    return sorted((f for f in found if f.before - f.recent >= FADING_DROP), key=lambda f: f.recent - f.before)
