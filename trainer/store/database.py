"""Open the trainer's SQLite file: WAL, full sync, foreign keys, migrations, one writer."""

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from trainer.store.migrations import migrate

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
        migrate(connection)
        self.db = sqlite_utils.Database(connection)
        self._write_lock = threading.Lock()

    @contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """One transaction, committed (and synced to disk) when the block ends."""
        with self._write_lock:
            self.db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.conn.execute("ROLLBACK")
                raise
            self.db.conn.execute("COMMIT")

    def close(self) -> None:
        self.db.conn.close()
