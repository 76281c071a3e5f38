"""A copied data folder or a restored backup becomes a new PC by itself, and a PC's counter
never goes back: progress still moves both ways, and later changes still win."""

import shutil
from datetime import timedelta
from pathlib import Path

from trainer.store.backup import make_backup
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.restore import plan_restore, restore
from trainer.store.versions import pc_id, this_pc
from trainer.sync.export import export_progress
from trainer.sync.merge import import_progress

from .progress_stores import T0, add_class, add_learner, answer, change, open_pc, snapshot


def carry(source: Database, target: Database, path: Path) -> int:
    """Take a bundle of source's progress to target; how many records it updated there."""
    imported = import_progress(target, export_progress(source, path).path)
    return sum(merged.added + merged.updated for merged in imported.records.values())


def counter_of(database: Database) -> int:
    return this_pc(database)[1]


def test_a_copied_data_folder_becomes_a_new_pc_and_both_exchange_progress(tmp_path: Path) -> None:
    """PC 2 is set up by copying PC 1's data folder; both go on working; their bundles then go
    both ways (before, every import said the bundle was made on this PC)."""
    first = open_pc(tmp_path, "pc1")
    sokha = add_learner(first, "Sokha")
    record(first, answer(sokha, "longest", True, T0))
    first_id, counter = pc_id(first), counter_of(first)
    first.close()
    shutil.copytree(tmp_path / "pc1", tmp_path / "pc2")

    first, second = open_pc(tmp_path, "pc1"), open_pc(tmp_path, "pc2")
    assert pc_id(first) == first_id, "the original keeps its id"
    assert pc_id(second) != first_id
    assert counter_of(second) > counter
    dara = add_learner(second, "Dara")
    record(second, answer(dara, "longest", False, T0 + timedelta(days=1)))
    record(first, answer(sokha, "share-otp", True, T0 + timedelta(days=1)))
    carry(first, second, tmp_path / "one.zip")
    carry(second, first, tmp_path / "two.zip")
    assert snapshot(first) == snapshot(second)
    assert len(snapshot(first)["events"]) == 3
    assert pc_id(open_pc(tmp_path, "pc2")) == pc_id(second), "the copy keeps its new id once it has one"


def test_a_copy_sends_only_what_the_original_lacks(tmp_path: Path) -> None:
    """The copy holds the original's records up to the copy, and says so in its bundles."""
    first = open_pc(tmp_path, "pc1")
    sokha = add_learner(first, "Sokha")
    for minute in range(5):
        record(first, answer(sokha, "longest", True, T0 + timedelta(minutes=minute)))
    first.close()
    shutil.copytree(tmp_path / "pc1", tmp_path / "pc2")
    first, second = open_pc(tmp_path, "pc1"), open_pc(tmp_path, "pc2")
    record(second, answer(sokha, "birthday", True, T0 + timedelta(days=1)))
    bundle = export_progress(second, tmp_path / "new.zip")
    assert bundle.manifest.counts["events"] == 1
    assert import_progress(first, bundle.path).events_added == 1


def test_restoring_another_pcs_backup_makes_a_new_pc(tmp_path: Path) -> None:
    first, second = open_pc(tmp_path, "pc1"), open_pc(tmp_path, "pc2")
    add_learner(first, "Sokha")
    backup = make_backup(first, tmp_path / "usb")
    restore(second, plan_restore(second, backup.path))
    assert pc_id(second) not in (pc_id(first), "")
    add_learner(second, "Dara")
    carry(second, first, tmp_path / "back.zip")
    assert len(snapshot(first)["learners"]) == 2


def test_after_a_restore_later_changes_still_reach_the_other_pcs(tmp_path: Path) -> None:
    """PC A restores an earlier backup, then moves a learner to a class: PC B takes the move
    (before, B said "0 updated" and kept the old class, since A's counter had gone back and
    its new version looked like one B already had)."""
    pc_a, pc_b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    morning, afternoon, evening = (add_class(pc_a, name) for name in ("Morning", "Afternoon", "Evening"))
    sokha = add_learner(pc_a, "Sokha", morning)
    carry(pc_a, pc_b, tmp_path / "1.zip")
    backup = make_backup(pc_a, tmp_path / "backups")
    change(pc_a, "learners", sokha, class_id=afternoon)
    carry(pc_a, pc_b, tmp_path / "2.zip")
    before = counter_of(pc_a)

    restore(pc_a, plan_restore(pc_a, backup.path))
    assert counter_of(pc_a) > before, "the counter never goes back"
    change(pc_a, "learners", sokha, class_id=evening)
    assert carry(pc_a, pc_b, tmp_path / "3.zip") >= 1
    assert pc_b.query("SELECT class_id FROM learners WHERE id = ?", (sokha,))[0][0] == evening
    carry(pc_b, pc_a, tmp_path / "4.zip")
    assert snapshot(pc_a) == snapshot(pc_b)


def test_reopening_the_same_records_keeps_the_pc(tmp_path: Path) -> None:
    database = open_pc(tmp_path, "pc")
    pc = pc_id(database)
    database.close()
    assert pc_id(open_pc(tmp_path, "pc")) == pc


def test_twins_that_could_not_be_told_apart_part_at_their_first_exchange(tmp_path: Path) -> None:
    """A disk cloned whole (same computer name, same file) keeps one id on two PCs: the first
    bundle from the twin shows it (events this PC never had), and this PC takes a new id."""
    import sqlite3

    from trainer.store.identity import this_place

    first = open_pc(tmp_path, "pc1")
    sokha = add_learner(first, "Sokha")
    first.close()
    shutil.copytree(tmp_path / "pc1", tmp_path / "pc2")
    clone = tmp_path / "pc2" / "trainer.db"
    with sqlite3.connect(clone) as db:  # as if the copy were the very same file on its computer
        db.execute("UPDATE this_pc SET place = ?", (this_place(clone),))
    first, second = open_pc(tmp_path, "pc1"), open_pc(tmp_path, "pc2")
    assert pc_id(first) == pc_id(second)
    record(first, answer(sokha, "longest", True, T0))
    record(second, answer(sokha, "birthday", False, T0 + timedelta(hours=1)))

    carry(second, first, tmp_path / "from-two.zip")
    assert pc_id(first) != pc_id(second)
    carry(first, second, tmp_path / "from-one.zip")
    assert snapshot(first)["events"] == snapshot(second)["events"]
    assert len(snapshot(first)["events"]) == 2


def test_a_pcs_own_bundle_is_still_refused(tmp_path: Path) -> None:
    import pytest

    from trainer.sync.refusal import BundleError, BundleRefusal

    database = open_pc(tmp_path, "pc")
    record(database, answer(add_learner(database, "Sokha"), "longest", True, T0))
    bundle = export_progress(database, tmp_path / "own.zip")
    with pytest.raises(BundleError) as refused:
        import_progress(database, bundle.path)
    assert refused.value.reason is BundleRefusal.THIS_PC
