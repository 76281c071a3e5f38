"""Write this PC's progress to a bundle for other PCs.

What counts as new: every other PC tells us, in the manifests of its own bundles, up to
which of our counters it has all our events (`they_have_ours` in the peers table). A "new"
bundle holds the events we received after the smallest of those counters, so that every PC
we have heard from can catch up from it; with no PC heard from yet, it holds everything. A
PC that gets a bundle with a gap before it (it never had our earlier events) is told so on
import. Learner profiles, classes, assignments and kept versions always go in full: they are
small, and merging them twice changes nothing.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.learning.events import now
from trainer.store.centre_key import CentreKey, centre_key
from trainer.store.migrations import MIGRATIONS
from trainer.store.versions import KEYS, pc_id, this_pc, tick
from trainer.sync.bundle import EVENT_COLUMNS, PAYLOAD, SUFFIX, Manifest, write_bundle
from trainer.sync.records import VERSION_COLUMNS, shared_columns
from trainer.sync.refusal import BundleError, BundleRefusal

log = logging.getLogger("trainer")

if TYPE_CHECKING:
    from trainer.store.database import Database


@dataclass(frozen=True)
class Exported:
    path: Path
    manifest: Manifest

    @property
    def everything(self) -> bool:
        return self.manifest.since < 0


def bundle_name(database: Database) -> str:
    """A file name that says which PC made the bundle and when, e.g. for a USB folder."""
    stamp = now()[:16].replace("-", "").replace(":", "").replace("T", "-")
    return f"progress-{pc_id(database)[:8]}-{stamp}{SUFFIX}"


def export_progress(
    database: Database,
    out: Path,
    everything: bool = False,
    learner: str | None = None,
    key: CentreKey | None = None,
) -> Exported:
    """Write a bundle: the new events (or all, or one learner's) with profiles, classes and
    assignments, sealed with the centre key (or `key`: a one-off transfer code for a learner
    who moves to another centre). A learner id that is not here raises KeyError; with no
    centre key on this PC, BundleError says how to set one up."""
    key = key or centre_key(database)
    if key is None:
        raise BundleError(BundleRefusal.NO_CENTRE_KEY)
    with tempfile.TemporaryDirectory(prefix="trainer-bundle-") as folder:
        payload = Path(folder) / PAYLOAD
        with database.writing_with(payload):
            pc, counter = this_pc(database)
            if (
                learner is not None
                and not database.execute("SELECT 1 FROM learners WHERE id = ?", (learner,)).fetchone()
            ):
                raise KeyError(learner)
            since = -1 if everything or learner else _since(database)
            counts = _fill(database, since, learner)
            have = dict(
                database.execute("SELECT pc_id, have_theirs FROM peers WHERE have_theirs >= 0").fetchall()
            )
            tick(database)  # events recorded from now on are after this bundle
        manifest = Manifest(pc, counter, since, len(MIGRATIONS), now(), learner, have, counts)
        write_bundle(out, manifest, payload, key)
    log.info("progress exported to %s: %s", out, ", ".join(f"{n} {table}" for table, n in counts.items()))
    return Exported(out, manifest)


def _since(database: Database) -> int:
    smallest = database.execute("SELECT min(they_have_ours) FROM peers").fetchone()[0]
    return -1 if smallest is None else int(smallest)


def _fill(database: Database, since: int, learner: str | None) -> dict[str, int]:
    one = learner is not None
    where = {
        "classes": "id IN (SELECT class_id FROM bundle.learners)" if one else "1",
        "learners": "id = :learner" if one else "1",
        "assignments": "class_id IN (SELECT id FROM bundle.classes)" if one else "1",
    }
    params = {"learner": learner, "since": since}
    for table in ("learners", "classes", "assignments"):  # classes and assignments follow the learners
        columns = ", ".join((*VERSION_COLUMNS, *shared_columns(database, table)))
        database.execute(
            f"CREATE TABLE bundle.{table} AS SELECT {columns} FROM main.{table} WHERE {where[table]}", params
        )
    events = "learner_id = :learner" if one else "received > :since"
    database.execute(
        f"CREATE TABLE bundle.events AS SELECT {', '.join(EVENT_COLUMNS)} FROM main.events WHERE {events}",
        params,
    )
    mine = " OR ".join(
        f"(kind = '{table}' AND record_key IN (SELECT json_array({', '.join(key)}) FROM bundle.{table}))"
        for table, key in KEYS.items()
    )
    database.execute(f"CREATE TABLE bundle.kept_versions AS SELECT * FROM main.kept_versions WHERE {mine}")
    tables = ("events", *KEYS, "kept_versions")
    return {
        table: int(database.execute(f"SELECT count(*) FROM bundle.{table}").fetchone()[0]) for table in tables
    }
