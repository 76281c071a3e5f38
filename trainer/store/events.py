"""Append and read learners' events. Events are never changed or deleted."""

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from trainer.learning.events import Event, Verb
from trainer.store import projections
from trainer.store.database import Database

log = logging.getLogger("trainer")


def record(database: Database, event: Event) -> None:
    """Store the event durably before returning, with the review schedule it changes; the
    same event twice is stored once. `received` is this PC's counter: what a bundle sends."""
    with database.writing():
        projections.add_imports(database)  # the event would carry the counter of one marked
        added = database.execute(
            """INSERT OR IGNORE INTO events
                (id, learner_id, verb, module_id, object_id, result, context, timestamp, received)
            VALUES (:id, :learner_id, :verb, :module_id, :object_id, :result, :context, :timestamp,
                (SELECT counter FROM this_pc))""",
            _row(event),
        ).rowcount
        if added:
            projections.add_event(database, event)


def record_all(database: Database, events: Iterable[Event]) -> None:
    """Store many events in one transaction (demo data); those already stored are skipped,
    and the dashboard's counts and the review cards of the learners concerned are made again."""
    rows = list(map(_row, events))
    with database.writing():
        projections.add_imports(database)
        database.executemany(
            "INSERT OR IGNORE INTO events (id, learner_id, verb, module_id, object_id, result, context,"
            " timestamp, received) VALUES (:id, :learner_id, :verb, :module_id, :object_id, :result,"
            " :context, :timestamp, (SELECT counter FROM this_pc))",
            rows,
        )
        projections.rebuild(database, {row["learner_id"] for row in rows})


def _row(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "learner_id": event.learner_id,
        "verb": event.verb.value,
        "module_id": event.module_id,
        "object_id": event.object_id,
        "result": json.dumps(event.result, ensure_ascii=False),
        "context": json.dumps(event.context, ensure_ascii=False),
        "timestamp": event.timestamp,
    }


def events_of(database: Database, learner_id: str, module_id: str | None = None) -> list[Event]:
    """A learner's events, oldest first, for one module or all."""
    where = "learner_id = ?" + (" AND module_id = ?" if module_id else "")
    params: list[Any] = [learner_id, module_id] if module_id else [learner_id]
    rows = database.query(f"SELECT * FROM events WHERE {where} ORDER BY timestamp, rowid", params)
    return events_from_rows(map(dict, rows))


def answers(database: Database, learner_id: str | None = None, module_id: str | None = None) -> list[Event]:
    """Answer events, oldest first, of one learner and/or one module (or all)."""
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
    rows = database.query(
        f"SELECT * FROM events WHERE verb = 'answered' AND learner_id IN ({','.join('?' * len(learner_ids))})"
        " AND CASE WHEN json_valid(context) THEN json_extract(context, '$.review') END"
        " ORDER BY timestamp, rowid",
        tuple(learner_ids),
    )
    return events_from_rows(map(dict, rows))


def events_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Event]:
    """The events of these rows. A damaged row (what `PRAGMA quick_check` cannot see: a result
    that is not JSON, an unknown verb, a timestamp that is not one) is left out and logged, so
    that it stops neither the rest of its learner's record nor anyone else's."""
    events = []
    for row in rows:
        try:
            events.append(event_from_row(row))
        except (ValueError, TypeError, KeyError) as error:
            log.warning("damaged event %s of learner %s left out: %s", row["id"], row["learner_id"], error)
    return events


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The event of a row; ValueError or TypeError when the row is damaged."""
    result, context = json.loads(row["result"]), json.loads(row["context"])
    if not (isinstance(result, dict) and isinstance(context, dict)):
        raise TypeError("its result and context are not JSON objects")
    datetime.fromisoformat(row["timestamp"])
    return Event(
        learner_id=row["learner_id"],
        verb=Verb(row["verb"]),
        module_id=row["module_id"],
        result=result,
        context=context,
        id=row["id"],
        timestamp=row["timestamp"],
    )
