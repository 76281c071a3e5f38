"""Events that come with the id of a different event here.

Two PCs should never make two events with one id, but a copied database, a bug or a changed
bundle can. Then neither copy is dropped: both are kept in `event_copies` for the facilitator,
and the one in `events` is the copy with the smallest content hash, so that every PC that has
seen the same copies has the same events, whatever order they came in. When the copy in
`events` changes, the review cards and dashboard counts of both copies' learner and module
are marked to be made again once the import is in, and a statement for the LRS not sent yet
is made again from the new copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from trainer.store import projections
from trainer.store.versions import this_pc
from trainer.sync.bundle import EVENT_COLUMNS

if TYPE_CHECKING:
    from trainer.store.database import Database

CONTENT = EVENT_COLUMNS[1:]
"""What an event is, besides its id (and besides `received`, which is about this PC)."""


def content_hash(content: Sequence[Any]) -> str:
    return hashlib.sha256(json.dumps(list(content), ensure_ascii=False).encode()).hexdigest()


def keep_copies(database: Database, source_pc: str, received: int) -> tuple[int, int]:
    """Before the bundle's events go in: keep each that has the id of a different event here,
    and put in `events` the copy the rule picks. How many copies are new here, and how many
    events changed copy."""
    same = " AND ".join(f"b.{name} IS m.{name}" for name in CONTENT)
    rows = database.execute(
        f"SELECT b.id, {', '.join(f'b.{n}' for n in CONTENT)}, {', '.join(f'm.{n}' for n in CONTENT)}"
        f" FROM bundle.events b JOIN main.events m ON m.id = b.id WHERE NOT ({same})"
    ).fetchall()
    here = this_pc(database)[0]
    new = replaced = 0
    for event_id, *both in rows:
        incoming, present = both[: len(CONTENT)], both[len(CONTENT) :]
        _keep(database, event_id, present, here)
        new += _keep(database, event_id, incoming, source_pc)
        replaced += _settle(database, event_id, present, received)
    return new, replaced


def _keep(database: Database, event_id: str, content: Sequence[Any], seen_from: str) -> int:
    """1 when this copy was not kept yet."""
    return int(
        database.execute(
            f"INSERT OR IGNORE INTO event_copies VALUES (?, ?, {', '.join('?' * len(CONTENT))}, ?)",
            (event_id, content_hash(content), *content, seen_from),
        ).rowcount
    )


def _settle(database: Database, event_id: str, present: Sequence[Any], received: int) -> int:
    """Put the copy with the smallest hash in `events`; 1 when that changed the event."""
    columns = ", ".join(CONTENT)
    chosen = database.execute(
        f"SELECT {columns} FROM event_copies WHERE id = ? ORDER BY content_hash LIMIT 1", (event_id,)
    ).fetchone()
    if list(chosen) == list(present):
        return 0
    assignments = ", ".join(f"{name} = ?" for name in CONTENT)
    database.execute(
        f"UPDATE events SET {assignments}, received = ? WHERE id = ?", (*chosen, received, event_id)
    )
    projections.mark_stale(database, [(copy[0], copy[2]) for copy in (present, chosen)])
    database.execute("DELETE FROM lrs_outbox WHERE event_id = ? AND state = 'waiting'", (event_id,))
    return 1
