"""Start-up benchmark: process start to the profile picker shown, against a bare PySide6 window.

Both are run alternately in the same session, RUNS times each, offscreen, and the medians of
time-to-shown and of peak RSS are reported with their ratio. Run it with:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/startup.py [--runs 15] [--bundle dist/trainer/trainer]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.showMaximized()
def shown():
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def measure(command: list[str]) -> tuple[float, float]:
    """(seconds from process start to 'shown', peak RSS in MB) for one run."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    with child.stdout:
        output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    shown = next(line for line in output.splitlines() if line.startswith("shown "))
    return float(shown.split()[1]) - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bundle", type=Path, help="also time this built executable (dist/trainer/trainer)")
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as data:
        commands = {
            "bare": [sys.executable, "-c", BARE_WINDOW],
            "trainer": [sys.executable, "-m", "trainer", "--data-dir", data, "--smoke"],
        }
        if args.bundle:
            commands["bundle"] = [str(args.bundle), "--data-dir", data, "--smoke"]
        measure(commands["trainer"])  # first run creates the database: not what a learner waits for
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                results[name].append(measure(command))
    medians = {
        name: (statistics.median(t for t, _ in runs_), statistics.median(m for _, m in runs_))
        for name, runs_ in results.items()
    }
    for name, (seconds, megabytes) in medians.items():
        print(f"{name:8} median start {seconds * 1000:7.0f} ms   median peak RSS {megabytes:6.1f} MB")
    ratio = medians["trainer"][0] / medians["bare"][0]
    print(f"ratio    {ratio:.2f}x the bare window (target <= 2x); peak RSS target <= 120 MB; runs={runs}")
    if "bundle" in medians:
        print(f"bundle   {medians['bundle'][0] / medians['trainer'][0]:.2f}x running from source")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
