"""A damaged database at start: set aside, the newest good backup restored, the facilitator told."""

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from trainer.learning.events import Event, Verb
from trainer.store import recovery
from trainer.store.backup import backups_folder, make_automatic_backup, time_in_name
from trainer.store.database import Database
from trainer.store.events import record_all
from trainer.store.learners import add_learner, all_learners
from trainer.store.recovery import (
    Found,
    Notice,
    dismiss_notices,
    is_damaged,
    open_safely,
    pending_notices,
    recover_if_damaged,
)

BACKED_UP = datetime(2025, 4, 1, 7, 0, tzinfo=UTC)
FOUND = datetime(2025, 4, 3, 7, 0, tzinfo=UTC)
SET_ASIDE = "trainer.db.corrupt-2025-04-03T07-00-00Z"


def answers(learner_id: str, count: int) -> list[Event]:
    return [
        Event(
            learner_id, Verb.ANSWERED, "passwords", {"success": True, "pad": "x" * 200}, {"question": f"q{n}"}
        )
        for n in range(count)
    ]


def real_database(folder: Path) -> Path:
    """A database of some hundred pages, backed up on 1 April, then written to some more."""
    database = Database(folder / "trainer.db")
    sokha = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    record_all(database, answers(sokha.id, 1500))
    assert make_automatic_backup(database, BACKED_UP) is not None
    dara = add_learner(database, "Dara", "fish", "sun-moon-star")
    record_all(database, answers(dara.id, 300))
    database.close()
    return database.path


def overwrite_middle_pages(path: Path) -> None:
    size = path.stat().st_size
    assert size > 100 * 4096
    with path.open("r+b") as file:
        file.seek(size // 2 // 4096 * 4096)
        file.write(bytes(range(256)) * 64 * 3)  # three pages of garbage


def truncate(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 3)


@pytest.mark.parametrize("damage", [overwrite_middle_pages, truncate])
def test_a_damaged_database_is_set_aside_and_the_newest_good_backup_restored(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    path = real_database(tmp_path)
    damage(path)
    damaged_bytes = path.read_bytes()
    assert is_damaged(path)

    database = open_safely(path, FOUND)
    assert [learner.name for learner in all_learners(database)] == ["Sokha"]
    assert database.query("SELECT count(*) AS n FROM events")[0]["n"] == 1500
    assert (tmp_path / SET_ASIDE).read_bytes() == damaged_bytes, "the damaged file is kept as it was"
    assert pending_notices(database) == [
        Notice("2025-04-03T07:00:00+00:00", SET_ASIDE, "2025-04-01T07:00:00+00:00", 1, 1500)
    ]
    dismiss_notices(database)
    assert pending_notices(database) == []
    database.close()


def test_a_file_that_is_not_a_database_at_all_is_recovered(tmp_path: Path) -> None:
    path = real_database(tmp_path)
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])
    database = open_safely(path, FOUND)
    assert [learner.name for learner in all_learners(database)] == ["Sokha"]
    database.close()


def test_a_damaged_newest_backup_is_passed_over_for_an_older_good_one(tmp_path: Path) -> None:
    path = real_database(tmp_path)
    database = Database(path)
    newer = make_automatic_backup(database, BACKED_UP + timedelta(days=1))
    database.close()
    assert newer is not None
    newer.path.write_bytes(newer.path.read_bytes()[:8192])
    overwrite_middle_pages(path)
    notice = recover_if_damaged(path, FOUND)
    assert notice is not None and notice.backup_made_at == BACKED_UP.isoformat()


def test_with_no_backup_the_trainer_starts_fresh_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = real_database(tmp_path)
    for backup in backups_folder(path).iterdir():
        backup.unlink()
    truncate(path)
    database = open_safely(path, FOUND)
    assert all_learners(database) == []
    assert (tmp_path / SET_ASIDE).exists()
    assert pending_notices(database) == [Notice("2025-04-03T07:00:00+00:00", SET_ASIDE, None)]
    add_learner(database, "Vannak", "boat", "sun-moon-star")
    database.close()


def test_a_stale_write_ahead_log_is_set_aside_with_the_damaged_file(tmp_path: Path) -> None:
    path = real_database(tmp_path)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("DELETE FROM settings")
    writer.commit()
    wal = path.with_name("trainer.db-wal")
    assert wal.exists()
    overwrite_middle_pages(path)
    notice = recover_if_damaged(path, FOUND)
    writer.close()
    assert notice is not None
    assert (tmp_path / f"{SET_ASIDE}-wal").exists()
    database = Database(path)
    assert [learner.name for learner in all_learners(database)] == ["Sokha"]
    database.close()


def test_a_healthy_or_new_database_is_left_alone(tmp_path: Path) -> None:
    assert recover_if_damaged(tmp_path / "trainer.db", FOUND) is None
    path = real_database(tmp_path)
    assert recover_if_damaged(path, FOUND) is None
    database = open_safely(path, FOUND)
    assert len(all_learners(database)) == 2 and pending_notices(database) == []
    database.close()


def test_a_database_locked_by_another_trainer_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery, "LOCK_WAIT_SECONDS", 0.1)
    path = real_database(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    assert recover_if_damaged(path, FOUND) is None
    other.execute("COMMIT")
    other.close()
    assert list(tmp_path.glob("*.corrupt-*")) == []
    assert not is_damaged(path)


def test_two_recoveries_before_a_sign_in_are_both_told(tmp_path: Path) -> None:
    path = real_database(tmp_path)
    truncate(path)
    recover_if_damaged(path, FOUND)
    truncate(path)
    recover_if_damaged(path, FOUND + timedelta(hours=1))
    database = Database(path)
    assert [notice.found_at[11:16] for notice in pending_notices(database)] == ["07:00", "08:00"]
    database.close()


def test_the_app_backs_up_at_start_and_recovers_a_damaged_database(tmp_path: Path) -> None:
    from .test_cli import trainer

    data = tmp_path / "data"
    assert "shown" in trainer("--data-dir", str(data), "--smoke").stdout
    (backup,) = backups_folder(data / "trainer.db").iterdir()
    (data / "trainer.db").write_bytes(b"garbage" * 1000)
    started = trainer("--data-dir", str(data), "--smoke")
    assert "shown" in started.stdout, started.stderr
    database = Database(data / "trainer.db")
    (notice,) = pending_notices(database)
    database.close()
    made_at = time_in_name(backup)
    assert made_at is not None and notice.backup_made_at == made_at.isoformat()
    assert (data / notice.set_aside_as).read_bytes() == b"garbage" * 1000


def test_an_empty_database_file_brings_back_the_newest_backup(tmp_path: Path) -> None:
    """A failing disk or USB stick leaves trainer.db at 0 bytes: that is damage, not a new PC."""
    path = real_database(tmp_path)
    path.write_bytes(b"")
    database = open_safely(path, FOUND)
    assert [learner.name for learner in all_learners(database)] == ["Sokha"]
    (notice,) = pending_notices(database)
    assert notice.found is Found.EMPTY and notice.set_aside_as == SET_ASIDE
    assert notice.backup_made_at == BACKED_UP.isoformat() and notice.answers == 1500
    assert (tmp_path / SET_ASIDE).read_bytes() == b""
    database.close()


def test_a_missing_database_brings_back_the_newest_backup_for_a_command_too(tmp_path: Path) -> None:
    """trainer.db deleted, backups still there: a facilitator's command restores and says so."""
    from .test_cli import trainer

    path = real_database(tmp_path / "data")
    path.unlink()
    done = trainer("--data-dir", str(path.parent), "setting", "centre", "Kampot")
    assert done.returncode == 0, done.stderr
    assert "the learners' records were missing" in done.stderr and "answers 1500" in done.stderr
    database = Database(path)
    assert [learner.name for learner in all_learners(database)] == ["Sokha"]
    (notice,) = pending_notices(database)
    assert notice.found is Found.MISSING and notice.set_aside_as is None
    database.close()


def test_records_brought_back_are_a_new_pc_whose_counter_goes_on(tmp_path: Path) -> None:
    """Other PCs may have got what was recorded after the backup: the records brought back must
    not reuse this PC's id and counters for new changes."""
    path = real_database(tmp_path)
    database = Database(path)
    before = database.query("SELECT id, counter FROM this_pc")[0]
    database.close()
    overwrite_middle_pages(path)
    database = open_safely(path, FOUND)
    after = database.query("SELECT id, counter FROM this_pc")[0]
    assert after["id"] != before["id"] and after["counter"] > before["counter"]
    database.close()


def test_the_first_start_and_a_fresh_folder_are_not_recoveries(tmp_path: Path) -> None:
    database = open_safely(tmp_path / "new" / "trainer.db", FOUND)
    assert pending_notices(database) == []
    database.close()
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "trainer.db").write_bytes(b"")
    assert recover_if_damaged(tmp_path / "empty" / "trainer.db", FOUND) is None


def test_a_damaged_notices_file_does_not_stop_a_recovery_nor_lose_its_notice(tmp_path: Path) -> None:
    path = real_database(tmp_path)
    (tmp_path / recovery.NOTICES).write_text('[{"found_at": "2025-', encoding="utf-8")
    overwrite_middle_pages(path)
    database = open_safely(path, FOUND)
    (notice,) = pending_notices(database)
    assert notice.backup_made_at == BACKED_UP.isoformat()
    assert len(list(tmp_path.glob(f"{recovery.NOTICES}.unreadable-*"))) == 1
    database.close()


def test_rotation_keeps_the_newest_backup_that_holds_more_records(tmp_path: Path) -> None:
    """Records emptied by a fault the trainer could not see: the day's next backup holds
    nothing, and must not rotate away the one that holds the learners."""
    path = real_database(tmp_path)
    (good,) = backups_folder(path).iterdir()
    path.unlink()
    empty = Database(path)  # as if emptied past every check
    later = make_automatic_backup(empty, BACKED_UP + timedelta(hours=2))
    assert later is not None and good.exists()
    assert make_automatic_backup(empty, BACKED_UP + timedelta(hours=4)) is not None
    assert good.exists() and not later.path.exists()
    empty.close()


@pytest.mark.parametrize("command", [["setting", "centre", "Kampot"], ["--smoke"]])
def test_a_folder_named_trainer_db_is_a_clear_message(tmp_path: Path, command: list[str]) -> None:
    from .test_cli import trainer

    (tmp_path / "trainer.db").mkdir()
    done = trainer("--data-dir", str(tmp_path), *command)
    assert done.returncode == 1
    assert "trainer.db is a folder" in done.stderr and "Traceback" not in done.stderr
