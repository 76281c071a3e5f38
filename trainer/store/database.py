"""Open the trainer's SQLite file: WAL, full sync, foreign keys, migrations, one writer."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.store.identity import become_new_pc, claim
from trainer.store.migrations import migrate

if TYPE_CHECKING:
    import sqlite_utils

DATABASE_NAME = "trainer.db"


class Database:
    """The one connection that writes; WAL lets readers in other connections go on meanwhile."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA cache_size = -65536")  # up to 64 MB, used only as records grow
        migrate(connection)
        claim(connection, path)
        self.connection = connection
        self._write_lock = threading.Lock()

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection; imported on first use, after the picker is up."""
        import sqlite_utils

        return sqlite_utils.Database(self.connection)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """A read with plain sqlite3, for the screens that must appear fastest."""
        cursor = self.connection.cursor()
        cursor.row_factory = sqlite3.Row
        rows: list[sqlite3.Row] = cursor.execute(sql, params).fetchall()
        return rows

    @contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, committed (and synced to disk) when the block ends."""
        with self._write_lock, self._transaction() as db:
            yield db

    @contextmanager
    def writing_with(self, other: Path) -> Iterator[sqlite_utils.Database]:
        """One transaction that can also use another SQLite file, attached as `bundle`."""
        with self._write_lock:
            self.connection.execute("ATTACH DATABASE ? AS bundle", (str(other),))
            try:
                with self._transaction() as db:
                    yield db
            finally:
                self.connection.execute("DETACH DATABASE bundle")

    @contextmanager
    def checkpoints_held(self, pages: int = 25_000) -> Iterator[None]:
        """Let the write-ahead log grow (to about 100 MB) before SQLite copies it into the
        database, for many transactions in a row (a batch of bundles); then as before again."""
        usual = self.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self.connection.execute(f"PRAGMA wal_autocheckpoint = {pages}")
        try:
            yield
        finally:
            self.connection.execute(f"PRAGMA wal_autocheckpoint = {usual}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite_utils.Database]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def replace_with(self, backup: Path) -> None:
        """Replace every record by those of a backup file, in one step of SQLite's backup API,
        so that a power cut leaves either the old records or the new ones. The backup is first
        copied beside, brought up to this trainer's schema, and made a new PC whose counter
        goes past this one's: changes made after the restore are newer than any made before
        it, here or on the PCs that got them."""
        prepared = self.path.with_name(self.path.name + ".restoring")
        with self._write_lock:
            pc, counter = self.connection.execute("SELECT id, counter FROM this_pc").fetchone()
            prepared.unlink(missing_ok=True)
            try:
                with (
                    closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as source,
                    closing(sqlite3.connect(prepared, isolation_level=None)) as copy,
                ):
                    source.backup(copy)
                    migrate(copy)
                    copy.execute("BEGIN IMMEDIATE")
                    become_new_pc(copy, counter, gone=pc)
                    copy.execute("COMMIT")
                    copy.backup(self.connection)
            finally:
                prepared.unlink(missing_ok=True)

    def close(self) -> None:
        self.connection.close()
