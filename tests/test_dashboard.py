"""The dashboard's projections, with a fixed clock."""

from datetime import UTC, datetime, timedelta

from trainer.learning.dashboard import Fading, fading_modules
from trainer.learning.events import Event, Verb

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def review(module: str, right: bool, days_ago: int) -> Event:
    when = (NOW - timedelta(days=days_ago)).isoformat()
    return Event(
        "l", Verb.ANSWERED, module, {"success": right}, {"review": True, "question": "q"}, timestamp=when
    )


def test_a_module_fades_when_recent_reviews_are_worse() -> None:
    answers = [review("a", True, 30) for _ in range(5)] + [review("a", n < 2, 3) for n in range(5)]
    answers += [review("b", True, 30) for _ in range(5)] + [review("b", True, 3) for _ in range(5)]
    assert fading_modules(answers, NOW) == [Fading("a", 1.0, 0.4)]


def test_too_few_reviews_or_quiz_answers_say_nothing() -> None:
    few = [review("a", True, 30) for _ in range(4)] + [review("a", False, 3) for _ in range(5)]
    quiz = [Event("l", Verb.ANSWERED, "a", {"success": False}, {"question": "q"}) for _ in range(9)]
    assert fading_modules(few + quiz, NOW) == []
