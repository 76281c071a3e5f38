"""`reliability`: the learner rates a post from 1 (not reliable at all) to 7 (very reliable)."""

from dataclasses import replace
from pathlib import Path
from random import Random
from typing import Any

from trainer.course.fields import Fields
from trainer.course.model import Question, local_digits
from trainer.course.types.order import nothing_listed
from trainer.course.types.question_type import Grade, QuestionType
from trainer.course.types.words import Words
from trainer.course.types.xapi import component

RATING_SCALE = range(1, 8)


def _read(fields: Fields, question: Question, folder: Path) -> Question:
    if question.image is None and "post" not in fields.data:
        fields.wrong("type", "a reliability question shows a post: give 'image' or 'post' text")
    post_is = fields.data.get("post_is")
    if not isinstance(post_is, bool):
        fields.wrong("post_is", "'post_is' must be true or false: is the post accurate?")
    return replace(
        question,
        post=fields.optional_text("post"),
        post_is_true=bool(post_is),
        explanation=fields.text("explanation"),
    )


def _grade(question: Question, rating: int) -> Grade:
    """A true post should be rated reliable (5-7), a false one unreliable (1-3); 4 is unsure."""
    towards_truth = rating - 1 if question.post_is_true else 7 - rating
    return Grade(towards_truth >= 4, towards_truth / 6)


def _describe(rating: Any, words: Words) -> str:
    return local_digits(f"{rating} / 7", words.language)


def _definition(question: Question) -> dict[str, Any]:
    right_ratings = [rating for rating in RATING_SCALE if _grade(question, rating).correct]
    return {
        "scale": [component(str(rating)) for rating in RATING_SCALE],
        "correctResponsesPattern": [str(rating) for rating in right_ratings],
    }


def _response(rating: Any, question: Question | None) -> str:
    return str(rating)


def _right(question: Question, rng: Random) -> int:
    return rng.randint(5, 7) if question.post_is_true else rng.randint(1, 3)


def _wrong(question: Question, rng: Random) -> int:
    return rng.randint(1, 4) if question.post_is_true else rng.randint(4, 7)


TYPE = QuestionType(
    name="reliability",
    read=_read,
    grade=_grade,
    describe=_describe,
    shown_order=nothing_listed,
    fixed_order="the scale always runs from 1 to 7",
    interaction_type="likert",
    xapi_definition=_definition,
    xapi_response=_response,
    right_answer=_right,
    wrong_answer=_wrong,
    seconds_to_answer=20,
    measures_discernment=True,
)
