"""Each schema migration has a test of what it leaves behind."""

import json
import sqlite3
from pathlib import Path

import pytest

from trainer.store import schema
from trainer.store.database import Database
from trainer.store.migrations import MIGRATIONS
from trainer.store.projections import CaughtUp, catch_up
from trainer.store.schema import migrate


def columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def test_migration_1_creates_learners_events_and_settings(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert {"id", "name", "avatar", "code_hash", "failed_tries", "locked_until"} <= columns(db, "learners")
    assert {"id", "learner_id", "verb", "object_id", "result", "context", "timestamp"} <= columns(
        db, "events"
    )
    assert columns(db, "settings") == {"key", "value"}


def test_migration_2_adds_facilitators_classes_assignments_and_trusted_keys(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert columns(db, "facilitators") == {"id", "name", "password_hash", "created_at"}
    assert {"id", "name", "codes_needed", "archived"} <= columns(db, "classes")
    assert {"class_id", "gender", "age_group", "consent"} <= columns(db, "learners")
    assert {"class_id", "module_id", "position", "target_date"} <= columns(db, "assignments")
    assert {"public_key", "name", "added_at"} <= columns(db, "trusted_keys")


def test_migration_3_and_6_have_older_records_counted_when_the_app_catches_up(tmp_path: Path) -> None:
    """Migration 3 makes the tables, migration 6 marks the learners who have events, and the
    catch-up at the app's start counts them: no migration calls the application's code."""
    db = sqlite3.connect(tmp_path / "t.db")
    migrate_to(db, 2)
    db.execute(
        "INSERT INTO learners (id, name, avatar, code_hash, created_at) VALUES ('l', 'L', 'fish', '', '')"
    )
    for n, success in enumerate(["true", "false", "false"]):
        db.execute(
            "INSERT INTO events VALUES (?, 'l', 'answered', 'm', 'm/q', ?, '{}', ?)",
            (f"e{n}", f'{{"success": {success}}}', f"2026-09-0{n + 1}"),
        )
    db.commit()
    db.close()
    database = Database(tmp_path / "t.db")
    assert catch_up(database).learners == 1
    counts = database.connection.execute("SELECT answers, right, last FROM module_activity").fetchall()
    assert counts == [(3, 1, "2026-09-03")]
    assert database.connection.execute("SELECT wrong_in_a_row FROM learner_activity").fetchall() == [(2,)]
    database.close()


def migrate_to(db: sqlite3.Connection, number: int) -> None:
    for done, migration in enumerate(MIGRATIONS[:number], start=1):
        with db:
            migration(db)
            db.execute(f"PRAGMA user_version = {done}")


def test_migration_4_adds_the_lrs_connection_and_the_outbox(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert columns(db, "lrs_connection") == {"id", "endpoint", "username", "password", "home_page"}
    assert {"event_id", "statement", "state", "problem", "queued_at", "changed_at"} <= columns(
        db, "lrs_outbox"
    )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO lrs_connection VALUES (2, 'https://lrs.example.org/', 'u', 'p', 'https://c/')"
        )


def test_migration_5_gives_this_pc_an_id_versions_and_a_review_schedule_to_rebuild(tmp_path: Path) -> None:
    from trainer.learning.events import Event, Verb
    from trainer.learning.review import schedule
    from trainer.store.events import events_of
    from trainer.store.reviews import cards_of

    path = tmp_path / "t.db"
    db = sqlite3.connect(path)
    mine = next(i for i, m in enumerate(MIGRATIONS) if m.__name__.endswith("_pc_versions_peers_reviews"))
    for number, migration in enumerate(MIGRATIONS[:mine], start=1):
        migration(db)
        db.execute(f"PRAGMA user_version = {number}")
    db.execute(
        "INSERT INTO learners (id, name, avatar, code_hash, created_at) VALUES ('l', 'L', 'fish', 'x', 't')"
    )
    earlier = [
        Event(
            "l",
            Verb.ANSWERED,
            "m",
            {"success": True},
            {"question": "q"},
            timestamp="2026-01-05T09:00:00+00:00",
        ),
        Event("l", Verb.MASTERED, "m", timestamp="2026-01-05T09:10:00+00:00"),
    ]
    for event in earlier:
        db.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                "l",
                event.verb,
                "m",
                event.object_id,
                json.dumps(event.result),
                json.dumps(event.context),
                event.timestamp,
            ),
        )
    db.commit()
    db.close()
    database = Database(path)
    pc = database.query("SELECT id, counter FROM this_pc")[0]
    assert len(pc["id"]) == 36 and pc["counter"] == 1
    assert tuple(database.query("SELECT version_counter, version_pc FROM learners")[0]) == (1, pc["id"])
    assert {"received"} <= columns(database.connection, "events")
    assert {"kind", "record_key", "content"} <= columns(database.connection, "kept_versions")
    assert [tuple(row) for row in database.query("SELECT * FROM review_stale")] == [("l", "m")]
    assert catch_up(database) == CaughtUp(imports=0, modules=1, learners=1)
    questions = {"m": ["q", "r"]}
    assert cards_of(database, "l", questions) == schedule(events_of(database, "l"), questions) != {}
    database.close()


def test_migration_6_keeps_the_learners_whose_counts_are_stale(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert columns(db, "activity_stale") == {"learner_id"}


def test_migration_7_marks_removed_assignments_instead_of_deleting_them(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert "removed" in columns(db, "assignments")
    default = "SELECT dflt_value FROM pragma_table_info('assignments') WHERE name = 'removed'"
    assert db.execute(default).fetchone() == ("0",)


def test_migration_8_lists_the_imports_not_taken_in_yet(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert columns(db, "imports_to_take_in") == {"received"}


def test_migration_10_keeps_one_centre_key(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert columns(db, "centre_key") == {"id", "code", "set_at"}
    db.execute("INSERT INTO centre_key VALUES (1, 'A', 'now')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO centre_key VALUES (2, 'B', 'now')")


def test_migration_11_keeps_copies_of_events_with_one_id(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    migrate(db)
    assert {"id", "content_hash", "learner_id", "verb", "result", "seen_from"} <= columns(db, "event_copies")


def test_every_migration_has_a_test() -> None:
    tested = {
        name.removeprefix("test_migration_").split("_")[0]
        for name in globals()
        if name.startswith("test_migration_")
    }
    assert tested == {str(number) for number in range(1, len(MIGRATIONS) + 1)}


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    assert migrate(db) == migrate(db) == len(MIGRATIONS)


def test_a_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.db")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(RuntimeError, match="newer trainer"):
        migrate(db)


def test_database_uses_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    database = Database(tmp_path / "trainer.db")
    conn = database.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    database.close()


def _failing_after_first_statement(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE half_done (x INTEGER)")
    raise sqlite3.OperationalError("disk I/O error")


def test_a_migration_that_fails_part_way_changes_nothing_and_runs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after some of a migration's statements (a full disk, a power cut) leaves the
    schema and user_version as before; the next start runs the whole migration again."""
    import trainer.store.migrations as migrations

    path = tmp_path / "t.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate_to(db, 4)
    fifth = MIGRATIONS[4]

    def fifth_then_failing(connection: sqlite3.Connection) -> None:
        fifth(connection)
        _failing_after_first_statement(connection)

    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS[:4], fifth_then_failing, *MIGRATIONS[5:]))
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 4
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert "this_pc" not in tables and "half_done" not in tables
    assert "version_counter" not in columns(db, "learners")
    db.close()
    monkeypatch.undo()
    database = Database(path)  # the next start
    assert database.query("PRAGMA user_version")[0][0] == len(MIGRATIONS)
    assert database.query("PRAGMA quick_check")[0][0] == "ok"
    database.close()


def test_no_migration_imports_the_applications_code() -> None:
    import ast
    import inspect as source_of

    import trainer.store.migrations as migrations

    tree = ast.parse(source_of.getsource(migrations))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("trainer")]


def test_migration_9_lets_this_pc_know_where_it_is_used(tmp_path: Path) -> None:
    """Records from before migration 9 take the place they are opened in without a new id."""
    db = sqlite3.connect(tmp_path / "trainer.db")
    migrate_to(db, 8)
    pc = db.execute("SELECT id FROM this_pc").fetchone()[0]
    db.close()
    database = Database(tmp_path / "trainer.db")
    assert database.query("SELECT id FROM this_pc")[0][0] == pc
    assert len(database.query("SELECT place FROM this_pc")[0][0]) == 64
    database.close()
