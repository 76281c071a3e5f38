"""The facilitator account that guards the facilitator area: a name and a slow salted hash.

Wrong passwords close the door for a growing wait, as wrong picture codes close a learner's
card. The gate asks for no name, so the wait is this PC's, kept in the settings table (under
a key that is not a facilitator's setting) so that restarting the app does not end it.
"""

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from trainer.learning.events import now
from trainer.store.codes import check_code, hash_code
from trainer.store.database import Database
from trainer.store.learners import FIRST_WAIT_SECONDS, TRIES_BEFORE_WAIT

log = logging.getLogger("trainer")

MIN_PASSWORD = 6
WRONG_TRIES = "facilitator_wrong_tries"
"""The settings row of the wait: {"failed_tries": n, "lockouts": n, "locked_until": epoch seconds}."""


@dataclass(frozen=True)
class Facilitator:
    id: str
    name: str


@dataclass(frozen=True)
class Opening:
    """What typing a password at the gate gave: the facilitator, or how long to wait (0 when
    the password was wrong but the door is still open)."""

    facilitator: Facilitator | None
    wait_seconds: int = 0


def has_facilitator(database: Database) -> bool:
    return bool(database.query("SELECT 1 FROM facilitators LIMIT 1"))


def _checked(name: str, password: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a facilitator needs a name")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"the password needs at least {MIN_PASSWORD} characters")
    return name


def add_facilitator(database: Database, name: str, password: str) -> Facilitator:
    facilitator = Facilitator(str(uuid.uuid4()), _checked(name, password))
    with database.writing():
        database.table("facilitators").insert(
            {
                "id": facilitator.id,
                "name": facilitator.name,
                "password_hash": hash_code(password),
                "created_at": now(),
            }
        )
    return facilitator


def check_password(database: Database, password: str) -> Facilitator | None:
    """The facilitator whose password this is, if any."""
    for row in database.query("SELECT id, name, password_hash FROM facilitators ORDER BY created_at"):
        if check_code(password, row["password_hash"]):
            return Facilitator(row["id"], row["name"])
    return None


def open_gate(database: Database, password: str, clock: Callable[[], float] = time.time) -> Opening:
    """Check a password typed at the gate; during a wait it is not even checked."""
    if wait := seconds_to_wait(database, clock):
        return Opening(None, wait)
    facilitator = check_password(database, password)
    with database.writing():
        tries = _wrong_tries(database)
        if facilitator is not None:
            if tries["failed_tries"] or tries["lockouts"]:
                database.execute("DELETE FROM settings WHERE key = ?", (WRONG_TRIES,))
            return Opening(facilitator)
        tries["failed_tries"] += 1
        wait = 0
        if tries["failed_tries"] >= TRIES_BEFORE_WAIT:
            wait = FIRST_WAIT_SECONDS * 2 ** tries["lockouts"]
            tries = {"failed_tries": 0, "lockouts": tries["lockouts"] + 1, "locked_until": clock() + wait}
        database.table("settings").upsert({"key": WRONG_TRIES, "value": json.dumps(tries)}, pk="key")
    return Opening(None, wait)


def seconds_to_wait(database: Database, clock: Callable[[], float] = time.time) -> int:
    """How long the gate stays closed after too many wrong passwords; 0 when open."""
    return max(0, int(_wrong_tries(database)["locked_until"] - clock() + 0.999))


def _wrong_tries(database: Database) -> dict[str, Any]:
    rows = database.execute("SELECT value FROM settings WHERE key = ?", (WRONG_TRIES,)).fetchall()
    fresh: dict[str, Any] = {"failed_tries": 0, "lockouts": 0, "locked_until": 0.0}
    try:
        stored = json.loads(rows[0][0]) if rows else {}
        return {key: type(value)(stored.get(key, value)) for key, value in fresh.items()}
    except (ValueError, TypeError, AttributeError):
        log.warning("the facilitator's wrong tries were damaged; counting again from none")
        return fresh


def reset_password(database: Database, name: str, password: str) -> Facilitator:
    """Set a new password for the named facilitator, or add them, and end any wait after wrong
    passwords; for the recovery command, which needs someone at the PC itself."""
    name = _checked(name, password)
    with database.writing():
        database.execute("DELETE FROM settings WHERE key = ?", (WRONG_TRIES,))
    rows = database.query("SELECT id FROM facilitators WHERE name = ?", (name,))
    if not rows:
        return add_facilitator(database, name, password)
    with database.writing():
        database.table("facilitators").update(rows[0]["id"], {"password_hash": hash_code(password)})
    return Facilitator(rows[0]["id"], name)
