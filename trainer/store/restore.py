"""Restore the records from a backup file: first say what it holds and what it replaces, then
replace them with SQLite's backup API, after a safety copy of the records being replaced.

A file that is not a trainer database, is damaged, or comes from a newer trainer is refused
with its reason, and nothing changes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.messages import QT_TRANSLATE_NOOP, Refusal, RefusedError
from trainer.store.backup import Backup, backups_folder, backups_in, make_backup, time_in_name
from trainer.store.migrations import MIGRATIONS

log = logging.getLogger("trainer")

if TYPE_CHECKING:
    from trainer.store.database import Database

SAFETY_FOLDER = "before-restore"
"""Inside the backups folder: the records as they were before each restore."""
KEEP_SAFETY_COPIES = 5
SQLITE_HEADER = b"SQLite format 3\x00"


class RestoreRefusal(Refusal):
    MISSING = (
        "missing",
        QT_TRANSLATE_NOOP("RestoreRefusal", "That file is not there any more. Is the USB stick still in?"),
    )
    NOT_A_DATABASE = (
        "not-a-database",
        QT_TRANSLATE_NOOP("RestoreRefusal", "That file is not a trainer backup."),
    )
    DAMAGED = "damaged", QT_TRANSLATE_NOOP("RestoreRefusal", "That backup is damaged. Try an older one.")
    NOT_TRAINER = (
        "not-trainer",
        QT_TRANSLATE_NOOP(
            "RestoreRefusal", "That file is a database, but it does not hold a trainer's records."
        ),
    )
    NEWER = (
        "newer",
        QT_TRANSLATE_NOOP(
            "RestoreRefusal", "That backup was made by a newer trainer. Update this trainer first."
        ),
    )


class RestoreError(RefusedError[RestoreRefusal]):
    """A backup that cannot be restored; its path is the detail. Nothing was changed."""

    def __init__(self, reason: RestoreRefusal, path: Path) -> None:
        super().__init__(reason, str(path))
        self.path = path


@dataclass(frozen=True)
class Contents:
    learners: int
    answers: int
    newest_record: str | None
    """The time of the latest event or new learner, ISO UTC; None when there is none."""


@dataclass(frozen=True)
class RestorePlan:
    """What a restore would do, for the facilitator to confirm."""

    source: Path
    made_at: datetime
    """When the backup was made: from its name, else the file's time."""
    backup: Contents
    current: Contents


def contents(records: Database | sqlite3.Connection) -> Contents:
    """What the open records, or a backup file, hold."""
    learners, joined = records.execute("SELECT count(*), max(created_at) FROM learners").fetchone()
    answers, latest = records.execute(
        "SELECT count(*) FILTER (WHERE verb = 'answered'), max(timestamp) FROM events"
    ).fetchone()
    newest = max((time for time in (joined, latest) if time), default=None)
    return Contents(learners, answers, newest)


def inspect(path: Path) -> Contents:
    """What a backup file holds; RestoreError if it cannot be restored. Opened read-only."""
    if not path.is_file():
        raise RestoreError(RestoreRefusal.MISSING, path)
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise RestoreError(RestoreRefusal.NOT_A_DATABASE, path)
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as backup:
            if backup.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise RestoreError(RestoreRefusal.DAMAGED, path)
            if backup.execute("PRAGMA user_version").fetchone()[0] > len(MIGRATIONS):
                raise RestoreError(RestoreRefusal.NEWER, path)
            tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
            if not {"learners", "events"} <= tables:
                raise RestoreError(RestoreRefusal.NOT_TRAINER, path)
            return contents(backup)
    except sqlite3.DatabaseError as error:
        raise RestoreError(RestoreRefusal.DAMAGED, path) from error


def plan_restore(database: Database, source: Path) -> RestorePlan:
    backup = inspect(source)
    made_at = time_in_name(source) or datetime.fromtimestamp(os.path.getmtime(source), UTC)
    return RestorePlan(source, made_at, backup, contents(database))


def restore(database: Database, plan: RestorePlan, now: datetime | None = None) -> Backup:
    """Replace the records by the backup's; returns the safety copy of the records replaced.
    The dashboard's counts and review cards then catch up with the events restored: a backup
    made during an import, or by an older trainer, may hold them behind."""
    inspect(plan.source)  # the file may have changed (or the stick gone) since the plan
    safety_folder = backups_folder(database.path) / SAFETY_FOLDER
    safety = make_backup(database, safety_folder, now)
    database.replace_with(plan.source)
    from trainer.store.projections import catch_up  # not at start: it loads fsrs, 60 ms

    catch_up(database)
    for old in backups_in(safety_folder)[KEEP_SAFETY_COPIES:]:
        old.path.unlink()
    log.info("records restored from %s; the records replaced are kept in %s", plan.source, safety.path)
    return safety
