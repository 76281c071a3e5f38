"""Each question type as an xAPI `cmi.interaction`: its definition, built from the loaded
question, and the learner's stored response in the string form xAPI gives that type.

Hotspot and scenario questions are interaction type `other`: a hotspot response names the red
flags found (in the question's order) and one `outside` per tap that missed them all; a
scenario response is the learner's path of choice ids.
"""

from collections.abc import Iterator
from typing import Any

from trainer.course.model import Question, Step, Text
from trainer.learning.grading import INTERACTION_TYPES, RATING_SCALE, grade

LIST = "[,]"
PAIR = "[.]"
OUTSIDE = "outside"


def language_map(text: Text | None) -> dict[str, str]:
    """A text as an xAPI language map; languages with no text are left out."""
    return {language: value for language, value in (text or {}).items() if value.strip()}


def _component(component_id: str, text: Text | None = None) -> dict[str, Any]:
    description = language_map(text)
    return {"id": component_id, "description": description} if description else {"id": component_id}


def interaction_definition(question: Question) -> dict[str, Any]:
    """interactionType, the parts to choose from, and correctResponsesPattern."""
    kind = INTERACTION_TYPES[question.type]
    definition: dict[str, Any] = {"interactionType": kind}
    if kind == "choice":
        definition["choices"] = [_component(option.id, option.text) for option in question.options]
        definition["correctResponsesPattern"] = [LIST.join(sorted(question.answer))]
    elif kind == "true-false":
        definition["correctResponsesPattern"] = sorted(question.answer)
    elif kind == "likert":
        definition["scale"] = [_component(str(rating)) for rating in RATING_SCALE]
        right_ratings = [rating for rating in RATING_SCALE if grade(question, rating).correct]
        definition["correctResponsesPattern"] = [str(rating) for rating in right_ratings]
    elif kind == "sequencing":
        definition["choices"] = [_component(item.id, item.text) for item in question.items]
        definition["correctResponsesPattern"] = [LIST.join(item.id for item in question.items)]
    elif kind == "matching":
        definition["source"] = [_component(pair.id, pair.left) for pair in question.pairs]
        definition["target"] = [_component(pair.id, pair.right) for pair in question.pairs]
        definition["correctResponsesPattern"] = [LIST.join(f"{p.id}{PAIR}{p.id}" for p in question.pairs)]
    elif question.type == "hotspot":
        definition["correctResponsesPattern"] = [LIST.join(region.id for region in question.regions)]
    elif question.type == "scenario":
        definition["correctResponsesPattern"] = [LIST.join(path) for path in _good_paths(question)]
    return definition


def _good_paths(question: Question) -> Iterator[list[str]]:
    """Every path of choices through a scenario that ends well (the loader refuses loops)."""

    def walk(step: Step, path: list[str]) -> Iterator[list[str]]:
        for choice in step.choices:
            if choice.next is not None:
                yield from walk(question.step(choice.next), [*path, choice.id])
            elif choice.ending == "good":
                yield [*path, choice.id]

    return walk(question.steps[0], [])


def response_text(question_type: str, response: Any, question: Question | None) -> str | None:
    """The stored response as xAPI writes it for the type; None where it cannot be said."""
    if question_type == "reliability":
        return str(response)
    if question_type == "matching":
        return LIST.join(f"{left}{PAIR}{right}" for left, right in response.items())
    if question_type == "hotspot":
        return _hotspot_response(question, response) if question is not None else None
    return LIST.join(str(part) for part in response) or None


def _hotspot_response(question: Question, taps: list[list[float]]) -> str:
    found = [r.id for r in question.regions if any(r.contains(x, y) for x, y in taps)]
    missed = sum(not any(r.contains(x, y) for r in question.regions) for x, y in taps)
    return LIST.join([*found, *[OUTSIDE] * missed])
