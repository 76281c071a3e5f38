"""The outbox: each event's statement waits here until the programme's LRS has it.

A statement is built once, when its event is queued, and resent unchanged until the LRS
answers 200 or 204, so the LRS sees one id with one content however often the network fails.
A network or server error (5xx) is tried again after growing waits; if it lasts, the push stops
and everything not sent keeps waiting. Statements the LRS refuses (400, 409, 422) are set aside
for the facilitator to see, and the others still go: a refused batch is split until the
refused statements are found. The facilitator can put them back in line (`send_again`).
"""

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from trainer.course.model import Library
from trainer.learning.events import now
from trainer.store.database import Database
from trainer.store.events import events_of
from trainer.sync.lrs import Lrs, StatementsRefusedError, UnreachableError
from trainer.sync.xapi import statement

BATCH = 100
WAITS = (1.0, 3.0, 9.0)
"""Seconds before each new try after a network or server error; then the push stops."""

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Pushed:
    sent: int
    set_aside: int


@dataclass(frozen=True)
class SetAside:
    """A statement the LRS refused, shown to the facilitator (with the learner's name, on this PC)."""

    event_id: str
    timestamp: str
    learner: str
    verb: str
    module_id: str
    problem: str


def waiting(database: Database) -> int:
    """Events not yet at the LRS: queued or not, and not set aside."""
    rows = database.query(
        "SELECT (SELECT count(*) FROM events)"
        " - (SELECT count(*) FROM lrs_outbox WHERE state != 'waiting') AS waiting"
    )
    return int(rows[0]["waiting"])


def set_aside(database: Database) -> list[SetAside]:
    rows = database.query(
        "SELECT o.event_id, e.timestamp, coalesce(l.name, '?'), e.verb, e.module_id, o.problem"
        " FROM lrs_outbox o JOIN events e ON e.id = o.event_id LEFT JOIN learners l ON l.id = e.learner_id"
        " WHERE o.state = 'quarantined' ORDER BY e.timestamp, o.rowid"
    )
    return [SetAside(*row) for row in rows]


def send_again(database: Database) -> int:
    """Put the refused statements back in line, after the programme fixed its LRS or the
    trainer was updated: their statements are built again at the next push; how many."""
    with database.writing() as db:
        return int(db.execute("DELETE FROM lrs_outbox WHERE state = 'quarantined'").rowcount)


def queue_new_events(database: Database, library: Library, home_page: str) -> int:
    """Build the statement of every event not in the outbox yet, oldest first; how many."""
    new = {row[0] for row in database.query(_NOT_QUEUED.format("e.id"))}
    groups = database.query(_NOT_QUEUED.format("DISTINCT e.learner_id, e.module_id"))
    made = []
    for learner_id, module_id in groups:
        history = events_of(database, learner_id, module_id)
        made += [
            (e.timestamp, e.id, statement(e, history, home_page, library)) for e in history if e.id in new
        ]
    made.sort(key=lambda entry: entry[:2])
    at = now()
    with database.writing():
        database.connection.executemany(
            "INSERT OR IGNORE INTO lrs_outbox (event_id, statement, queued_at, changed_at)"
            " VALUES (?, ?, ?, ?)",
            [(event_id, _json(made_statement), at, at) for _, event_id, made_statement in made],
        )
    return len(made)


_NOT_QUEUED = "SELECT {} FROM events e WHERE NOT EXISTS (SELECT 1 FROM lrs_outbox o WHERE o.event_id = e.id)"


def _json(made: dict[str, object]) -> str:
    return json.dumps(made, ensure_ascii=False, separators=(",", ":"))


def push(
    database: Database,
    library: Library,
    lrs: Lrs,
    progress: Progress | None = None,
    waits: Sequence[float] = WAITS,
) -> Pushed:
    """Queue new events, then send everything waiting in batches. An LrsError if the LRS cannot
    be reached or refuses the credentials: what was not sent then keeps waiting."""
    queue_new_events(database, library, lrs.connection.home_page)
    outbox = database.query(
        "SELECT event_id, statement FROM lrs_outbox WHERE state = 'waiting' ORDER BY rowid"
    )
    entries = [(row[0], row[1]) for row in outbox]
    delivery = _Delivery(database, lrs, waits)
    report = progress or (lambda done, total: None)
    report(0, len(entries))
    for start in range(0, len(entries), BATCH):
        delivery.deliver(entries[start : start + BATCH])
        report(min(start + BATCH, len(entries)), len(entries))
    return Pushed(delivery.sent, delivery.set_aside)


class _Delivery:
    def __init__(self, database: Database, lrs: Lrs, waits: Sequence[float]) -> None:
        self.database, self.lrs, self.waits = database, lrs, waits
        self.sent = self.set_aside = 0

    def deliver(self, batch: list[tuple[str, str]]) -> None:
        """Send one batch; a refused batch is halved until each refused statement is alone."""
        try:
            self._send_trying_again([text for _, text in batch])
        except StatementsRefusedError as refusal:
            if len(batch) > 1:
                self.deliver(batch[: len(batch) // 2])
                self.deliver(batch[len(batch) // 2 :])
                return
            self._mark([batch[0][0]], "quarantined", str(refusal))
            self.set_aside += 1
            return
        self._mark([event_id for event_id, _ in batch], "sent", None)
        self.sent += len(batch)

    def _send_trying_again(self, statements: list[str]) -> None:
        for wait in self.waits:
            try:
                self.lrs.send(statements)
                return
            except UnreachableError:
                time.sleep(wait)
        self.lrs.send(statements)

    def _mark(self, event_ids: list[str], state: str, problem: str | None) -> None:
        """A sent statement's text is dropped: its id is all that is needed to know it went."""
        at = now()
        with self.database.writing():
            self.database.connection.executemany(
                "UPDATE lrs_outbox SET state = ?, problem = ?, changed_at = ?,"
                " statement = CASE WHEN ? = 'sent' THEN '' ELSE statement END WHERE event_id = ?",
                [(state, problem, at, state, event_id) for event_id in event_ids],
            )
