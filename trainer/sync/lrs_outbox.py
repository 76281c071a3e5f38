"""The outbox: each event's statement waits here until the programme's LRS has it.

A statement is built once, when its event is queued, and resent unchanged until the LRS
answers 200 or 204, so the LRS sees one id with one content however often the network fails.
A network or server error (5xx) is tried again after growing waits; if it lasts, the push stops
and everything not sent keeps waiting. Statements the LRS refuses (400, 409, 422) are set aside
for the facilitator to see, and the others still go: a refused batch is split until the
refused statements are found. The facilitator can put them back in line (`send_again`).

A 409 says the LRS already holds a statement with that id and other content. The ids are the
events' own, so that is the same event sent before, from another PC that built its statement
with another home page or another content version. Each statement of such a batch is looked up
at the LRS: one the LRS holds for the same learner, verb and activity counts as there already
(kept as sent, with a note); the LRS keeps its first copy, as xAPI says a statement never
changes. Only the others are sent again, so a batch is not halved down to single statements.
"""

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.course.model import Library
from trainer.learning.events import now
from trainer.store.database import Database
from trainer.store.events import events_of
from trainer.sync.lrs import CredentialsError, Lrs, StatementsRefusedError, UnreachableError
from trainer.sync.xapi import statement

log = logging.getLogger("trainer")

BATCH = 100
WAITS = (1.0, 3.0, 9.0)
"""Seconds before each new try after a network or server error; then the push stops."""

Progress = Callable[[int, int], None]


ALREADY_THERE = "already at the LRS"
"""The note on a statement the LRS had from another PC; the learner's home page there may follow."""


@dataclass(frozen=True)
class Pushed:
    sent: int
    set_aside: int
    already_there: int = 0
    """Statements the LRS held already, with other details, from another PC."""
    other_home_pages: frozenset[str] = frozenset()
    """Home pages other than this PC's that the LRS names these learners on."""


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


def already_there(database: Database) -> dict[str, int]:
    """How many statements the LRS had already from another PC, by the home page it names
    their learners on ("" where it is this PC's)."""
    rows = database.query(
        "SELECT problem, count(*) FROM lrs_outbox WHERE state = 'sent' AND problem LIKE ? GROUP BY problem",
        (ALREADY_THERE + "%",),
    )
    return {_home_page_in(problem): int(count) for problem, count in rows}


def _home_page_in(note: str) -> str:
    return note.removeprefix(ALREADY_THERE).removeprefix(", learner named on ")


def send_again(database: Database) -> int:
    """Put the refused statements back in line, after the programme fixed its LRS or the
    trainer was updated: their statements are built again at the next push; how many."""
    with database.writing():
        return int(database.execute("DELETE FROM lrs_outbox WHERE state = 'quarantined'").rowcount)


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
        database.executemany(
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
    others = frozenset(delivery.other_home_pages)
    log.info(
        "sent to the LRS %s: %d statements, %d set aside, %d there already",
        lrs.connection.endpoint,
        delivery.sent,
        delivery.set_aside,
        delivery.already_there,
    )
    return Pushed(delivery.sent, delivery.set_aside, delivery.already_there, others)


class _Delivery:
    def __init__(self, database: Database, lrs: Lrs, waits: Sequence[float]) -> None:
        self.database, self.lrs, self.waits = database, lrs, waits
        self.sent = self.set_aside = self.already_there = 0
        self.other_home_pages: set[str] = set()

    def deliver(self, batch: list[tuple[str, str]], looked_up: bool = False) -> None:
        """Send one batch. After a 409 its statements are looked up at the LRS once; then a
        batch still refused is halved until each refused statement is alone."""
        try:
            self._send_trying_again([text for _, text in batch])
        except StatementsRefusedError as refusal:
            if refusal.status == 409 and not looked_up:
                rest = self._drop_those_at_the_lrs(batch)
                if rest:
                    self.deliver(rest, looked_up=True)
                return
            if len(batch) > 1:
                self.deliver(batch[: len(batch) // 2], looked_up)
                self.deliver(batch[len(batch) // 2 :], looked_up)
                return
            self._mark([batch[0][0]], "quarantined", _why(refusal))
            self.set_aside += 1
            return
        self._mark([event_id for event_id, _ in batch], "sent", None)
        self.sent += len(batch)

    def _drop_those_at_the_lrs(self, batch: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Mark the statements the LRS holds for the same record as there already; the rest.
        A user who may not read statements (403) gets the batch back, to be halved."""
        rest: list[tuple[str, str]] = []
        found: dict[str, str] = {}
        for event_id, text in batch:
            try:
                held = self.lrs.statement(event_id)
            except CredentialsError as refusal:
                if refusal.status != 403:
                    raise
                return batch
            ours = json.loads(text)
            if held is None or not _same_record(ours, held):
                rest.append((event_id, text))
                continue
            home_page = _home_page(held)
            elsewhere = home_page != _home_page(ours)
            if elsewhere:
                self.other_home_pages.add(home_page)
            found[event_id] = ALREADY_THERE + (f", learner named on {home_page}" if elsewhere else "")
        for note in set(found.values()):
            self._mark([event_id for event_id, said in found.items() if said == note], "sent", note)
        self.already_there += len(found)
        return rest

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
            self.database.executemany(
                "UPDATE lrs_outbox SET state = ?, problem = ?, changed_at = ?,"
                " statement = CASE WHEN ? = 'sent' THEN '' ELSE statement END WHERE event_id = ?",
                [(state, problem, at, state, event_id) for event_id in event_ids],
            )


def _same_record(ours: dict[str, Any], held: dict[str, Any]) -> bool:
    """The LRS's statement is this event's: the same learner, verb and activity."""
    return (
        _learner(ours) == _learner(held)
        and ours["verb"]["id"] == held.get("verb", {}).get("id")
        and ours["object"]["id"] == held.get("object", {}).get("id")
    )


def _learner(made: dict[str, Any]) -> object:
    return made.get("actor", {}).get("account", {}).get("name")


def _home_page(made: dict[str, Any]) -> str:
    return str(made.get("actor", {}).get("account", {}).get("homePage", ""))


def _why(refusal: StatementsRefusedError) -> str:
    if refusal.status == 409:
        return f"{refusal}. The LRS holds another record under this statement's id."
    return str(refusal)
