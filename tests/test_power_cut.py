"""The power goes off mid-quiz: every answer reported as saved is still there, and the file is sound."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from trainer.store.database import Database
from trainer.store.learners import add_learner

KILLS = 50
WRITER = Path(__file__).with_name("power_cut_writer.py")


def run_and_kill(db_path: Path, learner_id: str, seconds: float) -> list[str]:
    """Start the writer, let it write for `seconds`, SIGKILL it, and return the ids it reported."""
    env = {**os.environ, "PYTHONPATH": str(WRITER.parent.parent)}
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), learner_id],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(seconds)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with writer.stdout:
        return [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]


def test_answers_survive_fifty_kills(tmp_path: Path) -> None:
    db_path = tmp_path / "trainer.db"
    database = Database(db_path)
    learner = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    database.close()
    rng = random.Random(2026)
    reported: list[str] = []
    for kill in range(KILLS):
        saved = run_and_kill(db_path, learner.id, rng.uniform(0.0, 0.08))
        reported.extend(saved)
        check = sqlite3.connect(db_path)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
        stored = {row[0] for row in check.execute("SELECT id FROM events")}
        check.close()
        missing = set(reported) - stored
        assert not missing, f"kill {kill}: {len(missing)} answers reported saved are gone"
    assert len(reported) > KILLS, "the writer should have saved answers between kills"
