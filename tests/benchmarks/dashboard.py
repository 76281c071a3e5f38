"""Dashboard benchmark: from a click on "Dashboard" to the grid drawn, for a whole centre.

300 learners with 100,000 answer events (seeded once with trainer.demo.seed_many and kept in
--data for later runs). Each run makes the dashboard page afresh, as a click does, shows it and
paints the grid; a bare QTableView with an empty model is timed alternately as the baseline.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/dashboard.py [--runs 15] [--data /tmp/dashboard-bench]
"""

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data", type=Path, default=Path("/tmp/dashboard-bench"))
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from trainer.course.loader import load_library
    from trainer.demo.seed import seed_many
    from trainer.resources import bundled_content
    from trainer.store.database import Database
    from trainer.ui.app import make_app, open_window
    from trainer.ui.dashboard import DashboardScreen

    library = load_library([bundled_content()])
    if not (args.data / "trainer.db").exists():
        print("seeding 300 learners with 100,000 answers (once; about a minute)…", flush=True)
        database = Database(args.data / "trainer.db")
        seed_many(database, library)
        database.close()
    make_app()
    window = open_window(args.data, "en", None)
    window.resize(1280, 800)
    window.show()
    context = window.context
    context.library  # noqa: B018 - loaded at start-up in the app, not on the click
    learners = context.database.query("SELECT COUNT(*) FROM learners")[0][0]
    answers = context.database.query("SELECT COUNT(*) FROM events WHERE verb = 'answered'")[0][0]

    def dashboard() -> float:
        started = time.perf_counter()
        screen = DashboardScreen(context)
        screen.resize(1000, 700)
        screen.show()
        screen.table.viewport().repaint()
        QApplication.processEvents()
        took = time.perf_counter() - started
        assert screen.model.rowCount() == learners
        screen.close()
        screen.deleteLater()
        return took

    def bare() -> float:
        started = time.perf_counter()
        table = QTableView()
        table.setModel(QStandardItemModel(learners, 26))
        table.resize(1000, 700)
        table.show()
        table.viewport().repaint()
        QApplication.processEvents()
        took = time.perf_counter() - started
        table.close()
        table.deleteLater()
        return took

    dashboard()  # first-use imports, as the facilitator area does before the click
    pairs = [(dashboard(), bare()) for _ in range(args.runs)]
    ours = statistics.median(p[0] for p in pairs) * 1000
    base = statistics.median(p[1] for p in pairs) * 1000
    print(f"{learners} learners, {answers} answers, {args.runs} runs")
    print(f"dashboard click to grid drawn: median {ours:.1f} ms (bare table {base:.1f} ms)")
    window.close()


if __name__ == "__main__":
    main()
