"""Learning gain between a pre-test and a post-test: g = (post - pre) / (100 - pre).

Where a test rates posts for reliability, its score is discernment (true posts rated above
false ones, on 0-100), not the raw share of right answers: doubting everything is not learning.
"""

from collections.abc import Iterable, Sequence
from statistics import mean

from trainer.course.model import Module
from trainer.course.types import TYPES
from trainer.learning.discernment import Discernment, discernment
from trainer.learning.events import Event, Verb


def _last_finished_answers(events: Sequence[Event]) -> list[Event]:
    """The answers of the learner's last attempt at a test that was taken to the end."""
    finished = [e.context.get("attempt") for e in events if e.verb is Verb.FINISHED_QUIZ]
    if not finished:
        return []
    return [e for e in events if e.verb is Verb.ANSWERED and e.context.get("attempt") == finished[-1]]


def _ratings(module: Module, answers: Sequence[Event]) -> list[tuple[bool, int]]:
    """(post is true, rating) for the answers to the test's reliability items."""
    rated = {q.id: q for q in module.questions if TYPES[q.type].measures_discernment}
    return [
        (bool(rated[e.context["question"]].post_is_true), int(e.result["response"]))
        for e in answers
        if e.context.get("question") in rated
    ]


def score_on_test(module: Module, events: Sequence[Event]) -> float | None:
    """The score (0-100) of the learner's last finished attempt at a test module, if any."""
    answers = _last_finished_answers(events)
    if not answers:
        return None
    ratings = _ratings(module, answers)
    if ratings:
        return discernment(ratings).percent
    return mean(float(e.result.get("score", 0)) for e in answers) * 100


def discernment_on_test(module: Module, events: Sequence[Event]) -> Discernment | None:
    """Discernment in the last finished attempt, where the test has reliability items."""
    ratings = _ratings(module, _last_finished_answers(events))
    return discernment(ratings) if ratings else None


def gain(pre: float | None, post: float | None) -> float | None:
    """Normalised gain; None when a test is missing or the pre-test left nothing to gain."""
    if pre is None or post is None or pre >= 100:
        return None
    return (post - pre) / (100 - pre)


def average_gain(gains: Iterable[float | None]) -> float | None:
    """A class's average over the learners who took both tests."""
    known = [g for g in gains if g is not None]
    return mean(known) if known else None
