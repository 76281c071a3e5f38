"""The power goes off mid-quiz: every answer reported as saved is still there, and the file is sound."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trainer.store.backup import make_backup
from trainer.store.database import Database
from trainer.store.learners import add_learner
from trainer.store.migrations import MIGRATIONS

WRITER = Path(__file__).with_name("power_cut_writer.py")
ACTIONS = Path(__file__).with_name("power_cut_actions.py")
ENV = {**os.environ, "PYTHONPATH": str(WRITER.parent.parent)}


def kill_after(script: Path, *args: str, seconds: float) -> list[str]:
    """Start a script, let it work for `seconds` after it says "ready", SIGKILL it, and return
    the lines it printed since."""
    process = subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True, env=ENV
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with process.stdout:
        return [line.strip() for line in process.stdout.read().splitlines() if line.strip()]


def run_and_kill(db_path: Path, learner_id: str, seconds: float) -> list[str]:
    """The ids of the answers the writer reported saved before it was killed."""
    return kill_after(WRITER, str(db_path), learner_id, seconds=seconds)


@pytest.mark.parametrize("kills", [50, pytest.param(500, marks=pytest.mark.slow)])
def test_answers_survive_power_cuts(tmp_path: Path, kills: int) -> None:
    db_path = tmp_path / "trainer.db"
    database = Database(db_path)
    learner = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    database.close()
    rng = random.Random(2026)
    reported: list[str] = []
    for kill in range(kills):
        saved = run_and_kill(db_path, learner.id, rng.uniform(0.0, 0.08))
        reported.extend(saved)
        check = sqlite3.connect(db_path)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
        stored = {row[0] for row in check.execute("SELECT id FROM events")}
        check.close()
        missing = set(reported) - stored
        assert not missing, f"kill {kill}: {len(missing)} answers reported saved are gone"
    assert len(reported) > kills, "the writer should have saved answers between kills"


def kill_during(*args: str, seconds: float) -> bool:
    """Run power_cut_actions.py and kill it; True if it finished first."""
    return kill_after(ACTIONS, *args, seconds=seconds) == ["done"]


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ACTIONS), *args], check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def records_at_schema_4(path: Path, events: int) -> None:
    """Records as a trainer of schema 4 left them: migrations 5 to the last take a while."""
    db = sqlite3.connect(path)
    for number, migration in enumerate(MIGRATIONS[:4], start=1):
        with db:
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
    with db:
        db.executemany(
            "INSERT INTO learners (id, name, avatar, code_hash, created_at) VALUES (?, ?, 'fish', '', '')",
            [(f"l{n}", f"Learner {n}") for n in range(300)],
        )
        db.executemany(
            "INSERT INTO events VALUES (?, ?, ?, 'passwords', 'q', '{\"success\": true}', '{}', ?)",
            [
                (f"e{n}", f"l{n % 300}", "mastered" if n % 50 == 0 else "answered", f"2026-01-01T{n % 24:02}")
                for n in range(events)
            ],
        )
    db.close()


def test_a_power_cut_during_a_migration_leaves_records_that_open_and_migrate(tmp_path: Path) -> None:
    """Killed at random moments while a new trainer migrates old records, the next start
    finds a sound file and finishes the migrations, with every record there."""
    template = tmp_path / "old.db"
    records_at_schema_4(template, 200_000)
    path = tmp_path / "trainer.db"
    path.write_bytes(template.read_bytes())
    duration = timed("migrate", str(path))
    rng = random.Random(16)
    finished = 0
    for kill in range(20):
        for companion in tmp_path.glob("trainer.db*"):
            companion.unlink()
        path.write_bytes(template.read_bytes())
        finished += kill_during("migrate", str(path), seconds=rng.uniform(0.0, duration))
        check = sqlite3.connect(path)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
        assert check.execute("PRAGMA user_version").fetchone()[0] in range(4, len(MIGRATIONS) + 1)
        check.close()
        database = Database(path)
        assert database.query("PRAGMA user_version")[0][0] == len(MIGRATIONS), f"kill {kill}"
        assert database.query("SELECT count(*) FROM events")[0][0] == 200_000
        database.close()
    assert finished < 20, "some kills should land mid-migration"


def test_a_power_cut_during_a_restore_leaves_the_old_records_or_the_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "trainer.db"
    records_at_schema_4(path, 100_000)
    database = Database(path)
    backup = make_backup(database, tmp_path / "usb").path
    with database.writing():
        database.execute("DELETE FROM events WHERE rowid % 2 = 0")
    database.close()
    before = path.read_bytes()
    duration = timed("restore", str(path), str(backup))
    rng = random.Random(16)
    outcomes = set()
    for kill in range(20):
        for companion in tmp_path.glob("trainer.db*"):
            companion.unlink()
        path.write_bytes(before)
        done = kill_during("restore", str(path), str(backup), seconds=rng.uniform(0.0, duration))
        database = Database(path)
        assert database.query("PRAGMA integrity_check")[0][0] == "ok", f"kill {kill}"
        events = database.query("SELECT count(*) FROM events")[0][0]
        assert events in (50_000, 100_000), f"kill {kill}: {events} events, half a restore"
        assert events == 100_000 or not done
        outcomes.add(events)
        database.close()
    assert outcomes == {50_000, 100_000}, "kills should land before and after the restore's switch"
