"""The projections of the events, kept current here and nowhere else.

The dashboard's counts (trainer/store/overview.py) and the review cards (trainer/store/reviews.py)
are tables kept equal to what counting and replaying every event gives, so that the
facilitator's screens can read them at once. Reading them never writes: they are brought up to
date when the events change, in these words.

- `add_event`: a recorded event, in the transaction that records it.
- `add_imports`: the events of the imports marked, in the caller's transaction.
- `mark_imported`: an import's events, to be added by the next `catch_up`, in the import's
  transaction. A batch's bundles (one from each PC) are added together: a learner's visits
  sit in several of them, and added bundle by bundle many would come out of order.
- `mark_stale`: (learner, module) pairs whose events changed under them, to be rebuilt by the
  next `catch_up`, in the caller's transaction. Adding events older than those a projection
  has taken in marks them too.
- `rebuild`: make these learners' projections (or all) again from their events, in the
  caller's transaction.
- `catch_up`: `add_imports`, then rebuild whatever is stale, in transactions of its own. It
  runs right after an import and a restore, and once the app is on screen (for what a power
  cut or an upgrade left), so that a reader never finds the tables behind the events.

The tables hold every event except those of the imports marked. An event recorded while an
import is marked carries the import's counter (`received`) and would be added a second time
with the import's events: recording calls `add_imports` before it stores the event, and
`rebuild` calls it first too.
"""

from collections.abc import Callable, Iterable
from typing import NamedTuple

from trainer.learning.events import Event
from trainer.store import overview, reviews
from trainer.store.database import Database

STALE_PER_TRANSACTION = 200
"""Modules whose review cards one transaction of `catch_up` rebuilds."""

Progress = Callable[[int, int], None]


class CaughtUp(NamedTuple):
    imports: int
    """Imports whose events were added."""
    modules: int
    """(learner, module) pairs whose review cards were rebuilt."""
    learners: int
    """Learners whose counts were made again."""


def _ignore(done: int, total: int) -> None:
    """No progress to show."""


def add_event(database: Database, event: Event) -> None:
    overview.add_event(database, event)
    reviews.add_event(database, event)


def add_imports(database: Database) -> int:
    """How many imports there were."""
    received = [row[0] for row in database.execute("SELECT received FROM imports_to_take_in")]
    if received:
        overview.add_imports(database, received)
        reviews.add_imports(database, received)
        database.execute("DELETE FROM imports_to_take_in")
    return len(received)


def mark_imported(database: Database, received: int) -> None:
    """The events an import stored with this counter (`received`)."""
    database.execute("INSERT OR IGNORE INTO imports_to_take_in VALUES (?)", (received,))


def mark_stale(database: Database, pairs: Iterable[tuple[str, str]]) -> None:
    pairs = sorted(set(pairs))
    overview.mark_stale(database, sorted({learner for learner, _ in pairs}))
    reviews.mark_stale(database, pairs)


def rebuild(database: Database, learner_ids: Iterable[str] | None = None) -> None:
    add_imports(database)
    ids = None if learner_ids is None else sorted(set(learner_ids))
    overview.rebuild(database, ids)
    for pair in reviews.pairs_of(database, ids):
        reviews.rebuild(database, *pair)


def catch_up(database: Database, progress: Progress = _ignore) -> CaughtUp:
    """`progress(done, total)` follows the rebuilt review cards, the longer part."""
    imports = 0
    if database.query("SELECT 1 FROM imports_to_take_in LIMIT 1"):
        with database.writing():
            imports = add_imports(database)
    pairs = reviews.stale(database)
    for start in range(0, len(pairs), STALE_PER_TRANSACTION):
        with database.writing():
            for pair in pairs[start : start + STALE_PER_TRANSACTION]:
                reviews.rebuild(database, *pair)
        progress(min(start + STALE_PER_TRANSACTION, len(pairs)), len(pairs))
    learners = overview.stale(database)
    if learners:
        with database.writing():
            overview.rebuild(database, learners)
    return CaughtUp(imports, len(pairs), len(learners))
