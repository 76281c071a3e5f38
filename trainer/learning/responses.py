"""A stored response in words, for facilitators' tables and reports."""

from typing import Any

from trainer.course.model import Question, Text, pick


def describe(question: Question | None, response: Any, lang: str) -> str:
    """The learner's response with option, step and choice ids replaced by their text."""
    if question is None:
        return str(response)
    names: dict[str, Text] = {o.id: o.text for o in question.options}
    names |= {i.id: i.text for i in question.items}
    names |= {c.id: c.text for s in question.steps for c in s.choices}
    pairs = {p.id: (p.left, p.right) for p in question.pairs}

    def name(key: Any) -> str:
        return pick(names[key], lang) if key in names else str(key)

    if question.type == "reliability":
        return f"{response} / 7"
    if question.type == "matching" and isinstance(response, dict):
        return "; ".join(
            f"{pick(pairs[left][0], lang)} → {pick(pairs[right][1], lang)}"
            if left in pairs and right in pairs
            else f"{left} → {right}"
            for left, right in response.items()
        )
    if question.type == "hotspot" and isinstance(response, list):
        return "; ".join(f"({x:.0f}, {y:.0f})" for x, y in response)
    if isinstance(response, list):
        joiner = " → " if question.type in ("ordering", "scenario") else "; "
        return joiner.join(map(name, response))
    return name(response)
