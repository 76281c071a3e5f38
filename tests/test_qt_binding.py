"""The Qt binding must survive a long day of clicks: PySide6 6.12.0 under Python 3.11 drops a
reference to None on every void call, and Python aborts after some thousands of them."""

import subprocess
import sys

CALLS = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(["check"])
label = QLabel()
for _ in range(100_000):
    label.setText("x")
    label.setEnabled(True)
print("ok")
"""


def test_a_hundred_thousand_void_calls_do_not_abort_python() -> None:
    run = subprocess.run(
        [sys.executable, "-c", CALLS], capture_output=True, text=True, check=False, timeout=120
    )
    assert run.returncode == 0 and run.stdout == "ok\n", run.stderr[-500:]
