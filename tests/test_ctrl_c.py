"""Ctrl+C in the terminal that started the trainer closes it the normal way."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is sent to a console group on Windows")
def test_ctrl_c_closes_the_app_and_the_backup_on_close_runs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = subprocess.Popen(
        [sys.executable, "-m", "trainer", "--data-dir", str(data), "--lang", "en"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        log = data / "trainer.log"
        deadline = time.monotonic() + 60
        while "backup made" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert app.poll() is None and time.monotonic() < deadline, "the app did not come up"
            time.sleep(0.1)
        for backup in (data / "backups").glob("*.db"):
            backup.unlink()  # so that closing has a backup to make
        app.send_signal(signal.SIGINT)
        _, stderr = app.communicate(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "Ctrl+C: closing" in log.read_text(encoding="utf-8")
    assert list((data / "backups").glob("*.db")), "the backup on close ran"
