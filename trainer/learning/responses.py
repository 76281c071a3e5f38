"""A stored response in words, for facilitators' tables and reports."""

import json
from collections.abc import Mapping
from typing import Any

from trainer.course.model import Question, Text, local_digits, pick

OPTION_NAMES = {
    "true": "True",
    "false": "False",
    "share": "Share it",
    "dont-share": "Don't share it",
    "check-first": "Check it first",
    "impersonation": "Impersonation: pretending to be someone trusted",
    "emotion": "Emotion: making you scared or angry",
    "polarisation": "Polarisation: turning groups against each other",
    "conspiracy": "Conspiracy: a secret plot behind the news",
    "discrediting": "Discrediting: attacking the people who check facts",
    "trolling": "Trolling: provoking people to react",
    "fake-followers": "Fake followers: making it look popular",
}
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
    names: dict[str, Text] = {o.id: o.text for o in question.options}
    names |= {i.id: i.text for i in question.items}
    names |= {c.id: c.text for s in question.steps for c in s.choices}
    pairs = {p.id: (p.left, p.right) for p in question.pairs}

    def name(key: Any) -> str:
        text = pick(names[key], lang) if key in names else ""
        return text or option_names.get(str(key).lower(), str(key))

    if question.type == "reliability":
        return local_digits(f"{response} / 7", lang)
    if question.type == "matching" and isinstance(response, dict):
        return "; ".join(
            f"{pick(pairs[left][0], lang)} → {pick(pairs[right][1], lang)}"
            if left in pairs and right in pairs
            else f"{left} → {right}"
            for left, right in response.items()
        )
    if question.type == "hotspot" and isinstance(response, list):
        return local_digits("; ".join(f"({x:.0f}, {y:.0f})" for x, y in response), lang)
    if isinstance(response, list):
        joiner = " → " if question.type in ("ordering", "scenario") else "; "
        return joiner.join(map(name, response))
    return name(response)
