"""Events that imports added, taken into the dashboard counts and the review cards.

An import only notes its counter (`imports_to_take_in`), so that the bundles of a batch (one
from each PC) are taken in together: a learner's visits sit in several bundles, and taken in
bundle by bundle many would arrive out of order and need a rebuild. Taken in together, the
events of the week after are simply added, in order. Whatever falls among older events is
marked stale and rebuilt (store/overview.py, store/reviews.py).
"""

from trainer.store import overview, reviews
from trainer.store.database import Database


def take_in(database: Database) -> int:
    """Take in the events of every import not taken in yet; how many imports there were."""
    with database.writing() as db:
        received = [row[0] for row in db.execute("SELECT received FROM imports_to_take_in")]
        if received:
            overview.add_imported(db.conn, received)
            reviews.add_imported(db, received)
            db.execute("DELETE FROM imports_to_take_in")
    return len(received)
