"""What an answer event holds, the same wherever it is made (the quiz, a review, the demo): the
response as stored, whether it was right and its score, how sure the learner was, how long it
took, whether the hint was used, and the order the options were shown in."""

from collections.abc import Mapping
from typing import Any

from trainer.course.model import Question
from trainer.course.types import TYPES
from trainer.course.types.question_type import Grade
from trainer.learning.grading import stored_response

Parts = tuple[dict[str, Any], dict[str, Any]]
"""An answer event's result and context."""


def answer_parts(
    question: Question,
    response: Any,
    graded: Grade,
    where: Mapping[str, Any],
    *,
    confidence: str | None,
    duration_ms: int,
    hint_used: bool,
    order: list[str] | dict[str, list[str]] | None,
) -> Parts:
    """`where` is the attempt (or the review) the answer belongs to; `order`, what was shown where
    (learning/shuffle.py `recorded_order`)."""
    result = {
        "response": stored_response(response),
        "success": graded.correct,
        "score": graded.score,
        "confidence": confidence,
        "duration_ms": duration_ms,
    }
    context = {
        **where,
        "question": question.id,
        "type": question.type,
        "interaction_type": TYPES[question.type].interaction_type,
        "hint_used": hint_used,
        **({"order": order} if order is not None else {}),
    }
    return result, context
