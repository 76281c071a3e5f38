"""What the facilitator's dashboard reads: per learner and module counts, kept up to date.

The dashboard must appear at once for a whole centre (300 learners, 100,000 answers). Even
SQLite needs about 300 ms to group that many events, so each recorded event also updates two
small projection tables in the same transaction. They are rebuilt from the events whenever
events arrive out of order (from another PC), and give the same result either way.
"""

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from trainer.learning.dashboard import Activity, updated, wrong_after
from trainer.learning.events import Event, Verb
from trainer.store.database import Database


def note(db: Any, event: Event) -> None:
    """Count a new event, inside the transaction (sqlite-utils `db`) that records it."""
    key = (event.learner_id, event.module_id)
    row = db.execute(
        f"SELECT {COLUMNS} FROM module_activity WHERE learner_id = ? AND module_id = ?", key
    ).fetchone()
    before = _activity(row) if row else Activity(*key)
    db.table("module_activity").upsert(
        vars(updated(before, event)), pk=("learner_id", "module_id"), alter=False
    )
    rows = list(db.query("SELECT wrong_in_a_row FROM learner_activity WHERE learner_id = ?", key[:1]))
    wrong = rows[0]["wrong_in_a_row"] if rows else 0
    db.table("learner_activity").upsert(
        {"learner_id": event.learner_id, "wrong_in_a_row": wrong_after(wrong, event)}, pk="learner_id"
    )


def rebuild(database: Database, learner_ids: Iterable[str] | None = None) -> None:
    """Count again from the events, for these learners (or all), oldest event first."""
    with database.writing():
        recount(database.connection, learner_ids)


def recount_stale(database: Database) -> int:
    """Count again for the learners whose events came from another PC; how many there were."""
    from trainer.store.imported import take_in

    take_in(database)
    learners = [row[0] for row in database.query("SELECT learner_id FROM activity_stale")]
    if learners:
        with database.writing():
            recount(database.connection, learners)
            database.connection.execute("DELETE FROM activity_stale")
    return len(learners)


def recount(connection: sqlite3.Connection, learner_ids: Iterable[str] | None = None) -> None:
    """`rebuild` inside a transaction the caller holds (a migration's, or an import's). The
    same counts as `note` makes event by event (tests check it), made in SQL: a million
    imported events are counted in seconds, not minutes."""
    ids = None if learner_ids is None else sorted(set(learner_ids))
    where = "" if ids is None else f"WHERE learner_id IN ({_placeholders(ids)})"
    readable = f"WHERE {READABLE}" + ("" if ids is None else f" AND learner_id IN ({_placeholders(ids)})")
    params = ids or []
    for table in ("module_activity", "learner_activity"):
        connection.execute(f"DELETE FROM {table} {where}", params)
    connection.execute(f"INSERT INTO module_activity ({COLUMNS}) {_COUNTS} {readable} GROUP BY 1, 2", params)
    connection.execute(
        f"INSERT INTO learner_activity SELECT learner_id, wrong FROM ({_wrong_in_a_row(readable)})", params
    )


def add_imported(connection: sqlite3.Connection, received: Sequence[int]) -> None:
    """Count the events imports added (those `received` at these counters), in the caller's
    transaction. Counts per module only add up. The wrong answers in a row follow on for a learner whose
    new events all come after those here; other learners are marked to be counted again."""
    imported = f"received IN ({_placeholders(received)}) AND {READABLE}"
    connection.execute(
        f"""INSERT OR IGNORE INTO activity_stale SELECT learner_id FROM events e WHERE {imported}
        GROUP BY learner_id HAVING min(timestamp)
            <= (SELECT max(last) FROM module_activity m WHERE m.learner_id = e.learner_id)""",
        received,
    )
    connection.execute(
        f"""INSERT INTO module_activity ({COLUMNS}) {_COUNTS} WHERE {imported} GROUP BY 1, 2
        ON CONFLICT (learner_id, module_id) DO UPDATE SET events = events + excluded.events,
            answers = answers + excluded.answers, right = right + excluded.right,
            mastered = max(mastered, excluded.mastered), finished = max(finished, excluded.finished),
            last = max(last, excluded.last)""",
        received,
    )
    following = f"WHERE {imported} AND learner_id NOT IN (SELECT learner_id FROM activity_stale)"
    for learner_id, wrong, right_among_them in connection.execute(_wrong_in_a_row(following), received):
        connection.execute(
            """INSERT INTO learner_activity VALUES (?, ?) ON CONFLICT (learner_id) DO UPDATE SET
            wrong_in_a_row = excluded.wrong_in_a_row + CASE WHEN ? THEN 0 ELSE wrong_in_a_row END""",
            (learner_id, wrong, right_among_them),
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
    recount_stale(database)
    rows = database.connection.execute(
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


def answers(database: Database, learner_id: str | None = None, module_id: str | None = None) -> list[Event]:
    """Answer events, oldest first, of one learner and/or one module (or all)."""
    from trainer.store.events import events_from_rows

    where, params = ["verb = ?"], [Verb.ANSWERED.value]
    for column, value in (("learner_id", learner_id), ("module_id", module_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    rows = database.query(
        f"SELECT * FROM events WHERE {' AND '.join(where)} ORDER BY timestamp, rowid", tuple(params)
    )
    return events_from_rows(map(dict, rows))


def review_answers(database: Database, learner_ids: Sequence[str]) -> list[Event]:
    """The answers these learners gave in booster reviews, oldest first."""
    from trainer.store.events import events_from_rows

    rows = database.query(
        f"SELECT * FROM events WHERE verb = 'answered' AND learner_id IN ({_placeholders(learner_ids)})"
        " AND CASE WHEN json_valid(context) THEN json_extract(context, '$.review') END"
        " ORDER BY timestamp, rowid",
        tuple(learner_ids),
    )
    return events_from_rows(map(dict, rows))
