"""Every question type, registered once by the name quiz.yaml's `type` gives it.

The rest of the app asks `TYPES` rather than naming types: to add one, write its module here
and its widget in trainer/ui/answers/ (CONTRIBUTING.md, "Adding a question type").
"""

from collections.abc import Mapping

from trainer.course.types import (
    hotspot,
    matching,
    multiple,
    ordering,
    reliability,
    scenario,
    share,
    single,
    technique,
    truefalse,
)
from trainer.course.types.question_type import QuestionType

TYPES: Mapping[str, QuestionType] = {
    kind.name: kind
    for kind in (
        single.TYPE,
        multiple.TYPE,
        truefalse.TYPE,
        share.TYPE,
        technique.TYPE,
        reliability.TYPE,
        ordering.TYPE,
        matching.TYPE,
        hotspot.TYPE,
        scenario.TYPE,
    )
}
