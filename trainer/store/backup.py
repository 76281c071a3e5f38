"""Backups of the learners' records, made with SQLite's backup API, never by copying the live file.

Automatic backups go to `<data>/backups/`, named by their UTC time, when the trainer starts
and when it closes, but never two within 30 minutes. The trainer keeps the newest backup of
each of the 7 latest days that have one, then of each of the 4 weeks before those, then of
each of the 12 months before those: at most 23 files, and a year of history.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.files import written_atomically

if TYPE_CHECKING:
    from trainer.store.database import Database

BACKUP_FOLDER = "backups"
MIN_GAP = timedelta(minutes=30)
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
NAME_FORMAT = "trainer-%Y-%m-%dT%H-%M-%SZ.db"
"""A backup's name holds its UTC time; no colons, so that Windows and USB sticks accept it."""

log = logging.getLogger("trainer")
_one_at_a_time = threading.Lock()
"""The backup on close waits for the one at start, if it is still running, then sees it."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    """UTC."""
    size: int
    """Bytes."""


def backups_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def time_in_name(path: Path) -> datetime | None:
    """The UTC time in a backup's name, or None for a name the trainer did not give."""
    try:
        return datetime.strptime(path.name, NAME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def backups_in(folder: Path) -> list[Backup]:
    """The backups the trainer made in a folder, newest first."""
    found = []
    for path in folder.glob("trainer-*.db"):
        made_at = time_in_name(path)
        if made_at is not None:
            found.append(Backup(path, made_at, path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def copy_database(
    source: Path, target: Path, prepare: Callable[[sqlite3.Connection], None] = lambda copy: None
) -> None:
    """Copy a database with the backup API, through a file that takes the target's name only
    once complete and checked, so that a power cut or a damaged source never leaves a bad copy
    in place. `prepare` may change the copy first (a restore makes it a new PC)."""
    with (
        written_atomically(target) as partial,
        closing(sqlite3.connect(f"{source.as_uri()}?mode=rw", uri=True)) as reader,
        closing(sqlite3.connect(partial, isolation_level=None)) as copy,
    ):
        reader.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # a copy stands alone: no -wal file
        prepare(copy)
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"the records in {source} are damaged; no copy made")


def make_backup(database: Database, folder: Path, now: datetime | None = None) -> Backup:
    """A backup of the records in `folder` (an automatic backup, or a USB stick), named by time."""
    made_at = (now or datetime.now(UTC)).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / made_at.strftime(NAME_FORMAT)
    copy_database(database.path, target)
    return Backup(target, made_at, target.stat().st_size)


def backup_due(backups: list[Backup], now: datetime) -> bool:
    """Due unless one was made within 30 minutes (either way: the PC's clock may have moved back)."""
    return all(abs(now - backup.made_at) >= MIN_GAP for backup in backups)


def make_automatic_backup(database: Database, now: datetime | None = None) -> Backup | None:
    """At start and on close: a backup if due, then the old ones thinned out. A failure is logged,
    never raised, so that it cannot stop the trainer from starting or closing."""
    with _one_at_a_time:
        now = now or datetime.now(UTC)
        folder = backups_folder(database.path)
        if not backup_due(backups_in(folder), now):
            return None
        try:
            for partial in folder.glob("*.part*"):  # left by a power cut (.part before 0.2)
                partial.unlink()
            backup = make_backup(database, folder, now)
        except (OSError, sqlite3.Error):
            log.exception("automatic backup failed")
            return None
        backups = backups_in(folder)
        kept = set(to_keep(backups))
        dropped = [old for old in backups if old not in kept]
        for old in set(dropped) - set(fuller_than(backup, dropped)):
            old.path.unlink(missing_ok=True)
        log.info("backup made: %s", backup.path)
        return backup


def records_in(path: Path) -> int:
    """How many learners and events a backup holds; 0 when it cannot be read."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as backup:
            row = backup.execute("SELECT (SELECT count(*) FROM learners) + (SELECT count(*) FROM events)")
            return int(row.fetchone()[0])
    except sqlite3.Error:
        return 0


def fuller_than(new: Backup, dropped: list[Backup]) -> list[Backup]:
    """Of the backups rotation would remove (newest first), the newest holding more records than
    the new one: it stays, since the records may have been lost since (a failing disk) and this
    is the way back. Only those backups are read, so a rotation that removes one reads two."""
    if not dropped:
        return []
    held = records_in(new.path)
    return next(([old] for old in dropped if records_in(old.path) > held), [])


def start_automatic_backup(database: Database) -> threading.Thread:
    """The backup at start, on its own thread, so that the picker answers at once meanwhile."""
    thread = threading.Thread(target=make_automatic_backup, args=(database,), name="backup", daemon=True)
    thread.start()
    return thread


def to_keep(backups: list[Backup]) -> list[Backup]:
    """The backups that rotation keeps: each fills at most one daily, weekly or monthly place.

    Going from newest to oldest, a backup is kept if its day, ISO week and month have none
    kept yet and a place of that kind is free: daily first, then weekly, then monthly."""
    places = {"day": KEEP_DAYS, "week": KEEP_WEEKS, "month": KEEP_MONTHS}
    seen: dict[str, set[tuple[int, ...]]] = {kind: set() for kind in places}
    kept = []
    for backup in sorted(backups, key=lambda b: b.made_at, reverse=True):
        when = backup.made_at
        keys: dict[str, tuple[int, ...]] = {
            "day": (when.year, when.month, when.day),
            "week": tuple(when.isocalendar())[:2],
            "month": (when.year, when.month),
        }
        kind = next((k for k in places if keys[k] not in seen[k] and places[k] > 0), None)
        if kind is None:
            continue
        places[kind] -= 1
        kept.append(backup)
        for name, key in keys.items():
            seen[name].add(key)
    return kept
