"""One grader per question type, looked up by the question's `type`."""

from collections.abc import Callable
from dataclasses import dataclass

from trainer.course.model import Question


@dataclass(frozen=True)
class Grade:
    correct: bool
    score: float
    """From 0 to 1; partial credit where the question type allows it."""


Grader = Callable[[Question, frozenset[str]], Grade]


def _one_choice(question: Question, response: frozenset[str]) -> Grade:
    correct = response == question.answer
    return Grade(correct, 1.0 if correct else 0.0)


def _many_choices(question: Question, response: frozenset[str]) -> Grade:
    """Each option counts: ticked when it is right, left blank when it is wrong."""
    right = sum((option.id in response) == (option.id in question.answer) for option in question.options)
    return Grade(response == question.answer, right / len(question.options))


GRADERS: dict[str, Grader] = {
    "single": _one_choice,
    "truefalse": _one_choice,
    "multiple": _many_choices,
}


def grade(question: Question, response: frozenset[str]) -> Grade:
    return GRADERS[question.type](question, response)
