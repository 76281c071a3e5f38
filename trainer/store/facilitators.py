"""The facilitator account that guards the facilitator area: a name and a slow salted hash."""

import uuid
from dataclasses import dataclass

from trainer.learning.events import now
from trainer.store.codes import check_code, hash_code
from trainer.store.database import Database

MIN_PASSWORD = 6


@dataclass(frozen=True)
class Facilitator:
    id: str
    name: str


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
    with database.writing() as db:
        db.table("facilitators").insert(
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


def reset_password(database: Database, name: str, password: str) -> Facilitator:
    """Set a new password for the named facilitator, or add them; for the recovery command,
    which needs someone at the PC itself."""
    name = _checked(name, password)
    rows = database.query("SELECT id FROM facilitators WHERE name = ?", (name,))
    if not rows:
        return add_facilitator(database, name, password)
    with database.writing() as db:
        db.table("facilitators").update(rows[0]["id"], {"password_hash": hash_code(password)})
    return Facilitator(rows[0]["id"], name)
