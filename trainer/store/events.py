"""Append and read learners' events. Events are never changed or deleted."""

import json
from typing import Any

from trainer.learning.events import Event, Verb
from trainer.store import reviews
from trainer.store.database import Database


def record(database: Database, event: Event) -> None:
    """Store the event durably before returning, with the review schedule it changes; the
    same event twice is stored once. `received` is this PC's counter: what a bundle sends."""
    with database.writing() as db:
        added = db.execute(
            """INSERT OR IGNORE INTO events
                (id, learner_id, verb, module_id, object_id, result, context, timestamp, received)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT counter FROM this_pc))""",
            (
                event.id,
                event.learner_id,
                event.verb.value,
                event.module_id,
                event.object_id,
                json.dumps(event.result, ensure_ascii=False),
                json.dumps(event.context, ensure_ascii=False),
                event.timestamp,
            ),
        ).rowcount
        if added:
            reviews.take(db, event)


def events_of(database: Database, learner_id: str, module_id: str | None = None) -> list[Event]:
    """A learner's events, oldest first, for one module or all."""
    where = "learner_id = ?" + (" AND module_id = ?" if module_id else "")
    params: list[Any] = [learner_id, module_id] if module_id else [learner_id]
    rows = database.db.table("events").rows_where(where, params, order_by="timestamp, rowid")
    return [_event(row) for row in rows]


def _event(row: dict[str, Any]) -> Event:
    return Event(
        learner_id=row["learner_id"],
        verb=Verb(row["verb"]),
        module_id=row["module_id"],
        result=json.loads(row["result"]),
        context=json.loads(row["context"]),
        id=row["id"],
        timestamp=row["timestamp"],
    )
