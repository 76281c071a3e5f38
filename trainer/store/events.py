"""Append and read learners' events. Events are never changed or deleted."""

import json
import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from trainer.learning.events import Event, Verb
from trainer.store import overview, reviews
from trainer.store.database import Database

log = logging.getLogger("trainer")


def record(database: Database, event: Event) -> None:
    """Store the event durably before returning, with the review schedule it changes; the
    same event twice is stored once. `received` is this PC's counter: what a bundle sends."""
    with database.writing() as db:
        added = db.execute(
            """INSERT OR IGNORE INTO events
                (id, learner_id, verb, module_id, object_id, result, context, timestamp, received)
            VALUES (:id, :learner_id, :verb, :module_id, :object_id, :result, :context, :timestamp,
                (SELECT counter FROM this_pc))""",
            _row(event),
        ).rowcount
        if added:
            overview.note(db, event)
            reviews.take(db, event)


def record_all(database: Database, events: Iterable[Event]) -> None:
    """Store many events in one transaction (demo data); those already stored are skipped,
    and the dashboard's counts and the review cards of the learners concerned are made again."""
    rows = list(map(_row, events))
    with database.writing() as db:
        database.connection.executemany(
            "INSERT OR IGNORE INTO events (id, learner_id, verb, module_id, object_id, result, context,"
            " timestamp, received) VALUES (:id, :learner_id, :verb, :module_id, :object_id, :result,"
            " :context, :timestamp, (SELECT counter FROM this_pc))",
            rows,
        )
        overview.recount(database.connection, {row["learner_id"] for row in rows})
        for learner_id, module_id in sorted({(row["learner_id"], row["module_id"]) for row in rows}):
            reviews.rebuild(db, learner_id, module_id)


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
    rows = database.db.table("events").rows_where(where, params, order_by="timestamp, rowid")
    return events_from_rows(rows)


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
