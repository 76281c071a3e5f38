"""The order a learner sees a question's options in: shuffled for each learner and attempt, the
same each time the attempt is resumed, and kept where the order means something.

Editors tend to write the right option first, so options in file order give the answer away.
The options, a matching question's right-hand column, an ordering question's starting order and
a scenario's choices at each step are shown in an order drawn from (learner id, attempt id,
question id) alone: each id is ranked by the SHA-256 of those and itself. The same attempt gives
the same order on any PC and in any Python version; another attempt gives another order. No
random state is used, global or not.

Each question type says what it lists and whether it is shuffled (`shown_order` in
trainer/course/types/): true/false (True, then False), the reliability scale (1 to 7) and
hotspots (no options) are kept as they are, and so is a question whose quiz.yaml says
`shuffle: false`. An ordering question never starts in its right order. Each answer event
records what was shown (`recorded_order`).
"""

import hashlib
from collections.abc import Iterable
from typing import Any

from trainer.course.model import Question
from trainer.course.types import TYPES
from trainer.course.types.order import Recorded, ShownOrder


def ranked(ids: Iterable[str], *key: str) -> tuple[str, ...]:
    """`ids` in an order that depends only on `key` and on the ids themselves."""
    seed = "\x1f".join(key)
    return tuple(sorted(ids, key=lambda item: hashlib.sha256(f"{seed}\x1f{item}".encode()).digest()))


def shown_order(question: Question, learner_id: str, attempt: str) -> ShownOrder:
    """The order `learner_id` sees `question` in during `attempt` (a quiz attempt or a review session)."""

    def rank(ids: Iterable[str], *more: str) -> tuple[str, ...]:
        return ranked(ids, learner_id, attempt, question.id, *more)

    return TYPES[question.type].shown_order(question, rank)


def recorded_order(question: Question, order: ShownOrder, response: Any) -> Recorded | None:
    """What the learner was shown, for the answer event: the ids top to bottom, or for a scenario
    the choices of each step the learner reached; None for types that show no list."""
    return TYPES[question.type].recorded_order(question, order, response)
