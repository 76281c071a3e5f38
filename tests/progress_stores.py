"""Stores on several 'PCs' (temp folders) and a snapshot of their learners' records."""

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from trainer.learning.events import Event, Verb
from trainer.store.centre_key import new_code, set_centre_key
from trainer.store.database import Database
from trainer.store.versions import stamp

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUESTIONS = {"passwords": ["longest", "share-otp", "good-habits", "birthday", "where-to-keep"]}
RECORDS = ("learners", "classes", "assignments", "kept_versions")
LOCAL = {"received", "failed_tries", "lockouts", "locked_until"}
CENTRE = new_code()
"""The centre key every test PC shares, as a facilitator would set it up on each."""
CODE_HASH = f"scrypt$16384$8$1${'5a' * 16}${'c3' * 32}"
"""A picture-code hash in the trainer's own format, without the slow hashing."""


def add_class(database: Database, name: str, class_id: str | None = None) -> str:
    class_id = class_id or str(uuid.uuid4())
    with database.writing():
        database.execute(
            "INSERT INTO classes (id, name, created_at) VALUES (?, ?, ?)", (class_id, name, T0.isoformat())
        )
        stamp(database, "classes", class_id)
    return class_id


def add_learner(
    database: Database, name: str, class_id: str | None = None, learner_id: str | None = None
) -> str:
    """A learner without the slow code hash, as the store would add one."""
    learner_id = learner_id or str(uuid.uuid4())
    with database.writing():
        database.execute(
            "INSERT INTO learners (id, name, avatar, code_hash, created_at, class_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (learner_id, name, "fish", CODE_HASH, T0.isoformat(), class_id),
        )
        stamp(database, "learners", learner_id)
    return learner_id


def assign(database: Database, class_id: str, module_id: str, position: int) -> None:
    with database.writing():
        key = (class_id, module_id)
        moved = database.execute(
            "UPDATE assignments SET position = ? WHERE class_id = ? AND module_id = ?", (position, *key)
        )
        if not moved.rowcount:
            database.execute(
                "INSERT INTO assignments (class_id, module_id, position) VALUES (?, ?, ?)", (*key, position)
            )
        stamp(database, "assignments", key)


def change(database: Database, table: str, key: str, **values: Any) -> None:
    """Change a learner or class the way the store does: the row and its version together."""
    names = ", ".join(f"{name} = ?" for name in values)
    with database.writing():
        database.execute(f"UPDATE {table} SET {names} WHERE id = ?", (*values.values(), key))
        stamp(database, table, key)


def answer(learner: str, question: str, success: bool, at: datetime, **context: Any) -> Event:
    return Event(
        learner, Verb.ANSWERED, "passwords", result={"success": success, "score": float(success)},
        context={"question": question, **context}, timestamp=at.isoformat(timespec="microseconds"),
    )  # fmt: skip


def mastery(learner: str, at: datetime) -> list[Event]:
    """Five right answers, then the module mastered."""
    answers = [
        answer(learner, q, True, at + timedelta(minutes=i)) for i, q in enumerate(QUESTIONS["passwords"])
    ]
    mastered = Event(learner, Verb.MASTERED, "passwords", timestamp=(at + timedelta(minutes=9)).isoformat())
    return [*answers, mastered]


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The learners' records: events, profiles, classes, assignments, kept versions and review
    cards, without what is about this PC only (counters, wrong-code counts)."""
    tables = ("events", *RECORDS, "review_modules", "review_cards")
    found = {}
    for table in tables:
        rows = database.query(f"SELECT * FROM {table}")
        found[table] = sorted(tuple(v for k, v in dict(row).items() if k not in LOCAL) for row in rows)
    return found


def dump(database: Database) -> list[str]:
    return list(database.connection.iterdump())


def open_pc(root: Path, name: str, centre: str | None = CENTRE) -> Database:
    """A PC of the centre (with its key), or with centre=None one where nobody set it up."""
    database = Database(root / name / "trainer.db")
    if centre is not None:
        set_centre_key(database, centre)
    return database
