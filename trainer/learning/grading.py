"""Grading a learner's response: each question type grades its own (trainer/course/types/)."""

from typing import Any

from trainer.course.model import Question
from trainer.course.types import TYPES
from trainer.course.types.question_type import Grade


def grade(question: Question, response: Any) -> Grade:
    return TYPES[question.type].grade(question, response)


def stored_response(response: Any) -> Any:
    """The response as JSON can hold it: sets become sorted lists."""
    return sorted(response) if isinstance(response, frozenset | set) else response
