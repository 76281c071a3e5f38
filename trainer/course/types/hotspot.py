"""`hotspot`: the learner taps the red flags on a picture of a message, chat or page.

Its xAPI response names the red flags found (in the question's order) and one `outside` per
tap that missed them all; the taps themselves go in the result extension `taps`.
"""

from dataclasses import replace
from pathlib import Path
from random import Random
from typing import Any

from trainer.course.fields import Fields, normalise_id
from trainer.course.model import Question, Region, local_digits
from trainer.course.pictures import Box, picture_box
from trainer.course.types.entries import entries
from trainer.course.types.order import nothing_listed
from trainer.course.types.question_type import Grade, QuestionType
from trainer.course.types.words import Words
from trainer.course.types.xapi import LIST
from trainer.course.yamlfile import Map

OUTSIDE = "outside"


def _read(fields: Fields, question: Question, folder: Path) -> Question:
    if "image" not in fields.data:
        fields.missing("image", " (the picture to tap)")
    box = picture_box(question.image) if question.image is not None else None
    regions = []
    for entry, sub in entries(fields, "regions", 1):
        region = _region(entry, sub)
        if region is not None and box is not None:
            _check_inside(region, box, sub)
        if region is not None:
            regions.append(region)
    return replace(question, regions=tuple(regions), explanation=fields.optional_text("explanation"))


def _region(entry: Map, fields: Fields) -> Region | None:
    sides = ("x", "y", "width", "height")
    values = [entry.get(key) for key in sides]
    numbers = [float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) < len(sides):
        fields.wrong("id", "a region needs x, y, width and height: numbers in the picture's units")
        return None
    x, y, width, height = numbers
    for key, value in (("x", x), ("y", y)):
        if value < 0:
            fields.wrong(key, f"{key} must be 0 or more: negative numbers are not allowed")
    for key, value in (("width", width), ("height", height)):
        if value <= 0:
            fields.wrong(key, f"{key} must be more than 0")
    if min(x, y) < 0 or min(width, height) <= 0:
        return None
    return Region(normalise_id(entry["id"]), x, y, width, height, fields.text("feedback"))


def _check_inside(region: Region, box: Box, fields: Fields) -> None:
    """A region (partly) off the picture could never be tapped: the answer would always be wrong."""
    right, bottom = box.left + box.width, box.top + box.height
    inside = box.left <= region.x and region.x + region.width <= right
    if not inside or not box.top <= region.y or region.y + region.height > bottom:
        fields.wrong(
            "id",
            f"region '{region.id}' goes outside the picture, which spans x {_n(box.left)} to {_n(right)} "
            f"and y {_n(box.top)} to {_n(bottom)}: make it fit",
        )


def _n(number: float) -> str:
    return f"{number:g}"


def _grade(question: Question, taps: list[list[float]]) -> Grade:
    """Each red flag found counts; each tap outside every flag counts against."""
    found = {r.id for r in question.regions for x, y in taps if r.contains(x, y)}
    misses = sum(not any(r.contains(x, y) for r in question.regions) for x, y in taps)
    return Grade(
        len(found) == len(question.regions) and misses == 0, len(found) / (len(question.regions) + misses)
    )


def _describe(taps: Any, words: Words) -> str:
    if not isinstance(taps, list):
        return words.listed(taps)
    return local_digits("; ".join(f"({x:.0f}, {y:.0f})" for x, y in taps), words.language)


def _definition(question: Question) -> dict[str, Any]:
    return {"correctResponsesPattern": [LIST.join(region.id for region in question.regions)]}


def _response(taps: Any, question: Question | None) -> str | None:
    if question is None:
        return None
    found = [r.id for r in question.regions if any(r.contains(x, y) for x, y in taps)]
    missed = sum(not any(r.contains(x, y) for r in question.regions) for x, y in taps)
    return LIST.join([*found, *[OUTSIDE] * missed])


def _right(question: Question, rng: Random) -> list[list[float]]:
    """A tap in the middle of each red flag."""
    return [[round(r.x + r.width / 2, 1), round(r.y + r.height / 2, 1)] for r in question.regions]


def _wrong(question: Question, rng: Random) -> list[list[float]]:
    """A red flag missed, or with only one flag a tap beside it too."""
    taps = _right(question, rng)
    if len(taps) > 1:
        taps.pop(rng.randrange(len(taps)))
        return taps
    region = question.regions[0]
    return [*taps, [round(region.x + region.width + 10, 1), round(region.y, 1)]]


TYPE = QuestionType(
    name="hotspot",
    read=_read,
    grade=_grade,
    describe=_describe,
    shown_order=nothing_listed,
    fixed_order="it has no options to shuffle",
    interaction_type="other",
    xapi_definition=_definition,
    xapi_response=_response,
    right_answer=_right,
    wrong_answer=_wrong,
    seconds_to_answer=35,
    xapi_extension="taps",
)
