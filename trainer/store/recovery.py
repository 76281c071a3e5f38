"""At start, before migrations: records that are damaged, missing or empty while backups
exist are set aside, the newest good backup takes their place, and a notice waits for the
facilitator's next sign-in.

A damaged or empty file (and its -wal and -shm files) is renamed
`trainer.db.corrupt-<UTC time>` and kept, so that nothing is deleted. The records brought back
are a new PC whose counter goes past the lost one's where it can still be read, so that what
other PCs got from it is not mistaken for what is made from now on. With no good backup, the
trainer starts with empty records, and the notice says so.
"""

import json
import logging
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from trainer.files import write_atomically
from trainer.store.backup import backups_folder, backups_in, copy_database
from trainer.store.database import Database
from trainer.store.folder import DataFolderError
from trainer.store.identity import become_new_pc
from trainer.store.restore import RestoreError, inspect
from trainer.store.schema import migrate

NOTICES = "recovery-notices.json"
"""Beside the database: the notices not yet dismissed by a facilitator."""
SET_ASIDE = "{name}.corrupt-{time:%Y-%m-%dT%H-%M-%SZ}"
UNREADABLE_NOTICES = "{name}.unreadable-{time:%Y-%m-%dT%H-%M-%SZ}"

LOCK_WAIT_SECONDS = 5.0

log = logging.getLogger("trainer")


class Found(StrEnum):
    """What was wrong with the records at start."""

    DAMAGED = "damaged"
    MISSING = "missing"
    """No trainer.db, though the trainer had made backups: deleted, moved, or a failing disk."""
    EMPTY = "empty"
    """A trainer.db of 0 bytes, which a failing disk or USB stick leaves."""


@dataclass(frozen=True)
class Notice:
    """What the facilitator is told: what happened and what was lost."""

    found_at: str
    """When the damage was found, ISO UTC."""
    set_aside_as: str | None
    """The damaged file's new name, in the data folder; None when there was no file."""
    backup_made_at: str | None
    """The time of the backup restored (ISO UTC): what was recorded after it is lost.
    None when there was no good backup and the trainer started with empty records."""
    learners: int = 0
    answers: int = 0
    """What the restored backup holds."""
    found: Found = Found.DAMAGED

    def __str__(self) -> str:
        """In English, for the command line and the log."""
        text = f"the learners' records were {self.found.value}"
        if self.backup_made_at is None:
            text += "; there was no good backup, so they start empty"
        else:
            text += (
                f"; the backup of {self.backup_made_at} was brought back (learners {self.learners},"
                f" answers {self.answers}): what was recorded after it on this PC is lost"
            )
        return text + (f"; the damaged file is kept as {self.set_aside_as}" if self.set_aside_as else "")


def open_safely(path: Path, now: datetime | None = None) -> Database:
    """Open the database, first recovering it if it is damaged, missing or empty. DataFolderError
    when the folder cannot hold the records (trainer.db is a folder, or cannot be written)."""
    if path.is_dir():
        raise DataFolderError(f"{path} is a folder, not the trainer's records; rename or move it")
    recover_if_damaged(path, now)  # logged, and told at the facilitator's next sign-in
    try:
        return Database(path)
    except (OSError, sqlite3.OperationalError) as error:
        raise DataFolderError(f"the records in {path} cannot be opened: {error}") from error


def is_damaged(path: Path) -> bool:
    """True when the file is not a database or `PRAGMA quick_check` finds a fault. A file that
    cannot be opened or is locked (another trainer running) is not damaged: it is left alone."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=LOCK_WAIT_SECONDS)) as db:
            return bool(db.execute("PRAGMA quick_check").fetchone()[0] != "ok")
    except sqlite3.DatabaseError as error:
        return error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def what_is_wrong(path: Path) -> Found | None:
    """Missing or empty records are damage only where the trainer has made backups: else this
    is the first start."""
    if is_damaged(path):
        return Found.DAMAGED
    if not backups_in(backups_folder(path)):
        return None
    if not path.exists():
        return Found.MISSING
    return Found.EMPTY if path.is_file() and path.stat().st_size == 0 else None


def recover_if_damaged(path: Path, now: datetime | None = None) -> Notice | None:
    found = what_is_wrong(path)
    if found is None:
        return None
    found_at = (now or datetime.now(UTC)).replace(microsecond=0)
    set_aside = _set_aside(path, path.with_name(SET_ASIDE.format(name=path.name, time=found_at)))
    notice = Notice(found_at.isoformat(), set_aside.name if set_aside.exists() else None, None, found=found)
    counter = _counter_in(set_aside)
    for backup in backups_in(backups_folder(path)):
        try:
            held = inspect(backup.path)
        except RestoreError:
            continue
        copy_database(backup.path, path, lambda copy: _as_new_pc(copy, counter))
        notice = Notice(
            notice.found_at,
            notice.set_aside_as,
            backup.made_at.isoformat(),
            held.learners,
            held.answers,
            found,
        )
        break
    _save(path.parent, [*_load(path.parent), notice])
    log.warning("recovery at start: %s", notice)
    return notice


def _set_aside(path: Path, set_aside: Path) -> Path:
    """Rename the file and its companions; a stale -wal must never be replayed into the backup."""
    for suffix in ("", "-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(set_aside.with_name(set_aside.name + suffix))
    return set_aside


def _counter_in(path: Path) -> int:
    """The lost records' counter, if it can still be read; else 0."""
    if not path.is_file():
        return 0
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            return int(db.execute("SELECT max(counter) FROM this_pc").fetchone()[0] or 0)
    except (sqlite3.Error, TypeError, ValueError):
        return 0


def _as_new_pc(copy: sqlite3.Connection, counter: int) -> None:
    migrate(copy)
    copy.execute("BEGIN IMMEDIATE")
    pc = copy.execute("SELECT id FROM this_pc").fetchone()[0]
    become_new_pc(copy, counter, gone=pc)
    copy.execute("COMMIT")


def pending_notices(database: Database) -> list[Notice]:
    """Recoveries the facilitator has not yet been told of, oldest first."""
    return _load(database.path.parent)


def dismiss_notices(database: Database) -> None:
    (database.path.parent / NOTICES).unlink(missing_ok=True)


def _load(folder: Path) -> list[Notice]:
    """The notices; a damaged notices file is set aside (and logged), never in the way."""
    path = folder / NOTICES
    if not path.exists():
        return []
    try:
        return [_notice(fields) for fields in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError, KeyError) as error:
        aside = path.with_name(UNREADABLE_NOTICES.format(name=path.name, time=datetime.now(UTC)))
        log.warning("the recovery notices could not be read (%s); set aside as %s", error, aside.name)
        path.replace(aside)
        return []


def _notice(fields: dict[str, object]) -> Notice:
    notice = Notice(**fields)  # type: ignore[arg-type]
    return Notice(**{**asdict(notice), "found": Found(notice.found)})


def _save(folder: Path, notices: list[Notice]) -> None:
    text = json.dumps([asdict(notice) for notice in notices], ensure_ascii=False, indent=2)
    write_atomically(folder / NOTICES, text)
