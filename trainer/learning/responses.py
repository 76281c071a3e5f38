"""A stored response in words, for facilitators' tables and reports."""

import json
from collections.abc import Mapping
from typing import Any

from trainer.course.model import Question
from trainer.course.types import TYPES
from trainer.course.types.words import Words

OPTION_NAMES = {option: name for kind in TYPES.values() for option, name in kind.named_options.items()}
"""What the quiz screen calls the options an editor may leave without text, in English; the
screen (ui/answers/choices.py, context ChoicesAnswer) and the reports translate them."""


def raw_response(response: object) -> str:
    """The response as stored: text as it is, anything else as JSON."""
    return response if isinstance(response, str) else json.dumps(response, ensure_ascii=False)


def describe(
    question: Question | None, response: Any, lang: str, option_names: Mapping[str, str] = OPTION_NAMES
) -> str:
    """The learner's response with option, step and choice ids replaced by their text; options
    without text by `option_names`; a response to an unknown question as stored."""
    if question is None:
        return raw_response(response)
    return TYPES[question.type].describe(response, Words(question, lang, option_names))
