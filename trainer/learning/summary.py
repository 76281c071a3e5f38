"""A class at a glance, for reports and charts: learning gain per learner, for the class and by
gender and age group, how many learners stand where in each module, and masteries week by week.
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from trainer.course.model import Library, Module
from trainer.learning.dashboard import Row
from trainer.learning.events import Event
from trainer.learning.gain import average_gain, discernment_on_test, gain, score_on_test
from trainer.learning.progress import Status


@dataclass(frozen=True)
class Member:
    """A learner of a class; gender and age group only where the learner consented."""

    id: str
    name: str
    gender: str | None = None
    age_group: str | None = None


@dataclass(frozen=True)
class Scores:
    """One learner's pre-test and post-test scores (0-100)."""

    learner_id: str
    pre: float | None
    post: float | None
    pre_discernment: float | None = None
    """How much higher true posts were rated than false ones (-6 to 6), where the test has them."""
    post_discernment: float | None = None

    @property
    def gain(self) -> float | None:
        return gain(self.pre, self.post)


@dataclass(frozen=True)
class Average:
    """Averages over the learners of a group who took both tests."""

    group: str
    """The gender or age group; "" for the whole class."""
    learners: int
    pre: float | None
    post: float | None
    gain: float | None


@dataclass(frozen=True)
class GainSummary:
    pre_test: Module
    post_test: Module
    learners: tuple[Scores, ...]
    """Every member, in the class's order, whether or not they took the tests."""
    average: Average
    by_gender: tuple[Average, ...]
    by_age_group: tuple[Average, ...]

    @property
    def uses_discernment(self) -> bool:
        return any(s.pre_discernment is not None or s.post_discernment is not None for s in self.learners)


def pre_post_tests(library: Library) -> list[tuple[Module, Module]]:
    """The pre-test and post-test of each curriculum that has both."""
    pairs = []
    for curriculum in library.curricula:
        pre = next((m for m in curriculum.modules if m.test == "pre"), None)
        post = next((m for m in curriculum.modules if m.test == "post"), None)
        if pre is not None and post is not None:
            pairs.append((pre, post))
    return pairs


def _scores(learner_id: str, pre_test: Module, post_test: Module, events: Sequence[Event]) -> Scores:
    pre_events = [e for e in events if e.module_id == pre_test.id]
    post_events = [e for e in events if e.module_id == post_test.id]
    pre_discernment = discernment_on_test(pre_test, pre_events)
    post_discernment = discernment_on_test(post_test, post_events)
    return Scores(
        learner_id,
        score_on_test(pre_test, pre_events),
        score_on_test(post_test, post_events),
        pre_discernment.difference if pre_discernment else None,
        post_discernment.difference if post_discernment else None,
    )


def _average(group: str, scores: Iterable[Scores]) -> Average:
    both = [s for s in scores if s.pre is not None and s.post is not None]
    return Average(
        group,
        len(both),
        mean(s.pre for s in both if s.pre is not None) if both else None,
        mean(s.post for s in both if s.post is not None) if both else None,
        average_gain(s.gain for s in both),
    )


SMALLEST_GROUP = 3
"""A gender or age group's average is shown only over this many learners or more: the
average of one or two would give away their scores, and with them who is in the group."""


def _by(groups: Mapping[str, str | None], scores: Sequence[Scores]) -> tuple[Average, ...]:
    """Averages per recorded group big enough to show; learners with nothing recorded are in none."""
    names = sorted({name for name in groups.values() if name})
    averages = (_average(name, (s for s in scores if groups[s.learner_id] == name)) for name in names)
    return tuple(average for average in averages if average.learners >= SMALLEST_GROUP)


def gain_summary(
    pre_test: Module, post_test: Module, members: Sequence[Member], events: Mapping[str, Sequence[Event]]
) -> GainSummary:
    """The class's gain between two tests, from each member's events (oldest first)."""
    scores = tuple(_scores(m.id, pre_test, post_test, events.get(m.id, ())) for m in members)
    return GainSummary(
        pre_test,
        post_test,
        scores,
        _average("", scores),
        _by({m.id: m.gender for m in members}, scores),
        _by({m.id: m.age_group for m in members}, scores),
    )


def status_counts(rows: Iterable[Row], modules: Sequence[Module]) -> dict[str, Counter[Status]]:
    """For each module, how many learners have mastered it, are under way, or have not started."""
    counts: dict[str, Counter[Status]] = {module.id: Counter() for module in modules}
    for row in rows:
        for module_id, cell in row.cells.items():
            if module_id in counts:
                counts[module_id][cell.status] += 1
    return counts


def week_of(day: date) -> date:
    """The Monday that starts the day's week."""
    return day - timedelta(days=day.weekday())


def mastered_by_week(mastered_on: Iterable[date], until: date) -> list[tuple[date, int]]:
    """Modules mastered by the end of each week, counted over all learners, from the week of the
    first mastery to the week of `until`; empty when nothing was mastered."""
    per_week = Counter(week_of(day) for day in mastered_on)
    if not per_week:
        return []
    weeks, total = [], 0
    week = min(per_week)
    while week <= max(week_of(until), max(per_week)):
        total += per_week[week]
        weeks.append((week, total))
        week += timedelta(days=7)
    return weeks
