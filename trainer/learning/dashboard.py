"""Who is stuck, and on what: the facilitator's grid of learners by modules, and the
questions a module's learners find hardest."""

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from trainer.course.model import Module
from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status

WRONG_IN_A_ROW = 3
"""This many wrong answers since the last right one flags a learner as needing help."""
INACTIVE_DAYS = 14


class Counts(Protocol):
    """One learner's counts in one module (store.overview.Activity, which is frozen)."""

    @property
    def learner_id(self) -> str: ...
    @property
    def module_id(self) -> str: ...
    @property
    def answers(self) -> int: ...
    @property
    def right(self) -> int: ...
    @property
    def mastered(self) -> bool: ...
    @property
    def finished(self) -> bool: ...
    @property
    def last(self) -> str: ...


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


def cell(counts: Counts | None, module: Module) -> Cell:
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
    counts: Iterable[Counts],
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
    """How often each wrong response was given, as stored (JSON text of the response)."""

    @property
    def share_wrong(self) -> float:
        return self.wrong / self.answers if self.answers else 0.0

    @property
    def most_chosen_wrong(self) -> tuple[str, int] | None:
        common = self.wrong_responses.most_common(1)
        return common[0] if common else None


def _key(response: Any) -> str:
    return response if isinstance(response, str) else json.dumps(response, ensure_ascii=False)


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
