"""`matching`: the learner chooses, for each item on the left, its partner on the right."""

from dataclasses import replace
from pathlib import Path
from random import Random
from typing import Any

from trainer.course.fields import Fields, normalise_id
from trainer.course.model import Pair, Question, pick
from trainer.course.types.entries import entries
from trainer.course.types.order import Rank, ShownOrder
from trainer.course.types.question_type import Grade, QuestionType
from trainer.course.types.words import Words
from trainer.course.types.xapi import LIST, PAIR, component


def _read(fields: Fields, question: Question, folder: Path) -> Question:
    pairs = entries(fields, "pairs", 2)
    return replace(
        question,
        pairs=tuple(Pair(normalise_id(e["id"]), sub.text("left"), sub.text("right")) for e, sub in pairs),
        explanation=fields.text("explanation"),
    )


def _grade(question: Question, chosen: dict[str, str]) -> Grade:
    """`chosen` maps each left item (pair id) to the pair id of the right item picked for it."""
    right = sum(chosen.get(pair.id) == pair.id for pair in question.pairs)
    return Grade(right == len(question.pairs), right / len(question.pairs))


def _describe(chosen: Any, words: Words) -> str:
    if not isinstance(chosen, dict):
        return words.listed(chosen)
    pairs = {p.id: (p.left, p.right) for p in words.question.pairs}
    return "; ".join(
        f"{pick(pairs[left][0], words.language)} → {pick(pairs[right][1], words.language)}"
        if left in pairs and right in pairs
        else f"{left} → {right}"
        for left, right in chosen.items()
    )


def _shown(question: Question, rank: Rank) -> ShownOrder:
    """The right-hand column, always shuffled: in the file's order each partner would sit beside its item."""
    return ShownOrder(rank(pair.id for pair in question.pairs))


def _definition(question: Question) -> dict[str, Any]:
    return {
        "source": [component(pair.id, pair.left) for pair in question.pairs],
        "target": [component(pair.id, pair.right) for pair in question.pairs],
        "correctResponsesPattern": [LIST.join(f"{p.id}{PAIR}{p.id}" for p in question.pairs)],
    }


def _response(chosen: Any, question: Question | None) -> str:
    return LIST.join(f"{left}{PAIR}{right}" for left, right in chosen.items())


def _right(question: Question, rng: Random) -> dict[str, str]:
    return {pair.id: pair.id for pair in question.pairs}


def _wrong(question: Question, rng: Random) -> dict[str, str]:
    """Two partners swapped."""
    ids = [pair.id for pair in question.pairs]
    first, second = rng.sample(ids, 2)
    chosen = {pair_id: pair_id for pair_id in ids}
    chosen[first], chosen[second] = second, first
    return chosen


TYPE = QuestionType(
    name="matching",
    read=_read,
    grade=_grade,
    describe=_describe,
    shown_order=_shown,
    fixed_order="its right-hand column is always shuffled",
    interaction_type="matching",
    xapi_definition=_definition,
    xapi_response=_response,
    right_answer=_right,
    wrong_answer=_wrong,
    seconds_to_answer=60,
)
