"""A second PC's push benchmark: records that another PC sent first, with another home page.

PC A sends LEARNERS learners' records (68 events each) to Ralph naming them on one web
address; PC B, which merged the same events, sends them naming them on the LRS's site, so
Ralph answers 409 to each batch. Prints how long PC B's push took, how many batches it
posted, and what it counted. Run it with:

    PYTHONPATH=. python tests/benchmarks/lrs_second_pc.py [--learners 18]
"""

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.lrs.learning_locker import PASSWORD, USER
from tests.lrs.ralph import Ralph
from tests.lrs.records import LIBRARY, Learner, insert_events
from trainer.store.database import Database
from trainer.sync.lrs import Lrs
from trainer.sync.lrs_outbox import push
from trainer.sync.lrs_settings import make_connection


class CountingLrs(Lrs):
    posts = 0

    def send(self, statements: Sequence[str]) -> None:
        self.posts += 1
        super().send(statements)


def a_pc(folder: Path, learners: list[Learner]) -> Database:
    database = Database(folder / "trainer.db")
    for learner in learners:
        database.table("learners").insert(
            {"id": learner.id, "name": "x", "avatar": "fish", "code_hash": "-", "created_at": "2026"}
        )
    return database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=18)
    count = parser.parse_args().learners
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        server = Ralph(root / "ralph")
        server.start()
        try:
            learners = [Learner() for _ in range(count)]
            events = [event for learner in learners for event in learner.everything()]
            pcs = []
            for name in ("a", "b"):
                (root / name).mkdir()
                pcs.append(a_pc(root / name, learners))
                insert_events(pcs[-1], events)
            first = Lrs(make_connection(server.endpoint, USER, PASSWORD, "https://kampot.example.org/"))
            push(pcs[0], LIBRARY, first)
            second = CountingLrs(make_connection(server.endpoint, USER, PASSWORD))
            started = time.perf_counter()
            pushed = push(pcs[1], LIBRARY, second)
            seconds = time.perf_counter() - started
            print(f"{len(events)} events; PC B's push: {seconds:.1f} s, {second.posts} posts; {pushed}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
