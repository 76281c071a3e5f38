"""Learner profiles on a shared PC: add, list, and sign in with a picture code."""

import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from trainer.learning.events import now
from trainer.store.codes import check_code, hash_code
from trainer.store.database import Database
from trainer.store.versions import stamp

log = logging.getLogger("trainer")

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


NO_CODE = ""
"""The stored hash of a learner who has no picture code yet: they choose one at sign-in."""


@dataclass(frozen=True)
class Profile:
    """What a facilitator records about a learner beyond name and picture; all optional."""

    class_id: str | None = None
    gender: str | None = None
    """"female", "male" or "other", only with consent."""
    age_group: str | None = None
    consent: bool = False
    """The learner agreed that gender and age group be recorded."""


def add_learner(
    database: Database, name: str, avatar: str, code: str | None, profile: Profile = Profile()
) -> Learner:
    """A new learner; with no code, they choose their pictures the first time they sign in."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a learner needs a name")
    learner = Learner(str(uuid.uuid4()), name, avatar)
    consent = profile.consent and bool(profile.gender or profile.age_group)
    with database.writing():
        database.table("learners").insert(
            {
                "id": learner.id,
                "name": learner.name,
                "avatar": avatar,
                "code_hash": hash_code(code) if code else NO_CODE,
                "created_at": now(),
                "class_id": profile.class_id,
                "gender": profile.gender if consent else None,
                "age_group": profile.age_group if consent else None,
                "consent": int(consent),
            }
        )
        stamp(database, "learners", learner.id)
    return learner


def has_code(database: Database, learner_id: str) -> bool:
    rows = database.query("SELECT code_hash FROM learners WHERE id = ?", (learner_id,))
    return bool(rows and rows[0]["code_hash"] != NO_CODE)


def codes_needed(database: Database, learner_id: str) -> bool:
    """False when the learner's class signs in by tapping the card alone."""
    rows = database.query(
        "SELECT classes.codes_needed FROM learners JOIN classes ON classes.id = learners.class_id"
        " WHERE learners.id = ?",
        (learner_id,),
    )
    return not rows or bool(rows[0]["codes_needed"])


def set_code(database: Database, learner_id: str, code: str) -> None:
    """The learner's new picture code; it also opens a card closed after wrong tries."""
    _update(database, learner_id, True, code_hash=hash_code(code), failed_tries=0, lockouts=0, locked_until=0)


def reset_code(database: Database, learner_id: str) -> None:
    """A facilitator clears a forgotten code: the learner chooses new pictures at sign-in."""
    _update(database, learner_id, True, code_hash=NO_CODE, failed_tries=0, lockouts=0, locked_until=0)


def all_learners(database: Database, class_id: str | None = None) -> list[Learner]:
    """Everyone on this PC by name, or the learners of one class."""
    where, params = ("WHERE class_id = ?", (class_id,)) if class_id else ("", ())
    rows = database.query(
        f"SELECT id, name, avatar FROM learners {where} ORDER BY name COLLATE NOCASE", params
    )
    return [Learner(row["id"], row["name"], row["avatar"]) for row in rows]


def seconds_to_wait(database: Database, learner_id: str, clock: Callable[[], float] = time.time) -> int:
    """How long this learner's card stays closed after too many wrong codes; 0 when open."""
    rows = database.query("SELECT id, locked_until FROM learners WHERE id = ?", (learner_id,))
    return max(0, int(_number(dict(rows[0]), "locked_until") - clock() + 0.999)) if rows else 0


def _number(row: Mapping[str, Any], column: str) -> float:
    """A count or time of the learner's row; a damaged one (not a number) counts as 0, so the
    learner can still sign in, and is logged."""
    value = row[column]
    if isinstance(value, int | float):
        return value
    log.warning("damaged learner row: %s has %s = %r, read as 0", row["id"], column, value)
    return 0


def sign_in(database: Database, learner_id: str, code: str, clock: Callable[[], float] = time.time) -> SignIn:
    if wait := seconds_to_wait(database, learner_id, clock):
        return SignIn(Outcome.MUST_WAIT, wait)
    row = database.table("learners").get(learner_id)
    if row["code_hash"] != NO_CODE and check_code(code, row["code_hash"]):
        _update(database, learner_id, failed_tries=0, lockouts=0, locked_until=0)
        return SignIn(Outcome.SIGNED_IN)
    failed = int(_number(row, "failed_tries")) + 1
    if failed < TRIES_BEFORE_WAIT:
        _update(database, learner_id, failed_tries=failed)
        return SignIn(Outcome.WRONG_CODE)
    lockouts = int(_number(row, "lockouts"))
    seconds = FIRST_WAIT_SECONDS * 2**lockouts
    _update(database, learner_id, failed_tries=0, lockouts=lockouts + 1, locked_until=clock() + seconds)
    return SignIn(Outcome.MUST_WAIT, seconds)


def _update(database: Database, learner_id: str, synced: bool = False, **values: object) -> None:
    """Change a learner's row; `synced` changes (the code) get a new version for other PCs,
    while wrong tries stay on this PC."""
    with database.writing():
        database.table("learners").update(learner_id, values)
        if synced:
            stamp(database, "learners", learner_id)
