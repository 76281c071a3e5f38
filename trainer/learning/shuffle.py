"""The order a learner sees a question's options in: shuffled for each learner and attempt, the
same each time the attempt is resumed, and kept where the order means something.

Editors tend to write the right option first, so options in file order give the answer away.
The options, a matching question's right-hand column, an ordering question's starting order and
a scenario's choices at each step are shown in an order drawn from (learner id, attempt id,
question id) alone: each id is ranked by the SHA-256 of those and itself. The same attempt gives
the same order on any PC and in any Python version; another attempt gives another order. No
random state is used, global or not.

Kept as they are: true/false (True, then False), the reliability scale (1 to 7), hotspots (no
options), and a question whose quiz.yaml says `shuffle: false`. An ordering question never
starts in its right order. Each answer event records what was shown (`recorded_order`).
"""

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from trainer.course.model import Question
from trainer.course.questions import SHUFFLED

Recorded = list[str] | dict[str, list[str]]
"""An answer event's context["order"]: ids top to bottom, or a scenario's per step."""


@dataclass(frozen=True)
class ShownOrder:
    """What a question's answer widget lists, top to bottom, by id."""

    ids: tuple[str, ...] = ()
    """The options; a matching question's right-hand column; an ordering question's starting steps."""
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A scenario's choices, per step id."""


def ranked(ids: Iterable[str], *key: str) -> tuple[str, ...]:
    """`ids` in an order that depends only on `key` and on the ids themselves."""
    seed = "\x1f".join(key)
    return tuple(sorted(ids, key=lambda item: hashlib.sha256(f"{seed}\x1f{item}".encode()).digest()))


def shown_order(question: Question, learner_id: str, attempt: str) -> ShownOrder:
    """The order `learner_id` sees `question` in during `attempt` (a quiz attempt or a review session)."""
    key = (learner_id, attempt, question.id)
    options = tuple(option.id for option in question.options)
    if question.type == "matching":
        return ShownOrder(ranked((pair.id for pair in question.pairs), *key))
    if question.type == "ordering":
        return ShownOrder(_never_right(ranked((item.id for item in question.items), *key), question))
    if question.type == "scenario":
        return ShownOrder(choices={step.id: _step_order(question, step.id, key) for step in question.steps})
    if question.type in SHUFFLED and question.shuffle:
        return ShownOrder(ranked(options, *key))
    return ShownOrder(options)


def _step_order(question: Question, step_id: str, key: tuple[str, ...]) -> tuple[str, ...]:
    choices = (choice.id for choice in question.step(step_id).choices)
    return ranked(choices, *key, step_id) if question.shuffle else tuple(choices)


def _never_right(order: tuple[str, ...], question: Question) -> tuple[str, ...]:
    """A starting order that is the answer is moved on by one step."""
    right = tuple(item.id for item in question.items)
    return order[1:] + order[:1] if order == right else order


def recorded_order(question: Question, order: ShownOrder, response: Any) -> Recorded | None:
    """What the learner was shown, for the answer event: the ids top to bottom, or for a scenario
    the choices of each step the learner reached; None for types that show no list."""
    if question.type == "scenario":
        return {step: list(order.choices[step]) for step in _steps_reached(question, response)}
    return list(order.ids) if order.ids else None


def _steps_reached(question: Question, path: Sequence[str]) -> list[str]:
    step, reached = question.steps[0], [question.steps[0].id]
    for choice_id in path:
        choice = next((c for c in step.choices if c.id == choice_id), None)
        if choice is None or choice.next is None:
            break
        step = question.step(choice.next)
        reached.append(step.id)
    return reached
