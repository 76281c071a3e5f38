"""Backup benchmark: the check at start, an automatic backup and a restore, on a demo class of 25
learners and on a large centre (300 learners, 100,000 answers). Prints medians of RUNS runs, and
the ratio of each to a baseline measured in the same runs: copying the same file with
shutil.copyfile and one fsync, the cost of writing the bytes alone.

    python tests/benchmarks/backups.py [--runs 7]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.store.database import Database


def median_ms(runs: int, work: Callable[[int], object]) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        work(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bare_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as file:
        os.fsync(file.fileno())


def measure(database: "Database", backups: Path, runs: int) -> tuple[float, float, float, float]:
    from trainer.store.backup import make_backup
    from trainer.store.recovery import is_damaged
    from trainer.store.restore import plan_restore, restore

    start = datetime(2025, 1, 1, tzinfo=UTC)
    baseline = median_ms(runs, lambda run: bare_copy(database.path, backups.parent / f"copy-{run}.db"))
    check = median_ms(runs, lambda run: is_damaged(database.path))
    backup = median_ms(runs, lambda run: make_backup(database, backups, start + timedelta(hours=run)))
    source = next(backups.iterdir())
    later = start + timedelta(days=1)
    restoring = median_ms(
        runs, lambda run: restore(database, plan_restore(database, source), later + timedelta(hours=run))
    )
    return baseline, check, backup, restoring


def main() -> None:
    from trainer.course.loader import load_library
    from trainer.demo.seed import seed_demo, seed_many
    from trainer.resources import bundled_content
    from trainer.store.database import Database

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    library = load_library([bundled_content()])
    sizes = {"demo class (25 learners)": seed_demo, "large centre (300 learners, 100,000 answers)": seed_many}
    for name, seed in sizes.items():
        with tempfile.TemporaryDirectory() as folder:
            database = Database(Path(folder) / "trainer.db")
            seeded_at = time.perf_counter()
            seed(database, library)
            seeding = time.perf_counter() - seeded_at
            size = database.path.stat().st_size / 1e6
            baseline, check, backup, restoring = measure(database, Path(folder) / "backups", runs)
            database.close()
        print(f"{name}: {size:.1f} MB, seeded in {seeding:.1f} s")
        print(f"  baseline: a bare copy of the file {baseline:6.0f} ms")
        for what, ms in (("quick_check at start", check), ("backup", backup), ("restore", restoring)):
            print(f"  {what:<21}{ms:6.0f} ms   {ms / baseline:5.1f}x the bare copy")
    print(f"medians of {runs} runs")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
