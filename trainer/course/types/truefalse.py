"""`truefalse`: the learner picks True or False, always in that order."""

from typing import Any

from trainer.course.model import Question
from trainer.course.types.choices import choice_type, exactly

OPTIONS = {"true": "True", "false": "False"}


def _definition(question: Question) -> dict[str, Any]:
    return {"correctResponsesPattern": sorted(question.answer)}


TYPE = choice_type(
    "truefalse",
    many=False,
    seconds=15,
    named=OPTIONS,
    check_options=exactly(OPTIONS),
    fixed_order="True always comes before False",
    interaction_type="true-false",
    xapi_definition=_definition,
)
