"""Due-list benchmark: how many review questions each of 300 learners has due and overdue,
from 100,000 answer events, read from the review tables. Target: under 100 ms.

The learners review what FSRS says is due, as the app offers it. The due list is taken the
day after the centre's last visit, and once more a year later, when every card is due. It
also times what keeps the tables current: recording one answer, and rebuilding the whole
schedule from the events (as after an import), against replaying every learner's events.

    python tests/benchmarks/due_list.py [--runs 15] [--learners 300] [--answers 100000]
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from centre import add_learners, insert_events, questions, visits

from trainer.learning.events import Event, Verb
from trainer.learning.review import schedule
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.store.projections import catch_up, mark_stale
from trainer.store.reviews import due_counts


def median_ms(runs: int, work: Callable[[int], object]) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        work(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--learners", type=int, default=300)
    parser.add_argument("--answers", type=int, default=100_000)
    args = parser.parse_args()
    catalogue, rng = questions(), random.Random(9)
    with tempfile.TemporaryDirectory() as folder:
        database = Database(Path(folder) / "trainer.db")
        learners = add_learners(database, args.learners, rng)
        each = args.answers // len(learners)
        rows = [
            row for learner in learners for visit in visits(learner, catalogue, rng, each) for row in visit
        ]
        insert_events(database, rows)
        answers = sum(1 for row in rows if row[2] == "answered")
        print(f"{len(learners)} learners, {len(rows)} events, of which {answers} answers")

        with database.writing():
            mastered = database.execute(
                "SELECT DISTINCT learner_id, module_id FROM events WHERE verb = 'mastered'"
            )
            mark_stale(database, mastered.fetchall())
        started = time.perf_counter()
        modules = catch_up(database).modules
        rebuilt = time.perf_counter() - started
        print(f"schedule rebuilt from the events: {modules} mastered modules in {rebuilt:.2f} s")
        started = time.perf_counter()
        for learner in learners[:30]:
            schedule(events_of(database, learner), catalogue)
        replayed = (time.perf_counter() - started) * len(learners) / 30
        print(f"replaying every learner's events instead: {replayed:.2f} s")

        last_visit = datetime.fromisoformat(max(row[7] for row in rows))
        for name, when in (("the day after the last visit", last_visit + timedelta(days=1)),
                           ("a year later, every card due", last_visit + timedelta(days=365))):  # fmt: skip
            counts = due_counts(database, when, catalogue)
            due, overdue = sum(c.due for c in counts.values()), sum(c.overdue for c in counts.values())
            ms = median_ms(args.runs, lambda run, when=when: due_counts(database, when, catalogue))
            print(f"due list, {name}: {len(counts)} learners, {due} questions due, {overdue} overdue")
            print(f"  median of {args.runs}: {ms:.1f} ms (target < 100 ms)")

        mastered = database.query("SELECT learner_id, module_id FROM review_modules LIMIT ?", (args.runs,))

        def answer(run: int) -> None:
            row = mastered[run]
            at = (last_visit + timedelta(days=1, minutes=run)).isoformat()
            question = {"question": catalogue[row["module_id"]][0], "review": True}
            record(database, Event(row[0], Verb.ANSWERED, row[1], {"success": True}, question, timestamp=at))

        ms = median_ms(args.runs, answer)
        print(f"recording one review answer, its card included, median of {args.runs}: {ms:.1f} ms")
        database.close()


if __name__ == "__main__":
    main()
