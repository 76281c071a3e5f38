"""Append and read learners' events. Events are never changed or deleted."""

import json
from collections.abc import Iterable
from typing import Any

from trainer.learning.events import Event, Verb
from trainer.store import overview
from trainer.store.database import Database


def record(database: Database, event: Event) -> None:
    """Store the event durably before returning; the same event twice is stored once."""
    with database.writing() as db:
        if db.execute("SELECT 1 FROM events WHERE id = ?", [event.id]).fetchone():
            return
        overview.note(db, event)
        db.table("events").insert(_row(event))


def record_all(database: Database, events: Iterable[Event]) -> None:
    """Store many events in one transaction (demo data, imports); those already stored are
    skipped, and the dashboard's counts of the learners concerned are made again."""
    rows = list(map(_row, events))
    with database.writing():
        database.connection.executemany(
            "INSERT OR IGNORE INTO events (id, learner_id, verb, module_id, object_id, result, context,"
            " timestamp) VALUES (:id, :learner_id, :verb, :module_id, :object_id, :result, :context,"
            " :timestamp)",
            rows,
        )
        overview.recount(database.connection, {row["learner_id"] for row in rows})


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
    return [event_from_row(row) for row in rows]


def event_from_row(row: dict[str, Any]) -> Event:
    return Event(
        learner_id=row["learner_id"],
        verb=Verb(row["verb"]),
        module_id=row["module_id"],
        result=json.loads(row["result"]),
        context=json.loads(row["context"]),
        id=row["id"],
        timestamp=row["timestamp"],
    )
