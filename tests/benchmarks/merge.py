"""Merge benchmark: bundles from 20 PCs with 50,000 events each, imported into one store.
Target: under 2 s.

The centre has 300 learners who move between PCs from visit to visit (tests/benchmarks/
centre.py); each PC's bundle holds every event it has. Each run imports all bundles, one after
another, into a fresh store, and times the merge (checks, profiles, the union of events) and
bringing the review cards and dashboard counts up to date once, after the last bundle: the
two parts of `import_all`, which `progress import` and the facilitator's page use. The
baseline, in the same run, copies the same events into a bare table: what writing the bytes
alone costs on this machine. Then it imports the week after: a bundle
of 500 new events from each PC, into the merged store, as a facilitator would each week,
review cards and dashboard counts included. Run it with:

    python tests/benchmarks/merge.py [--runs 3] [--pcs 20] [--events 50000] [--learners 300]
"""

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from centre import EventRow, Learner, add_learners, insert_events, open_pc, questions

from trainer.store.projections import catch_up
from trainer.sync.export import export_progress
from trainer.sync.merge import Imported, import_all, import_progress, merge_all


def make_bundles(folder: Path, pcs: int, events: int, learners: int) -> tuple[list[Path], list[Path]]:
    """Each PC's bundle of `events` events, then each PC's bundle of the week after: 500 more."""
    catalogue, rng = questions(), random.Random(20)
    first = open_pc(folder / "pc-0" / "trainer.db")
    people = [Learner(learner, catalogue, rng) for learner in add_learners(first, learners, rng)]
    profiles = export_progress(first, folder / "profiles.zip", everything=True).path
    first.close()
    bundles = _bundles(folder, "pc", _visits(people, rng, pcs, events), profiles)
    return bundles, _bundles(folder, "week", _visits(people, rng, pcs, WEEK), profiles)


WEEK = 500
"""Events a PC gathers in a week at a busy centre."""


def _visits(people: list[Learner], rng: random.Random, pcs: int, events: int) -> list[list[EventRow]]:
    work: list[list[EventRow]] = [[] for _ in range(pcs)]
    while any(len(rows) < events for rows in work):
        person = rng.choice(people)  # the next visit, at the PC that has had the fewest
        pc = min(range(pcs), key=lambda n: len(work[n]))
        work[pc].extend(person.visit(answers=person.answers + 30))
    return [rows[:events] for rows in work]


def _bundles(folder: Path, name: str, work: list[list[EventRow]], profiles: Path) -> list[Path]:
    bundles = []
    for number, rows in enumerate(work):
        database = open_pc(folder / f"{name}-{number + 1}" / "trainer.db")
        import_progress(database, profiles)
        insert_events(database, rows)
        bundles.append(export_progress(database, folder / f"{name}-{number + 1}.zip", everything=True).path)
        database.close()
    return bundles


def baseline(bundles: list[Path], folder: Path) -> float:
    """The floor: the same events copied into a table with no index, no check and no
    projection, in the same transactions; only writing the bytes to disk (WAL, full sync)."""
    payloads = []
    for number, bundle in enumerate(bundles):
        with zipfile.ZipFile(bundle) as archive:
            payloads.append(Path(archive.extract("progress.sqlite", folder / f"payload-{number}")))
    target = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA synchronous = FULL")
    target.execute(
        "CREATE TABLE events (id, learner_id, verb, module_id, object_id, result, context, timestamp)"
    )
    began = time.perf_counter()
    for payload in payloads:
        target.execute("ATTACH DATABASE ? AS bundle", (str(payload),))
        target.execute("BEGIN IMMEDIATE")
        target.execute(
            "INSERT INTO events SELECT id, learner_id, verb, module_id, object_id, result, context,"
            " timestamp FROM bundle.events"
        )
        target.execute("COMMIT")
        target.execute("DETACH DATABASE bundle")
    took = time.perf_counter() - began
    target.close()
    for payload in payloads:
        payload.unlink()
    (folder / "baseline.db").unlink()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pcs", type=int, default=20)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--learners", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="make the bundles in this folder once, and reuse them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        started = time.perf_counter()
        kept = args.keep and (sorted(args.keep.glob("pc-*.zip")), sorted(args.keep.glob("week-*.zip")))
        bundles, weeks = (
            kept
            if kept and kept[1]
            else make_bundles(args.keep or folder, args.pcs, args.events, args.learners)
        )
        size = sum(bundle.stat().st_size for bundle in bundles) / 1e6
        made = time.perf_counter() - started
        print(f"{len(bundles)} bundles of {args.events} events, {size:.0f} MB, made in {made:.0f} s")
        totals, merges, rebuilds, floors, weekly = [], [], [], [], []
        for run in range(args.runs):
            floors.append(baseline(bundles, folder))
            target = open_pc(folder / f"target-{run}" / "trainer.db")
            began = time.perf_counter()
            results = merge_all(target, bundles)
            merges.append(time.perf_counter() - began)
            added = sum(result.events_added for _, result in results if isinstance(result, Imported))
            catch_up(target)
            totals.append(time.perf_counter() - began)
            rebuilds.append(totals[-1] - merges[-1])
            modules = target.query("SELECT count(*) FROM review_modules")[0][0]
            began = time.perf_counter()
            import_all(target, weeks)
            weekly.append(time.perf_counter() - began)
            print(
                f"run {run + 1}: {added} events added, {modules} mastered modules; merge {merges[-1]:.2f} s,"
                f" review cards and dashboard counts rebuilt {rebuilds[-1]:.2f} s,"
                f" total {totals[-1]:.2f} s; baseline {floors[-1]:.2f} s; then the week"
                f" after ({len(weeks)} bundles of {WEEK} events) {weekly[-1]:.2f} s with cards and counts"
            )
            target.close()
        merge, rebuilt, total, floor = (statistics.median(t) for t in (merges, rebuilds, totals, floors))
        print(
            f"median of {args.runs}: merge {merge:.2f} s (target < 2 s),"
            f" review cards {rebuilt:.2f} s, total {total:.2f} s;"
            f" baseline, the same events copied with no index or check: {floor:.2f} s;"
            f" the week after, into the merged store: {statistics.median(weekly):.2f} s"
        )


if __name__ == "__main__":
    main()
