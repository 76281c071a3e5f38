"""One answer widget per question type; the quiz screen asks `for_question` for the right one."""

from trainer.course.model import Question
from trainer.course.types.order import ShownOrder
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.answers.choices import ChoicesAnswer
from trainer.ui.answers.hotspot import HotspotAnswer
from trainer.ui.answers.matching import MatchingAnswer
from trainer.ui.answers.ordering import OrderingAnswer
from trainer.ui.answers.rating import RatingAnswer
from trainer.ui.answers.scenario import ScenarioAnswer

WIDGETS: dict[str, type[AnswerWidget]] = {
    "single": ChoicesAnswer,
    "multiple": ChoicesAnswer,
    "truefalse": ChoicesAnswer,
    "share": ChoicesAnswer,
    "technique": ChoicesAnswer,
    "reliability": RatingAnswer,
    "ordering": OrderingAnswer,
    "matching": MatchingAnswer,
    "hotspot": HotspotAnswer,
    "scenario": ScenarioAnswer,
}
"""Keyed by the names in trainer.course.types.TYPES (tests/test_question_types.py checks)."""


__all__ = ["WIDGETS", "AnswerWidget", "for_question"]


def for_question(question: Question, order: ShownOrder | None = None) -> AnswerWidget:
    return WIDGETS[question.type](question, order)
