"""What the facilitator's dashboard reads: per learner and module counts, kept up to date.

The dashboard must appear at once for a whole centre (300 learners, 100,000 answers). Even
SQLite needs about 300 ms to group that many events, so the counts are a projection: two small
tables (`module_activity`, `learner_activity`) kept equal to a count of every event, and
`activity_stale`, the learners whose counts must be made again. The functions that write
follow the words of trainer/store/projections.py, which alone calls them; the readers
(`activity`, `wrong_in_a_row`) never write.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from trainer.learning.dashboard import Activity, updated, wrong_after
from trainer.learning.events import Event, Verb
from trainer.store.database import Database


def add_event(database: Database, event: Event) -> None:
    """Count a new event, in the transaction that records it."""
    key = (event.learner_id, event.module_id)
    row = database.execute(
        f"SELECT {COLUMNS} FROM module_activity WHERE learner_id = ? AND module_id = ?", key
    ).fetchone()
    before = _activity(row) if row else Activity(*key)
    database.table("module_activity").upsert(
        vars(updated(before, event)), pk=("learner_id", "module_id"), alter=False
    )
    row = database.execute(
        "SELECT wrong_in_a_row FROM learner_activity WHERE learner_id = ?", key[:1]
    ).fetchone()
    wrong = row[0] if row else 0
    database.table("learner_activity").upsert(
        {"learner_id": event.learner_id, "wrong_in_a_row": wrong_after(wrong, event)}, pk="learner_id"
    )


def add_imports(database: Database, received: Sequence[int]) -> None:
    """Count the events imports added (those `received` at these counters), in the caller's
    transaction. Counts per module only add up. The wrong answers in a row follow on for a
    learner whose new events all come after those counted; other learners are marked stale."""
    imported = f"received IN ({_placeholders(received)}) AND {READABLE}"
    database.execute(
        f"""INSERT OR IGNORE INTO activity_stale SELECT learner_id FROM events e WHERE {imported}
        GROUP BY learner_id HAVING min(timestamp)
            <= (SELECT max(last) FROM module_activity m WHERE m.learner_id = e.learner_id)""",
        received,
    )
    database.execute(
        f"""INSERT INTO module_activity ({COLUMNS}) {_COUNTS} WHERE {imported} GROUP BY 1, 2
        ON CONFLICT (learner_id, module_id) DO UPDATE SET events = events + excluded.events,
            answers = answers + excluded.answers, right = right + excluded.right,
            mastered = max(mastered, excluded.mastered), finished = max(finished, excluded.finished),
            last = max(last, excluded.last)""",
        received,
    )
    following = f"WHERE {imported} AND learner_id NOT IN (SELECT learner_id FROM activity_stale)"
    for learner_id, wrong, right_among_them in database.execute(_wrong_in_a_row(following), received):
        database.execute(
            """INSERT INTO learner_activity VALUES (?, ?) ON CONFLICT (learner_id) DO UPDATE SET
            wrong_in_a_row = excluded.wrong_in_a_row + CASE WHEN ? THEN 0 ELSE wrong_in_a_row END""",
            (learner_id, wrong, right_among_them),
        )


def mark_stale(database: Database, learner_ids: Iterable[str]) -> None:
    """Mark these learners' counts to be made again, in the caller's transaction."""
    database.executemany("INSERT OR IGNORE INTO activity_stale VALUES (?)", [(id,) for id in learner_ids])


def stale(database: Database) -> list[str]:
    """The learners whose counts are marked to be made again."""
    return [row[0] for row in database.execute("SELECT learner_id FROM activity_stale")]


def rebuild(database: Database, learner_ids: Iterable[str] | None = None) -> None:
    """Count again from the events, for these learners (or all), in the caller's transaction;
    they are no longer stale. The same counts as `add_event` makes event by event (tests check
    it), made in SQL: a million imported events are counted in seconds, not minutes."""
    ids = None if learner_ids is None else sorted(set(learner_ids))
    where = "" if ids is None else f"WHERE learner_id IN ({_placeholders(ids)})"
    readable = f"WHERE {READABLE}" + ("" if ids is None else f" AND learner_id IN ({_placeholders(ids)})")
    params = ids or []
    for table in ("module_activity", "learner_activity", "activity_stale"):
        database.execute(f"DELETE FROM {table} {where}", params)
    database.execute(f"INSERT INTO module_activity ({COLUMNS}) {_COUNTS} {readable} GROUP BY 1, 2", params)
    database.execute(
        f"INSERT INTO learner_activity SELECT learner_id, wrong FROM ({_wrong_in_a_row(readable)})", params
    )


READABLE = (
    "json_valid(result) AND json_valid(context)"
    " AND timestamp GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    f" AND verb IN ({', '.join(repr(verb.value) for verb in Verb)})"
)
"""Events not damaged in the ways `trainer.store.events` leaves out: the counts leave them out too."""

_RIGHT = "json_type(result, '$.success') = 'true'"
"""An answer is right when its result says success: true (`dashboard.is_right`)."""

_COUNTS = f"""SELECT learner_id, module_id, count(*), sum(verb = 'answered'),
    sum(verb = 'answered' AND {_RIGHT}), max(verb = 'mastered'), max(verb IN ('completed', 'mastered')),
    max(timestamp) FROM events"""
"""module_activity's columns, from the events that follow (a WHERE, then GROUP BY 1, 2)."""


def _wrong_in_a_row(where: str) -> str:
    """Per learner, among the events `where` selects: the wrong answers with no right answer
    after them, in (timestamp, id) order, and whether any answer was right."""
    return f"""SELECT learner_id, sum(verb = 'answered' AND rights_from_here = 0) AS wrong,
        max(rights_from_here) > 0 AS right_among_them FROM (
            SELECT learner_id, verb, sum(verb = 'answered' AND {_RIGHT})
                OVER (PARTITION BY learner_id ORDER BY timestamp DESC, id DESC) AS rights_from_here
            FROM events {where})
        GROUP BY learner_id"""


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


COLUMNS = "learner_id, module_id, events, answers, right, mastered, finished, last"
"""module_activity's columns, in the order of Activity's fields."""


def _activity(row: Sequence[Any]) -> Activity:
    learner, module, events, answers, right, mastered, finished, last = row
    return Activity(learner, module, events, answers, right, bool(mastered), bool(finished), last)


def activity(database: Database, learner_ids: Sequence[str]) -> list[Activity]:
    rows = database.execute(
        f"SELECT {COLUMNS} FROM module_activity WHERE learner_id IN ({_placeholders(learner_ids)})",
        tuple(learner_ids),
    )
    return [_activity(row) for row in rows]


def wrong_in_a_row(database: Database, learner_ids: Sequence[str]) -> dict[str, int]:
    """For each learner, how many wrong answers they gave since their last right one."""
    rows = database.query(
        f"SELECT * FROM learner_activity WHERE learner_id IN ({_placeholders(learner_ids)})",
        tuple(learner_ids),
    )
    return {row["learner_id"]: row["wrong_in_a_row"] for row in rows}
