"""The list a question's answer widget shows, in the order a learner sees it (learning/shuffle.py)."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from trainer.course.model import Question

Recorded = list[str] | dict[str, list[str]]
"""An answer event's context["order"]: ids top to bottom, or a scenario's per step."""


@dataclass(frozen=True)
class ShownOrder:
    """What a question's answer widget lists, top to bottom, by id."""

    ids: tuple[str, ...] = ()
    """The options; a matching question's right-hand column; an ordering question's starting steps."""
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A scenario's choices, per step id."""


class Rank(Protocol):
    def __call__(self, ids: Iterable[str], *more: str) -> tuple[str, ...]:
        """`ids` in the order of one learner's attempt at one question (and `more`, such as a step)."""
        ...


def nothing_listed(question: Question, rank: Rank) -> ShownOrder:
    return ShownOrder()


def listed_order(question: Question, order: ShownOrder, response: Any) -> Recorded | None:
    """The ids top to bottom; None for a type that shows no list."""
    return list(order.ids) if order.ids else None
