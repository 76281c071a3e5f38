"""At start, before migrations: a damaged database is set aside, the newest good backup takes
its place, and a notice waits for the facilitator's next sign-in.

The damaged file (and its -wal and -shm files) is renamed `trainer.db.corrupt-<UTC time>`
and kept, so that nothing is deleted. With no good backup, the trainer starts with empty
records, and the notice says so.
"""

import json
import logging
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from trainer.store.backup import backups_folder, backups_in, copy_database
from trainer.store.database import Database
from trainer.store.restore import RestoreError, inspect

NOTICES = "recovery-notices.json"
"""Beside the database: the notices not yet dismissed by a facilitator."""
SET_ASIDE = "{name}.corrupt-{time:%Y-%m-%dT%H-%M-%SZ}"

LOCK_WAIT_SECONDS = 5.0

log = logging.getLogger("trainer")


@dataclass(frozen=True)
class Notice:
    """What the facilitator is told: what happened and what was lost."""

    found_at: str
    """When the damage was found, ISO UTC."""
    set_aside_as: str
    """The damaged file's new name, in the data folder."""
    backup_made_at: str | None
    """The time of the backup restored (ISO UTC): what was recorded after it is lost.
    None when there was no good backup and the trainer started with empty records."""
    learners: int = 0
    answers: int = 0
    """What the restored backup holds."""


def open_safely(path: Path, now: datetime | None = None) -> Database:
    """Open the database, first recovering it if it is damaged."""
    recover_if_damaged(path, now)
    return Database(path)


def is_damaged(path: Path) -> bool:
    """True when the file is not a database or `PRAGMA quick_check` finds a fault. A file that
    cannot be opened or is locked (another trainer running) is not damaged: it is left alone."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS)) as connection:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] != "ok")
    except sqlite3.DatabaseError as error:
        return error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def recover_if_damaged(path: Path, now: datetime | None = None) -> Notice | None:
    if not is_damaged(path):
        return None
    found_at = (now or datetime.now(UTC)).replace(microsecond=0)
    set_aside = path.with_name(SET_ASIDE.format(name=path.name, time=found_at))
    for suffix in ("", "-wal", "-shm"):  # a stale -wal must never be replayed into the backup
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(set_aside.with_name(set_aside.name + suffix))
    notice = Notice(found_at.isoformat(), set_aside.name, None)
    for backup in backups_in(backups_folder(path)):
        try:
            held = inspect(backup.path)
        except RestoreError:
            continue
        copy_database(backup.path, path)
        notice = Notice(
            notice.found_at, set_aside.name, backup.made_at.isoformat(), held.learners, held.answers
        )
        break
    _save(path.parent, [*_load(path.parent), notice])
    log.warning("damaged database set aside as %s; backup restored: %s", set_aside, notice.backup_made_at)
    return notice


def pending_notices(database: Database) -> list[Notice]:
    """Recoveries the facilitator has not yet been told of, oldest first."""
    return _load(database.path.parent)


def dismiss_notices(database: Database) -> None:
    (database.path.parent / NOTICES).unlink(missing_ok=True)


def _load(folder: Path) -> list[Notice]:
    path = folder / NOTICES
    if not path.exists():
        return []
    return [Notice(**fields) for fields in json.loads(path.read_text(encoding="utf-8"))]


def _save(folder: Path, notices: list[Notice]) -> None:
    partial = folder / (NOTICES + ".part")
    text = json.dumps([asdict(notice) for notice in notices], ensure_ascii=False, indent=2)
    partial.write_text(text, encoding="utf-8")
    partial.replace(folder / NOTICES)
