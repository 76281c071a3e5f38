"""Class summaries from hand-made events: gain per learner, for the class and by group."""

from collections import Counter
from datetime import UTC, date, datetime

import pytest

from trainer.course.loader import load_library
from trainer.course.model import Library
from trainer.learning.dashboard import grid
from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status
from trainer.learning.summary import (
    Average,
    Member,
    gain_summary,
    mastered_by_week,
    pre_post_tests,
    status_counts,
)
from trainer.store.overview import Activity

from .conftest import TYPES_CONTENT

POSTS = ("post-a", "post-b", "post-c", "post-d")
"""In the fixture's tests, posts a and c are true, b and d false."""


def took_test(learner: str, module_id: str, ratings: list[int], finished: bool = True) -> list[Event]:
    attempt = f"{learner}/{module_id}"
    events = [Event(learner, Verb.STARTED_QUIZ, module_id, context={"attempt": attempt})]
    events += [
        Event(
            learner,
            Verb.ANSWERED,
            module_id,
            result={"response": rating, "success": rating >= 5, "score": 0.5},
            context={"attempt": attempt, "question": post, "type": "reliability"},
        )
        for post, rating in zip(POSTS, ratings, strict=True)
    ]
    if finished:
        events.append(Event(learner, Verb.FINISHED_QUIZ, module_id, context={"attempt": attempt}))
    return events


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([TYPES_CONTENT])


MEMBERS = (
    Member("sokha", "សុខា", "female", "15-24"),
    Member("dara", "Dara", "male", "25-34"),
    Member("mom", "ស្រីមុំ", "female", "25-34"),
    Member("vannak", "Vannak"),
    Member("new", "New"),
)


def both_tests(learner: str, pre: list[int], post: list[int], post_finished: bool = True) -> list[Event]:
    return took_test(learner, "news-pretest", pre) + took_test(learner, "news-posttest", post, post_finished)


EVENTS = {
    "sokha": both_tests("sokha", [2, 2, 3, 2], [6, 2, 7, 1]),
    "dara": both_tests("dara", [4, 4, 4, 4], [5, 3, 5, 3]),
    "mom": both_tests("mom", [3, 3, 3, 3], [7, 1, 7, 1], post_finished=False),
    "vannak": both_tests("vannak", [1, 7, 1, 7], [4, 4, 4, 4]),
}


def test_gain_per_learner_with_discernment_on_reliability_items(library: Library) -> None:
    ((pre, post),) = pre_post_tests(library)
    assert (pre.id, post.id) == ("news-pretest", "news-posttest")
    summary = gain_summary(pre, post, MEMBERS, EVENTS)
    scores = {s.learner_id: s for s in summary.learners}
    assert [s.learner_id for s in summary.learners] == [m.id for m in MEMBERS]
    sokha = scores["sokha"]
    assert (sokha.pre_discernment, sokha.post_discernment) == (0.5, 5.0)
    assert sokha.pre == pytest.approx(6.5 / 12 * 100) and sokha.post == pytest.approx(11 / 12 * 100)
    assert sokha.gain == pytest.approx(4.5 / 5.5)
    assert scores["dara"].gain == pytest.approx(1 / 3)
    assert scores["vannak"].pre == 0 and scores["vannak"].gain == pytest.approx(0.5)
    assert scores["mom"].post is None and scores["mom"].gain is None, "an unfinished post-test has no score"
    assert (scores["new"].pre, scores["new"].pre_discernment) == (None, None)
    assert summary.uses_discernment


def test_class_average_counts_only_learners_with_both_tests(library: Library) -> None:
    ((pre, post),) = pre_post_tests(library)
    average = gain_summary(pre, post, MEMBERS, EVENTS).average
    assert average.learners == 3
    assert average.gain == pytest.approx((4.5 / 5.5 + 1 / 3 + 0.5) / 3)
    assert average.pre == pytest.approx((6.5 / 12 * 100 + 50 + 0) / 3)
    assert average.post == pytest.approx((11 / 12 * 100 + 8 / 12 * 100 + 50) / 3)


def test_gain_by_gender_and_age_group_only_where_recorded_and_never_for_one_or_two(library: Library) -> None:
    ((pre, post),) = pre_post_tests(library)
    women = [Member(f"w{n}", f"W{n}", "female", "15-24" if n < 3 else "25-34") for n in range(4)]
    men = [Member(f"m{n}", f"M{n}", "male", "25-34") for n in range(2)]
    ratings = {"w0": [2, 2, 3, 2], "w1": [4, 4, 4, 4], "w2": [3, 3, 3, 3], "w3": [1, 7, 1, 7]}
    events = {
        **{w: both_tests(w, pre_ratings, [6, 2, 7, 1]) for w, pre_ratings in ratings.items()},
        **{m.id: both_tests(m.id, [4, 4, 4, 4], [5, 3, 5, 3]) for m in men},
    }
    summary = gain_summary(pre, post, [*women, *men], events)
    assert [(a.group, a.learners) for a in summary.by_gender] == [("female", 4)], "2 men: not shown"
    assert summary.by_gender[0].post == pytest.approx(11 / 12 * 100)
    assert [(a.group, a.learners) for a in summary.by_age_group] == [("15-24", 3), ("25-34", 3)]
    assert summary.average.learners == 6


def test_groups_of_fewer_than_three_who_took_both_tests_are_not_shown(library: Library) -> None:
    ((pre, post),) = pre_post_tests(library)
    summary = gain_summary(pre, post, MEMBERS, EVENTS)
    assert (summary.by_gender, summary.by_age_group) == ((), ()), "one woman, one man: their scores"
    assert summary.average.learners == 3


def test_a_class_without_tests_taken_has_no_averages(library: Library) -> None:
    ((pre, post),) = pre_post_tests(library)
    summary = gain_summary(pre, post, MEMBERS[:1], {})
    assert summary.average == Average("", 0, None, None, None)
    assert not summary.uses_discernment and summary.by_gender == ()


def test_status_counts_per_module(library: Library) -> None:
    modules = [m for m in library.modules if m.test is None]
    now = datetime(2026, 11, 2, tzinfo=UTC)

    counts = [
        Activity("a", "judge-posts", answers=5, right=4, mastered=True, last=now.isoformat()),
        Activity("b", "judge-posts", answers=2, right=0, last=now.isoformat()),
        Activity("a", "practice", answers=5, right=5, mastered=True, last=now.isoformat()),
    ]
    rows = grid(["a", "b", "c"], modules, counts, {}, now)
    assert status_counts(rows, modules) == {
        "judge-posts": Counter({Status.MASTERED: 1, Status.IN_PROGRESS: 1, Status.NOT_STARTED: 1}),
        "practice": Counter({Status.MASTERED: 1, Status.NOT_STARTED: 2}),
    }


def test_masteries_add_up_week_by_week_until_today() -> None:
    days = [date(2026, 10, 6), date(2026, 10, 8), date(2026, 10, 21)]  # a Tuesday, Thursday, Wednesday
    assert mastered_by_week(days, until=date(2026, 10, 27)) == [
        (date(2026, 10, 5), 2),
        (date(2026, 10, 12), 2),
        (date(2026, 10, 19), 3),
        (date(2026, 10, 26), 3),
    ]
    assert mastered_by_week([], until=date(2026, 10, 27)) == []
