"""One grader per question type, looked up by the question's `type`.

A response is what the learner gave: a set of option ids for the types with options, a rating
from 1 to 7 for `reliability`, a list of step ids for `ordering`, a mapping of left to right
ids for `matching`, and a list of [x, y] taps in the picture's units for `hotspot`.
Events store it as JSON.
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


def _ordering(question: Question, order: list[str]) -> Grade:
    """Exact order is right; partial credit for each step in its place."""
    in_place = sum(given == item.id for given, item in zip(order, question.items, strict=False))
    return Grade(in_place == len(question.items), in_place / len(question.items))


def _matching(question: Question, chosen: dict[str, str]) -> Grade:
    """`chosen` maps each left item (pair id) to the pair id of the right item picked for it."""
    right = sum(chosen.get(pair.id) == pair.id for pair in question.pairs)
    return Grade(right == len(question.pairs), right / len(question.pairs))


def _hotspot(question: Question, taps: list[list[float]]) -> Grade:
    """Each red flag found counts; each tap outside every flag counts against."""
    found = {r.id for r in question.regions for x, y in taps if r.contains(x, y)}
    misses = sum(not any(r.contains(x, y) for r in question.regions) for x, y in taps)
    return Grade(
        len(found) == len(question.regions) and misses == 0, len(found) / (len(question.regions) + misses)
    )


ENDING_SCORES = {"good": 1.0, "risky": 0.5, "harmful": 0.0}


def _scenario(question: Question, path: list[str]) -> Grade:
    """Graded by where the learner's path through the story ends."""
    score = ENDING_SCORES.get(scenario_ending(question, path) or "", 0.0)
    return Grade(score == 1.0, score)


def scenario_ending(question: Question, path: list[str]) -> str | None:
    """Where a path through a scenario ends: good, risky or harmful (None if it has not ended)."""
    step = question.steps[0]
    for choice_id in path:
        choice = next(c for c in step.choices if c.id == choice_id)
        if choice.next is None:
            return choice.ending
        step = question.step(choice.next)
    return None


GRADERS: dict[str, Grader] = {
    "single": _one_choice,
    "truefalse": _one_choice,
    "share": _one_choice,
    "multiple": _many_choices,
    "technique": _many_choices,
    "reliability": _reliability,
    "ordering": _ordering,
    "matching": _matching,
    "hotspot": _hotspot,
    "scenario": _scenario,
}


INTERACTION_TYPES = {
    "single": "choice",
    "multiple": "choice",
    "share": "choice",
    "technique": "choice",
    "truefalse": "true-false",
    "reliability": "likert",
    "ordering": "sequencing",
    "matching": "matching",
    "hotspot": "other",
    "scenario": "other",
}
"""The xAPI cmi.interaction type of each question type, for sending answers to an LRS."""


def grade(question: Question, response: Any) -> Grade:
    return GRADERS[question.type](question, response)


def stored_response(response: Any) -> Any:
    """The response as JSON can hold it: sets become sorted lists."""
    return sorted(response) if isinstance(response, frozenset | set) else response
