"""LRS push benchmark: a month of a busy centre's records, queued and sent to Learning Locker.

Each run makes a fresh database with LEARNERS learners who each did everything in the test
content (68 events each), then times building the statements (queue) and sending them in
batches to the xAPI service the tests use, on 127.0.0.1. Medians of RUNS runs are printed,
with the mean size of a statement. Run it with:

    PYTHONPATH=. python tests/benchmarks/lrs_push.py [--learners 60] [--runs 3]
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.lrs.learning_locker import PASSWORD, USER, LearningLocker
from tests.lrs.records import LIBRARY, Learner, insert_events
from trainer.store.database import Database
from trainer.sync.lrs import Lrs
from trainer.sync.lrs_outbox import push, queue_new_events
from trainer.sync.lrs_settings import make_connection

HOME = "https://kampot.centres.example.org/"


def one_run(folder: Path, server: LearningLocker, learners: int) -> tuple[int, float, float, float]:
    """(events, seconds to queue, seconds to send, mean statement bytes)."""
    database = Database(folder / "trainer.db")
    events = []
    for _ in range(learners):
        learner = Learner()
        database.table("learners").insert(
            {"id": learner.id, "name": "x", "avatar": "fish", "code_hash": "-", "created_at": "2026"}
        )
        events += learner.everything()
    insert_events(database, events)
    started = time.perf_counter()
    queue_new_events(database, LIBRARY, HOME)
    queued = time.perf_counter()
    sizes = [len(row[0].encode()) for row in database.query("SELECT statement FROM lrs_outbox")]
    push(database, LIBRARY, Lrs(make_connection(server.endpoint, USER, PASSWORD, HOME)))
    sent = time.perf_counter()
    database.close()
    return len(events), queued - started, sent - queued, statistics.mean(sizes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        server = LearningLocker(Path(scratch) / "lrs")
        server.start()
        try:
            runs = [
                one_run(Path(tempfile.mkdtemp(dir=scratch)), server, args.learners) for _ in range(args.runs)
            ]
        finally:
            server.close()
    count = runs[0][0]
    queue = statistics.median(r[1] for r in runs)
    send = statistics.median(r[2] for r in runs)
    size = statistics.median(r[3] for r in runs)
    print(f"{count} events, {args.runs} runs (medians)")
    print(f"queue (build statements): {queue:.2f} s = {count / queue:.0f} statements/s")
    print(f"send to Learning Locker:  {send:.2f} s = {count / send:.0f} statements/s")
    print(f"mean statement size:      {size / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
