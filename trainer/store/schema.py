"""Bring a trainer file up to this trainer's schema: the migrations it has not had yet.

Each migration runs in one transaction with the new `PRAGMA user_version`, so a power cut or
a failure part-way leaves the schema as it was and the next start runs it again.
"""

import sqlite3

from trainer.store import migrations
from trainer.store.migrations import EVENTS_BY_LEARNER


def migrate(db: sqlite3.Connection) -> int:
    """Run the migrations this file has not had yet, each in its own transaction."""
    steps = migrations.MIGRATIONS
    done = db.execute("PRAGMA user_version").fetchone()[0]
    if done > len(steps):
        raise RuntimeError(f"this data was written by a newer trainer (schema {done})")
    for number, migration in enumerate(steps[done:], start=done + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    db.execute(EVENTS_BY_LEARNER)  # back, if a large import was cut off while it was dropped
    return len(steps)
