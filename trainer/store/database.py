"""Open the trainer's SQLite file: WAL, full sync, foreign keys, migrations, one writer."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

    def replace_with(self, source: sqlite3.Connection) -> None:
        """Replace every record by those of `source` (a restore, with SQLite's backup API),
        then bring them up to this trainer's schema."""
        with self._write_lock:
            source.backup(self.connection)
            migrate(self.connection)

    def close(self) -> None:
        self.connection.close()
