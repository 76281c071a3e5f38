"""Automatic rotating backups and backups to a folder, made with SQLite's backup API."""

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from trainer.learning.events import Event, Verb
from trainer.store.backup import (
    Backup,
    backups_folder,
    backups_in,
    make_automatic_backup,
    make_backup,
    start_automatic_backup,
    to_keep,
)
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import add_learner

START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def learner_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM learners ORDER BY name")]


def fake(when: datetime) -> Backup:
    return Backup(Path(f"{when:%Y%m%d%H%M}.db"), when, 1)


def test_a_backup_is_named_by_its_utc_time_and_holds_the_records(database: Database) -> None:
    learner = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    record(database, Event(learner.id, Verb.READ, "passwords", context={"page": 0}))
    backup = make_automatic_backup(database, START)
    assert backup is not None
    assert backup.path == backups_folder(database.path) / "trainer-2025-01-01T09-00-00Z.db"
    assert backup.size == backup.path.stat().st_size > 0
    assert learner_names(backup.path) == ["Sokha"]
    with sqlite3.connect(backup.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert not list(backup.path.parent.glob("*.part*"))


def test_never_two_automatic_backups_within_30_minutes(database: Database) -> None:
    assert make_automatic_backup(database, START) is not None
    assert make_automatic_backup(database, START + timedelta(minutes=29)) is None
    assert make_automatic_backup(database, START - timedelta(minutes=10)) is None, "clock moved back"
    later = make_automatic_backup(database, START + timedelta(minutes=30))
    assert later is not None
    assert backups_in(backups_folder(database.path)) == [later], "the newest of a day replaces the others"


def test_rotation_keeps_7_days_then_4_weeks_then_12_months() -> None:
    """Started and closed every day for 500 days, up to Friday 2026-05-15."""
    days = [START + timedelta(days=n) for n in range(500)]
    backups = [fake(day + timedelta(hours=hours)) for day in days for hours in (0, 8)]
    kept = sorted(backup.made_at.date() for backup in to_keep(backups))
    daily = [date(2026, 5, day) for day in range(9, 16)]
    weekly = [date(2026, 5, 3), date(2026, 4, 26), date(2026, 4, 19), date(2026, 4, 12)]
    monthly = [date(2026, 4, 30), date(2026, 3, 31), date(2026, 2, 28), date(2026, 1, 31)] + [
        date(2025, month, 31 if month in (5, 7, 8, 10, 12) else 30) for month in range(5, 13)
    ]
    assert kept == sorted(daily + weekly + monthly)
    assert all(backup.made_at.hour == 17 for backup in to_keep(backups)), "the newest of each day"


def test_rotation_of_real_files_with_a_fixed_clock(database: Database) -> None:
    """Started and closed every day for 40 days: the folder keeps 7 days, 4 weeks, and months."""
    for day in range(40):
        for hours in (0, 6):
            make_automatic_backup(database, START + timedelta(days=day, hours=hours))
    kept = backups_in(backups_folder(database.path))
    last = START + timedelta(days=39, hours=6)
    assert kept[0].made_at == last
    assert [b.made_at for b in kept[:7]] == [last - timedelta(days=n) for n in range(7)]
    assert len(kept) == len(to_keep(kept)) == 7 + 4 + 1  # one monthly: January's last day


def test_a_backup_made_while_another_connection_writes_holds_only_what_was_committed(
    database: Database,
) -> None:
    add_learner(database, "Committed", "lotus", "sun-moon-star")
    other = sqlite3.connect(database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO learners (id, name, avatar, code_hash, created_at)"
        " VALUES ('x', 'Elsewhere', 'fish', '', '')"
    )
    backup = make_backup(database, database.path.parent / "usb", START)
    other.execute("COMMIT")
    other.close()
    assert learner_names(backup.path) == ["Committed"]
    assert learner_names(database.path) == ["Committed", "Elsewhere"]


def test_a_backup_made_during_the_apps_own_write_leaves_it_out(database: Database) -> None:
    with database.writing():
        database.table("settings").insert({"key": "half-written", "value": "1"})
        backup = make_backup(database, database.path.parent / "usb", START)
    with sqlite3.connect(backup.path) as connection:
        assert connection.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    assert database.query("SELECT count(*) AS n FROM settings")[0]["n"] == 1


def test_back_up_to_a_usb_folder(database: Database, tmp_path: Path) -> None:
    add_learner(database, "Dara", "fish", "sun-moon-star")
    stick = tmp_path / "USB STICK" / "trainer backups"
    backup = make_backup(database, stick, START)
    assert backup.path.parent == stick and learner_names(backup.path) == ["Dara"]
    assert backups_in(stick) == [backup]


def test_a_failed_automatic_backup_is_logged_and_changes_nothing(database: Database) -> None:
    backups_folder(database.path).write_text("a file where the folder should be")
    assert make_automatic_backup(database, START) is None
    assert backups_folder(database.path).read_text() == "a file where the folder should be"


def test_the_backup_at_start_runs_aside_and_the_one_on_close_waits_for_it(database: Database) -> None:
    add_learner(database, "Dara", "fish", "sun-moon-star")
    at_start = start_automatic_backup(database)
    on_close = make_automatic_backup(database)
    at_start.join()
    assert len(backups_in(backups_folder(database.path))) == 1
    assert on_close is None or on_close == backups_in(backups_folder(database.path))[0]


def test_a_backup_cut_off_by_a_power_cut_is_cleared_away(database: Database) -> None:
    folder = backups_folder(database.path)
    folder.mkdir()
    (folder / "trainer-2024-12-31T09-00-00Z.db.part").write_bytes(b"half a backup")
    make_automatic_backup(database, START)
    assert [path.name for path in folder.iterdir()] == ["trainer-2025-01-01T09-00-00Z.db"]
