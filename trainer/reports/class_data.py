"""Everything a report says about one class, read from the database in one go."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from functools import cached_property

from trainer.course.model import Curriculum, Library, Module
from trainer.learning.dashboard import Row, grid
from trainer.learning.events import Event, Verb
from trainer.learning.summary import GainSummary, Member, gain_summary, mastered_by_week, pre_post_tests
from trainer.store import overview
from trainer.store.classes import Class, assignments_of, get_class
from trainer.store.database import Database
from trainer.store.events import events_from_rows


@dataclass(frozen=True)
class ClassData:
    klass: Class
    library: Library
    members: tuple[Member, ...]
    """By name."""
    modules: tuple[Module, ...]
    """The class's assigned modules in order, then any other module its learners worked in."""
    rows: tuple[Row, ...]
    """The dashboard's grid, one row per member."""
    minutes: Mapping[tuple[str, str], float]
    """Minutes spent answering, per (learner id, module id)."""
    last_active: Mapping[tuple[str, str], datetime]
    """When each learner last did something in each module, in local time."""
    mastered_on: Mapping[tuple[str, str], datetime]
    """When each learner first mastered each module, in local time."""
    test_events: Mapping[str, Sequence[Event]]
    """Each member's events in pre-tests and post-tests, oldest first."""
    now: datetime
    zone: tzinfo | None = None
    """The time zone for dates and times shown; None for this PC's."""

    def local(self, timestamp: str) -> datetime:
        return datetime.fromisoformat(timestamp).astimezone(self.zone)

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def member(self, learner_id: str) -> Member:
        return next(m for m in self.members if m.id == learner_id)

    def curriculum(self, module: Module) -> Curriculum:
        return next(c for c in self.library.curricula if c.id == module.curriculum_id)

    @cached_property
    def gains(self) -> list[GainSummary]:
        """One summary per pre-test and post-test pair that any member has taken."""
        taken = {event.module_id for events in self.test_events.values() for event in events}
        return [
            gain_summary(pre, post, self.members, self.test_events)
            for pre, post in pre_post_tests(self.library)
            if {pre.id, post.id} & taken
        ]

    @cached_property
    def weeks(self) -> list[tuple[date, int]]:
        """Modules mastered by the class by the end of each week."""
        return mastered_by_week((when.date() for when in self.mastered_on.values()), self.today)


def _placeholders(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


def _members(database: Database, class_id: str) -> tuple[Member, ...]:
    rows = database.query(
        "SELECT id, name, gender, age_group FROM learners WHERE class_id = ? ORDER BY name COLLATE NOCASE",
        (class_id,),
    )
    return tuple(Member(row["id"], row["name"], row["gender"], row["age_group"]) for row in rows)


def _modules(library: Library, assigned: Sequence[str], worked_in: set[str]) -> tuple[Module, ...]:
    first = [m for module_id in assigned if (m := library.module(module_id)) is not None]
    others = [m for m in library.modules if m.id in worked_in and m.id not in assigned]
    return tuple(first + others)


def load_class(
    database: Database,
    library: Library,
    class_id: str,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> ClassData:
    members = _members(database, class_id)
    ids = tuple(m.id for m in members)
    counts = overview.activity(database, ids)
    modules = _modules(
        library, [a.module_id for a in assignments_of(database, class_id)], {c.module_id for c in counts}
    )
    now = now or datetime.now(UTC)
    rows = grid(ids, modules, counts, overview.wrong_in_a_row(database, ids), now)
    minutes = database.query(
        "SELECT learner_id, module_id, SUM(CASE WHEN json_valid(result)"  # a damaged row adds nothing
        " THEN json_extract(result, '$.duration_ms') END) AS ms FROM events"
        f" WHERE verb = ? AND learner_id IN ({_placeholders(ids)}) GROUP BY learner_id, module_id",
        (Verb.ANSWERED.value, *ids),
    )
    mastered = database.query(
        "SELECT learner_id, module_id, MIN(timestamp) AS first FROM events"
        f" WHERE verb = ? AND learner_id IN ({_placeholders(ids)}) GROUP BY learner_id, module_id",
        (Verb.MASTERED.value, *ids),
    )
    tests = tuple(m.id for m in library.modules if m.test is not None)
    test_rows = database.query(
        f"SELECT * FROM events WHERE learner_id IN ({_placeholders(ids)})"
        f" AND module_id IN ({_placeholders(tests)}) ORDER BY timestamp, rowid",
        (*ids, *tests),
    )
    test_events: dict[str, list[Event]] = {}
    for event in events_from_rows(map(dict, test_rows)):
        test_events.setdefault(event.learner_id, []).append(event)
    return ClassData(
        klass=get_class(database, class_id),
        library=library,
        members=members,
        modules=modules,
        rows=tuple(rows),
        minutes={(r["learner_id"], r["module_id"]): (r["ms"] or 0) / 60000 for r in minutes},
        last_active={
            (c.learner_id, c.module_id): datetime.fromisoformat(c.last).astimezone(zone) for c in counts
        },
        mastered_on={
            (r["learner_id"], r["module_id"]): datetime.fromisoformat(r["first"]).astimezone(zone)
            for r in mastered
        },
        test_events=test_events,
        now=now,
        zone=zone,
    )


def class_answers(database: Database, data: ClassData) -> list[Event]:
    """Every answer of the class's learners, oldest first."""
    ids = tuple(m.id for m in data.members)
    rows = database.query(
        f"SELECT * FROM events WHERE verb = ? AND learner_id IN ({_placeholders(ids)})"
        " ORDER BY timestamp, rowid",
        (Verb.ANSWERED.value, *ids),
    )
    return events_from_rows(map(dict, rows))
