"""`ordering`: the learner moves steps up and down into the right order."""

from dataclasses import replace
from pathlib import Path
from random import Random
from typing import Any

from trainer.course.fields import Fields, normalise_id
from trainer.course.model import Item, Question
from trainer.course.types.entries import entries
from trainer.course.types.order import Rank, ShownOrder
from trainer.course.types.question_type import Grade, QuestionType
from trainer.course.types.words import Words
from trainer.course.types.xapi import LIST, component, joined


def _read(fields: Fields, question: Question, folder: Path) -> Question:
    items = entries(fields, "steps", 3)
    return replace(
        question,
        items=tuple(Item(normalise_id(entry["id"]), sub.text("text")) for entry, sub in items),
        explanation=fields.text("explanation"),
    )


def _grade(question: Question, order: list[str]) -> Grade:
    """Exact order is right; partial credit for each step in its place."""
    in_place = sum(given == item.id for given, item in zip(order, question.items, strict=False))
    return Grade(in_place == len(question.items), in_place / len(question.items))


def _describe(order: Any, words: Words) -> str:
    return words.listed(order, " → ")


def _shown(question: Question, rank: Rank) -> ShownOrder:
    """Shuffled, and never in the right order: that one is moved on by one step."""
    order = rank(item.id for item in question.items)
    right = tuple(item.id for item in question.items)
    return ShownOrder(order[1:] + order[:1] if order == right else order)


def _definition(question: Question) -> dict[str, Any]:
    return {
        "choices": [component(item.id, item.text) for item in question.items],
        "correctResponsesPattern": [LIST.join(item.id for item in question.items)],
    }


def _right(question: Question, rng: Random) -> list[str]:
    return [item.id for item in question.items]


def _wrong(question: Question, rng: Random) -> list[str]:
    """Two neighbouring steps swapped."""
    order = _right(question, rng)
    at = rng.randrange(len(order) - 1)
    order[at], order[at + 1] = order[at + 1], order[at]
    return order


TYPE = QuestionType(
    name="ordering",
    read=_read,
    grade=_grade,
    describe=_describe,
    shown_order=_shown,
    fixed_order="its steps always start shuffled, never in the right order",
    interaction_type="sequencing",
    xapi_definition=_definition,
    xapi_response=joined,
    right_answer=_right,
    wrong_answer=_wrong,
    seconds_to_answer=50,
)
