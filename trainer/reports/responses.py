"""A learner's response in words, as stored in an answer event (see learning.grading)."""

import json
from typing import Any

from trainer.course.model import Question, Text, pick


def _texts(found: dict[str, Text], ids: list[Any], language: str) -> list[str]:
    return [(pick(found[i], language) if i in found else "") or str(i) for i in ids]


def response_text(question: Question | None, response: Any, language: str) -> str:
    """The options, steps, pairs or choices the learner gave, in the language; a rating as its
    number; taps on a picture as their count; anything unknown as its JSON."""
    if question is None:
        return response if isinstance(response, str) else json.dumps(response, ensure_ascii=False)
    if question.type == "reliability":
        return str(response)
    if question.type == "hotspot" and isinstance(response, list):
        return str(len(response))
    if question.type == "matching" and isinstance(response, dict):
        pairs = {pair.id: pair for pair in question.pairs}
        return "; ".join(
            f"{pick(pairs[left].left, language)} = {pick(pairs[right].right, language)}"
            for left, right in response.items()
            if left in pairs and right in pairs
        )
    if isinstance(response, list):
        if question.type == "ordering":
            return " > ".join(_texts({item.id: item.text for item in question.items}, response, language))
        if question.type == "scenario":
            choices = {choice.id: choice.text for step in question.steps for choice in step.choices}
            return " > ".join(_texts(choices, response, language))
        return "; ".join(_texts({o.id: o.text for o in question.options}, response, language))
    return response_text(None, response, language)
