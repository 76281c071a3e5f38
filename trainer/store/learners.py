"""Learner profiles on a shared PC: add, list, and sign in with a picture code."""

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from trainer.learning.events import now
from trainer.store.codes import check_code, hash_code
from trainer.store.database import Database
from trainer.store.versions import stamp

TRIES_BEFORE_WAIT = 5
FIRST_WAIT_SECONDS = 30
"""The wait after 5 wrong codes; it doubles with each further round of wrong codes."""


@dataclass(frozen=True)
class Learner:
    id: str
    name: str
    avatar: str


class Outcome(Enum):
    SIGNED_IN = "signed-in"
    WRONG_CODE = "wrong-code"
    MUST_WAIT = "must-wait"


@dataclass(frozen=True)
class SignIn:
    outcome: Outcome
    wait_seconds: int = 0
    """How long the card stays closed, when the outcome is MUST_WAIT."""


def add_learner(database: Database, name: str, avatar: str, code: str) -> Learner:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a learner needs a name")
    learner = Learner(str(uuid.uuid4()), name, avatar)
    with database.writing() as db:
        db.table("learners").insert(
            {
                "id": learner.id,
                "name": learner.name,
                "avatar": avatar,
                "code_hash": hash_code(code),
                "created_at": now(),
            }
        )
        stamp(db, "learners", learner.id)
    return learner


def all_learners(database: Database) -> list[Learner]:
    rows = database.query("SELECT id, name, avatar FROM learners ORDER BY name COLLATE NOCASE")
    return [Learner(row["id"], row["name"], row["avatar"]) for row in rows]


def seconds_to_wait(database: Database, learner_id: str, clock: Callable[[], float] = time.time) -> int:
    """How long this learner's card stays closed after too many wrong codes; 0 when open."""
    rows = database.query("SELECT locked_until FROM learners WHERE id = ?", (learner_id,))
    return max(0, int(rows[0]["locked_until"] - clock() + 0.999)) if rows else 0


def sign_in(database: Database, learner_id: str, code: str, clock: Callable[[], float] = time.time) -> SignIn:
    if wait := seconds_to_wait(database, learner_id, clock):
        return SignIn(Outcome.MUST_WAIT, wait)
    row = database.db.table("learners").get(learner_id)
    if check_code(code, row["code_hash"]):
        _update(database, learner_id, failed_tries=0, lockouts=0, locked_until=0)
        return SignIn(Outcome.SIGNED_IN)
    failed = row["failed_tries"] + 1
    if failed < TRIES_BEFORE_WAIT:
        _update(database, learner_id, failed_tries=failed)
        return SignIn(Outcome.WRONG_CODE)
    seconds = FIRST_WAIT_SECONDS * 2 ** row["lockouts"]
    _update(
        database,
        learner_id,
        failed_tries=0,
        lockouts=row["lockouts"] + 1,
        locked_until=clock() + seconds,
    )
    return SignIn(Outcome.MUST_WAIT, seconds)


def _update(database: Database, learner_id: str, **values: float) -> None:
    with database.writing() as db:
        db.table("learners").update(learner_id, values)
