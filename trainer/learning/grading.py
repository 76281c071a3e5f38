"""One grader per question type, looked up by the question's `type`.

A response is what the learner gave: a set of option ids for the types with options, a rating
from 1 to 7 for `reliability`. Events store it as JSON (a sorted list, or a number).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from trainer.course.model import Question

RATING_SCALE = range(1, 8)
"""Reliability ratings: 1 = not reliable at all, 7 = very reliable."""


@dataclass(frozen=True)
class Grade:
    correct: bool
    score: float
    """From 0 to 1; partial credit where the question type allows it."""


Grader = Callable[[Question, Any], Grade]


def _one_choice(question: Question, response: frozenset[str]) -> Grade:
    correct = response == question.answer
    return Grade(correct, 1.0 if correct else 0.0)


def _many_choices(question: Question, response: frozenset[str]) -> Grade:
    """Each option counts: ticked when it is right, left blank when it is wrong."""
    right = sum((option.id in response) == (option.id in question.answer) for option in question.options)
    return Grade(response == question.answer, right / len(question.options))


def _reliability(question: Question, rating: int) -> Grade:
    """A true post should be rated reliable (5-7), a false one unreliable (1-3); 4 is unsure."""
    towards_truth = rating - 1 if question.post_is_true else 7 - rating
    return Grade(towards_truth >= 4, towards_truth / 6)


GRADERS: dict[str, Grader] = {
    "single": _one_choice,
    "truefalse": _one_choice,
    "share": _one_choice,
    "multiple": _many_choices,
    "technique": _many_choices,
    "reliability": _reliability,
}


def grade(question: Question, response: Any) -> Grade:
    return GRADERS[question.type](question, response)


def stored_response(response: Any) -> Any:
    """The response as JSON can hold it: sets become sorted lists."""
    return sorted(response) if isinstance(response, frozenset | set) else response
