"""Import a progress bundle from another PC: a union of events, a merge of versioned records.

Everything happens in one transaction, so a bundle that fails half-way changes nothing.
Events are inserted by id, so one already here is skipped. An event whose id is here with
other content (trainer/sync/event_copies.py) is kept as a copy beside the one here, and the
same one of them is in `events` whatever the order of imports. After the last bundle of a batch,
the review cards and the dashboard's counts take in the new events of all of them together
(`catch_up`, trainer/store/projections.py). Importing a bundle twice changes nothing.
"""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.store.centre_key import CentreKey, centre_key
from trainer.store.migrations import EVENTS_BY_LEARNER
from trainer.store.projections import Progress, catch_up, mark_imported
from trainer.store.versions import KEYS, this_pc
from trainer.sync.bundle import EVENT_COLUMNS, MANIFEST, Manifest, opened
from trainer.sync.event_copies import keep_copies
from trainer.sync.records import VERSION_COLUMNS, Merged, copies, kept_copies, merge, shared_columns
from trainer.sync.refusal import BundleError, BundleRefusal

if TYPE_CHECKING:
    from trainer.store.database import Database

log = logging.getLogger("trainer")
EVENTS_PER_STEP = 20_000


@dataclass
class Imported:
    """What an import changed, for the facilitator."""

    source_pc: str
    events_added: int = 0
    events_known: int = 0
    records: dict[str, Merged] = field(default_factory=dict)
    """Learners, classes and assignments: added, updated, versions kept."""
    gap: bool = False
    """This PC never had the source's earlier events: it should export everything once."""
    same_id: int = 0
    """Events that came with the id of a different event here: both are kept."""

    @property
    def kept(self) -> int:
        return sum(merged.kept for merged in self.records.values())


def _ignore(done: int, total: int) -> None:
    """No progress to show."""


def import_progress(
    database: Database,
    path: Path,
    progress: Progress = _ignore,
    catching_up: bool = True,
    key: CentreKey | None = None,
) -> Imported:
    """Import a bundle; BundleError with the reason (and nothing changed) when it is refused.
    With several bundles, catching_up=False and one `catch_up` after the last saves
    rebuilding a module's cards once per bundle. `key` checks a learner's bundle from another
    centre, sealed with the transfer code given with it, instead of the centre key."""
    with opened(path, key or centre_key(database)) as bundle, database.writing_with(bundle.payload):
        if bundle.manifest.pc == this_pc(database)[0]:
            _part_from_twin(database, bundle.manifest)
        imported = Imported(bundle.manifest.pc)
        try:
            _merge_records(database, imported)
            _merge_events(database, imported, progress)
        except Exception as error:  # sqlite3.IntegrityError and the like: the transaction is undone
            raise BundleError(BundleRefusal.DOES_NOT_FIT, error=error) from error
        imported.gap = _note_peer(database, bundle.manifest)
    log.info(
        "progress imported from %s (PC %s): %d new events, %d known",
        path,
        imported.source_pc,
        imported.events_added,
        imported.events_known,
    )
    if catching_up:
        catch_up(database, progress)
    return imported


def _part_from_twin(database: Database, manifest: Manifest) -> None:
    """A bundle with this PC's id is this PC's own (refused: all of it is here already), or one
    from a twin: a PC whose data folder was copied from this one's in a way this PC could not
    tell (a cloned disk). A twin's bundle holds events this PC never had, or a counter this PC
    never reached (it never goes back). Then this PC takes a new id, and the twin's progress
    comes in like any other PC's."""
    pc, counter = this_pc(database)
    unknown = database.execute(
        "SELECT 1 FROM bundle.events b"
        " WHERE NOT EXISTS (SELECT 1 FROM main.events m WHERE m.id = b.id) LIMIT 1"
    ).fetchone()
    if unknown is None and manifest.counter < counter:
        raise BundleError(BundleRefusal.THIS_PC)
    new = database.become_new_pc(gone=pc)
    log.warning(
        "a bundle came from another PC with this PC's id %s (a copied disk): this PC is now %s", pc, new
    )


def import_all(
    database: Database, paths: Sequence[Path], progress: Progress = _ignore
) -> list[tuple[Path, Imported | BundleError]]:
    """Import several bundles (a USB folder of them), each in its own transaction: a refused
    one changes nothing and the others still go. Review cards and dashboard counts are then
    brought up to date once, which is the longer part for large bundles."""
    steps = len(paths) + 1  # each bundle, then the review cards and counts

    def step(number: int) -> Progress:
        return lambda done, total: progress(number * total + done, steps * total) if total else None

    results = merge_all(database, paths, step)
    catch_up(database, step(len(paths)))
    progress(1, 1)
    return results


def merge_all(
    database: Database,
    paths: Sequence[Path],
    progress: Callable[[int], Progress] = lambda n: _ignore,
    key: CentreKey | None = None,
) -> list[tuple[Path, Imported | BundleError]]:
    """The first part of `import_all`: the bundles' records and events, without the review cards
    and counts (`catch_up` is the second). `progress(n)` reports on the n-th bundle."""
    results: list[tuple[Path, Imported | BundleError]] = []
    with database.checkpoints_held(), _learner_index_dropped(database, _large(database, paths)):
        for number, path in enumerate(paths):
            try:
                imported = import_progress(database, path, progress(number), catching_up=False, key=key)
                results.append((path, imported))
            except BundleError as error:
                results.append((path, error))
    return results


def _large(database: Database, paths: Sequence[Path]) -> bool:
    """More events come than this PC has: their bundles' manifests say how many (read, not
    checked: this only chooses the faster way)."""
    coming = 0
    for path in paths:
        try:
            with zipfile.ZipFile(path) as archive:
                counts = json.loads(archive.read(MANIFEST)).get("counts", {})
            coming += int(counts.get("events", 0))
        except (OSError, KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile):
            continue
    return coming > LARGE_IMPORT and coming > database.query("SELECT count(*) FROM events")[0][0]


LARGE_IMPORT = 100_000
"""Events from which dropping the learner index and making it again after is faster."""


@contextmanager
def _learner_index_dropped(database: Database, drop: bool) -> Iterator[None]:
    """Without the index, a million events go in in about half the time; making it again
    after takes about 2 s. Opening the database makes it again if this was cut off."""
    if drop:
        with database.writing():
            database.execute("DROP INDEX IF EXISTS events_by_learner")
    try:
        yield
    finally:
        if drop:
            with database.writing():
                database.execute(EVENTS_BY_LEARNER)


def _merge_records(database: Database, imported: Imported) -> None:
    for table in KEYS:  # classes before the learners in them, before their assignments
        here = shared_columns(database, table)
        columns = [name for name in shared_columns(database, table, "bundle") if name in here]
        same = " AND ".join(
            f"m.{name} = b.{name}" for name in (*KEYS[table], "version_counter", "version_pc")
        )
        rows = database.execute(  # only the records whose version differs from this PC's
            f"SELECT {', '.join(f'b.{name}' for name in (*VERSION_COLUMNS, *columns))} FROM bundle.{table} b"
            f" WHERE NOT EXISTS (SELECT 1 FROM main.{table} m WHERE {same})"
        ).fetchall()
        kept = database.execute(
            "SELECT version_counter, version_pc, version_history, content"
            " FROM bundle.kept_versions WHERE kind = ?",
            (table,),
        ).fetchall()
        merged = imported.records[table] = Merged()
        for copy in [*copies(rows, columns), *kept_copies(kept)]:
            merge(database, table, copy, here, merged)


def _merge_events(database: Database, imported: Imported, progress: Progress) -> None:
    low, high, total = database.execute(
        "SELECT min(rowid), max(rowid), count(*) FROM bundle.events"
    ).fetchone()
    received = this_pc(database)[1] + 1
    columns = ", ".join(EVENT_COLUMNS)
    imported.same_id, replaced = keep_copies(database, imported.source_pc, received)
    before = database.changes
    for start in range(low or 0, (high or -1) + 1, EVENTS_PER_STEP):
        database.execute(
            f"INSERT OR IGNORE INTO main.events ({columns}, received) SELECT {columns}, ? FROM bundle.events"
            " WHERE rowid >= ? AND rowid < ?",
            (received, start, start + EVENTS_PER_STEP),
        )
        progress(min(start + EVENTS_PER_STEP - low, total), total)
    imported.events_added = database.changes - before
    imported.events_known = total - imported.events_added
    if imported.events_added or replaced:
        database.execute("UPDATE this_pc SET counter = ?", (received,))
        mark_imported(database, received)


def _note_peer(database: Database, manifest: Manifest) -> bool:
    """Remember what the source has of ours and we of theirs; True when there is a gap."""
    pc, counter = this_pc(database)
    theirs = manifest.have.get(pc, -1)
    if theirs > counter:  # this PC's data went back in time (a restored backup): trust no PC's count
        database.execute("UPDATE this_pc SET counter = ?", (theirs + 1,))
        database.execute("UPDATE peers SET they_have_ours = -1")
        theirs = -1
    database.execute("INSERT OR IGNORE INTO peers (pc_id) VALUES (?)", (manifest.pc,))
    database.execute(
        "UPDATE peers SET they_have_ours = max(they_have_ours, ?) WHERE pc_id = ?", (theirs, manifest.pc)
    )
    have = database.execute("SELECT have_theirs FROM peers WHERE pc_id = ?", (manifest.pc,)).fetchone()[0]
    if manifest.learner is not None:
        return False
    if have < manifest.since:
        return True
    database.execute(
        "UPDATE peers SET have_theirs = max(have_theirs, ?) WHERE pc_id = ?", (manifest.counter, manifest.pc)
    )
    return False
