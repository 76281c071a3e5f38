"""Two events with one id and different content (issue 16, defect 10): both are kept, the
facilitator is told, and every PC ends with the same events whatever the import order."""

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from trainer.store import overview
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.projections import rebuild
from trainer.sync.event_copies import CONTENT, content_hash
from trainer.sync.export import export_progress
from trainer.sync.merge import import_all, import_progress

from .progress_stores import T0, answer, mastery, open_pc, snapshot
from .progress_stores import add_learner as new_learner


def copies(database: Database) -> list[tuple[Any, ...]]:
    """The kept copies, without where this PC saw each (which depends on what it had)."""
    rows = database.query(f"SELECT id, content_hash, {', '.join(CONTENT)} FROM event_copies ORDER BY 1, 2")
    return [tuple(row) for row in rows]


def one_id_two_contents(root: Path) -> tuple[Path, Path, str]:
    """PC a and PC b each record an answer with the same event id: right on a, wrong on b."""
    a, b = open_pc(root, "a"), open_pc(root, "b")
    learner = new_learner(a, "Sokha")
    for event in mastery(learner, T0):
        record(a, event)
    import_progress(b, export_progress(a, root / "start.zip").path)
    later = T0 + timedelta(days=9)
    on_a = answer(learner, "longest", True, later, review=True)
    on_b = replace(answer(learner, "longest", False, later + timedelta(minutes=1), review=True), id=on_a.id)
    record(a, on_a)
    record(b, on_b)
    from_a = export_progress(a, root / "a.zip", everything=True).path
    from_b = export_progress(b, root / "b.zip", everything=True).path
    a.close()
    b.close()
    return from_a, from_b, on_a.id


def test_both_orders_give_the_same_events_and_keep_both_copies(tmp_path: Path) -> None:
    from_a, from_b, event_id = one_id_two_contents(tmp_path)
    hubs = []
    for name, order in (("ab", [from_a, from_b]), ("ba", [from_b, from_a])):
        hub = open_pc(tmp_path, name)
        first, second = (import_progress(hub, bundle) for bundle in order)
        assert (first.same_id, second.same_id) == (0, 1)
        hubs.append(hub)
    assert snapshot(hubs[0]) == snapshot(hubs[1]), "events, review cards and records alike"
    events = [hub.query("SELECT * FROM events WHERE id = ?", (event_id,))[0] for hub in hubs]
    assert dict(events[0]) | {"received": 0} == dict(events[1]) | {"received": 0}
    kept = copies(hubs[0])
    assert kept == copies(hubs[1]) and len(kept) == 2, "both copies are kept"
    assert {row[6] for row in kept} == {'{"success": true, "score": 1.0}', '{"success": false, "score": 0.0}'}
    smaller = min(kept, key=lambda row: row[1])
    assert tuple(events[0][name] for name in CONTENT) == smaller[2:], "the copy with the smaller hash"
    assert smaller[1] == content_hash(smaller[2:])


def test_the_two_pcs_settle_on_the_same_copy_and_the_projections_stay_right(tmp_path: Path) -> None:
    from_a, from_b, _ = one_id_two_contents(tmp_path)
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    assert import_progress(a, from_b).same_id == 1
    assert import_progress(b, from_a).same_id == 1
    assert snapshot(a) == snapshot(b)
    learners = [row[0] for row in a.query("SELECT id FROM learners")]
    for pc in (a, b):
        counts = overview.activity(pc, learners), overview.wrong_in_a_row(pc, learners)
        taken_in = snapshot(pc)
        with pc.writing():
            rebuild(pc)
        assert snapshot(pc) == taken_in, "the review cards are those a replay of the events gives"
        assert (overview.activity(pc, learners), overview.wrong_in_a_row(pc, learners)) == counts
    again = import_progress(a, from_b)
    assert again.same_id == 0, "a copy already kept is not counted again"


def test_the_facilitators_summary_says_both_are_kept(tmp_path: Path) -> None:
    from trainer.commands.progress import describe

    from_a, from_b, _ = one_id_two_contents(tmp_path)
    hub = open_pc(tmp_path, "hub")
    results = import_all(hub, [from_a, from_b])
    text = describe(from_b, results[1][1])  # type: ignore[arg-type]
    assert "1 records had the same id as different ones here; both are kept." in text
