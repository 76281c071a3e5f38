"""Open the trainer's SQLite file: WAL, full sync, foreign keys, migrations, one writer.

`Database` is the one handle on the records that the rest of the trainer passes around:
every function that reads or writes them takes it. It reads with `query` (rows by column
name) or `execute`, writes inside `writing()` (one transaction), and offers sqlite-utils
through `table` where that adds something (an insert or upsert of a dict). Its `connection`
is for what this module does to the SQLite file itself (migrations, the PC's identity, the
backup API). Other SQLite files (a backup, a bundle's payload, a copy being prepared) are
opened with plain sqlite3 where they are used.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.store.identity import become_new_pc, claim
from trainer.store.schema import migrate

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table

DATABASE_NAME = "trainer.db"

Params = Sequence[Any] | Mapping[str, Any]


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

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """The rows a read gives, each readable by column name or position."""
        cursor = self.connection.cursor()
        cursor.row_factory = sqlite3.Row
        rows: list[sqlite3.Row] = cursor.execute(sql, params).fetchall()
        return rows

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """One statement; one that writes belongs inside `writing()`."""
        return self.connection.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlite3.Cursor:
        """One statement for each of many rows, inside `writing()`."""
        return self.connection.executemany(sql, rows)

    def table(self, name: str) -> Table:
        """sqlite-utils' view of a table, for inserting, upserting or updating rows given as dicts."""
        return self._sqlite_utils.table(name)

    @property
    def changes(self) -> int:
        """Rows inserted, updated or deleted since the database was opened."""
        return self.connection.total_changes

    def warm_up(self) -> None:
        """Import sqlite-utils now, while no one waits for it (it is not needed to start)."""
        self._sqlite_utils  # noqa: B018

    @cached_property
    def _sqlite_utils(self) -> sqlite_utils.Database:
        import sqlite_utils  # imported on first use, after the picker is up

        return sqlite_utils.Database(self.connection)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction, committed (and synced to disk) when the block ends."""
        with self._write_lock, self._transaction():
            yield

    @contextmanager
    def writing_with(self, other: Path) -> Iterator[None]:
        """One transaction that can also use another SQLite file, attached as `bundle`."""
        with self._write_lock:
            self.connection.execute("ATTACH DATABASE ? AS bundle", (str(other),))
            try:
                with self._transaction():
                    yield
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
    def _transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def become_new_pc(self, gone: str = "") -> str:
        """Give these records a new PC id, inside `writing()` (trainer/store/identity.py)."""
        return become_new_pc(self.connection, gone=gone)

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
