"""Restore from a backup file: what it replaces is said first; bad files are refused, nothing changed."""

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from trainer.learning.events import Event, Verb
from trainer.store.backup import backups_folder, backups_in, make_backup
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import Learner, add_learner, all_learners
from trainer.store.migrations import MIGRATIONS, _1_learners_events_settings
from trainer.store.restore import (
    SAFETY_FOLDER,
    Contents,
    RestoreError,
    RestoreRefusal,
    plan_restore,
    restore,
)

MADE = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
LATER = datetime(2025, 3, 2, 10, 0, tzinfo=UTC)


def answer(database: Database, learner: Learner, success: bool, when: str) -> None:
    event = Event(
        learner.id,
        Verb.ANSWERED,
        "passwords",
        result={"success": success},
        context={"question": "q1"},
        timestamp=when,
    )
    record(database, event)


def names(database: Database) -> list[str]:
    return [learner.name for learner in all_learners(database)]


def test_the_plan_says_what_will_be_replaced_then_restore_brings_the_backup_back(
    database: Database, tmp_path: Path
) -> None:
    sokha = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    answer(database, sokha, True, "2025-03-01T08:00:00.000000+00:00")
    backup = make_backup(database, tmp_path / "usb", MADE)
    dara = add_learner(database, "Dara", "fish", "sun-moon-star")
    for _ in range(3):
        answer(database, dara, False, "2025-03-02T09:00:00.000000+00:00")

    plan = plan_restore(database, backup.path)
    assert plan.made_at == MADE
    assert plan.backup == Contents(1, 1, plan.backup.newest_record)
    assert plan.current.learners == 2 and plan.current.answers == 4
    assert names(database) == ["Dara", "Sokha"], "planning changes nothing"

    safety = restore(database, plan, LATER)
    assert names(database) == ["Sokha"]
    assert database.query("SELECT count(*) AS n FROM events")[0]["n"] == 1
    assert safety.path.parent == backups_folder(database.path) / SAFETY_FOLDER
    assert plan_restore(database, safety.path).backup.learners == 2, "the replaced records are kept"
    assert database.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    answer(database, sokha, True, "2025-03-02T10:05:00.000000+00:00")
    assert database.query("SELECT count(*) AS n FROM events")[0]["n"] == 2, "the app goes on writing"


def test_a_renamed_backup_is_dated_by_its_file_time(database: Database, tmp_path: Path) -> None:
    backup = make_backup(database, tmp_path / "usb", MADE)
    renamed = backup.path.rename(tmp_path / "usb" / "centre backup.db")
    os.utime(renamed, (LATER.timestamp(), LATER.timestamp()))
    assert plan_restore(database, renamed).made_at == LATER


def test_a_backup_from_an_older_trainer_is_brought_up_to_date(database: Database, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as connection:
        _1_learners_events_settings(connection)
        connection.execute("PRAGMA user_version = 1")
        connection.execute(
            "INSERT INTO learners (id, name, avatar, code_hash, created_at)"
            " VALUES ('a', 'Vannak', 'boat', '', '')"
        )
    connection.close()
    restore(database, plan_restore(database, old), LATER)
    assert names(database) == ["Vannak"]
    assert database.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert database.query("SELECT class_id FROM learners")[0]["class_id"] is None


def damaged_copy(database: Database, tmp_path: Path) -> Path:
    add_learner(database, "Sokha", "lotus", "sun-moon-star")
    backup = make_backup(database, tmp_path / "usb", MADE).path
    with backup.open("r+b") as file:
        file.seek(4096)
        file.write(b"\xde\xad" * 4096)
    return backup


def newer_schema(database: Database, tmp_path: Path) -> Path:
    backup = make_backup(database, tmp_path / "usb", MADE).path
    with sqlite3.connect(backup) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    connection.close()
    return backup


def other_database(database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (name TEXT)")
    connection.close()
    return path


def text_file(database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    path.write_text("These are not learners' records.")
    return path


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (text_file, RestoreRefusal.NOT_A_DATABASE),
        (other_database, RestoreRefusal.NOT_TRAINER),
        (newer_schema, RestoreRefusal.NEWER),
        (damaged_copy, RestoreRefusal.DAMAGED),
        (lambda database, tmp_path: tmp_path / "gone.db", RestoreRefusal.MISSING),
    ],
)
def test_a_file_that_cannot_be_restored_is_refused_and_nothing_changes(
    database: Database, tmp_path: Path, make_file: Callable[[Database, Path], Path], reason: RestoreRefusal
) -> None:
    source = make_file(database, tmp_path)
    add_learner(database, "Kept", "house", "sun-moon-star")
    before = names(database)
    with pytest.raises(RestoreError) as refused:
        plan_restore(database, source)
    assert refused.value.reason is reason
    assert str(refused.value) == f"{reason.template} Details: {source}"
    assert names(database) == before
    assert not backups_in(backups_folder(database.path) / SAFETY_FOLDER)


def test_a_backup_that_went_bad_after_the_plan_is_refused_at_restore(
    database: Database, tmp_path: Path
) -> None:
    backup = make_backup(database, tmp_path / "usb", MADE)
    plan = plan_restore(database, backup.path)
    backup.path.write_text("the stick was pulled out")
    with pytest.raises(RestoreError):
        restore(database, plan, LATER)
    assert not (backups_folder(database.path) / SAFETY_FOLDER).exists()


def test_only_the_5_newest_safety_copies_are_kept(database: Database, tmp_path: Path) -> None:
    backup = make_backup(database, tmp_path / "usb", MADE)
    for day in range(1, 8):
        restore(database, plan_restore(database, backup.path), LATER.replace(day=day))
    kept = backups_in(backups_folder(database.path) / SAFETY_FOLDER)
    assert [b.made_at.day for b in kept] == [7, 6, 5, 4, 3]
