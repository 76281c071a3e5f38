"""Progress bundles between PCs: the guarantees of issue 8, each shown on real SQLite files."""

import itertools
import json
import random
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.store.centre_key import CentreKey, parse_code
from trainer.store.classes import Assignment, assignments_of, set_assignments
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.store.migrations import MIGRATIONS
from trainer.store.versions import kept_versions, pc_id
from trainer.sync.bundle import MANIFEST, PAYLOAD, Manifest, write_bundle
from trainer.sync.export import export_progress
from trainer.sync.merge import import_progress
from trainer.sync.refusal import BundleError

from .progress_stores import (
    CENTRE,
    CODE_HASH,
    T0,
    add_class,
    add_learner,
    answer,
    assign,
    change,
    dump,
    mastery,
    open_pc,
    snapshot,
)


def bundle_of(database: Database, path: Path, everything: bool = True, learner: str | None = None) -> Path:
    return export_progress(database, path, everything=everything, learner=learner).path


CENTRE_KEY = CentreKey(parse_code(CENTRE))


def rewrite(
    bundle: Path,
    out: Path,
    change_payload: Callable[[sqlite3.Connection], None],
    key: CentreKey = CENTRE_KEY,
    **manifest: object,
) -> Path:
    """A bundle changed as a newer or a careless program of this centre might make it, sealed
    with this centre's key (or, to forge one, with another key)."""
    with zipfile.ZipFile(bundle) as archive:
        document = json.loads(archive.read(MANIFEST))
        payload = out.parent / "payload.sqlite"
        payload.write_bytes(archive.read(PAYLOAD))
    with sqlite3.connect(payload) as db:
        change_payload(db)
    db.close()
    fields = {name: document[name] for name in Manifest.__dataclass_fields__}
    write_bundle(out, replace(Manifest(**fields), **manifest), payload, key)  # type: ignore[arg-type]
    return out


def test_a_bundle_carries_events_profiles_classes_and_assignments(tmp_path: Path) -> None:
    first, second = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    class_id = add_class(first, "Morning class")
    learner = add_learner(first, "Sokha", class_id)
    assign(first, class_id, "passwords", 1)
    for event in mastery(learner, T0):
        record(first, event)
    imported = import_progress(second, bundle_of(first, tmp_path / "a.zip"))
    assert (imported.events_added, imported.events_known) == (6, 0)
    assert {t: m.added for t, m in imported.records.items()} == {
        "classes": 1,
        "learners": 1,
        "assignments": 1,
    }
    assert events_of(second, learner) == events_of(first, learner)
    assert snapshot(second) == snapshot(first)
    row = second.query("SELECT name, class_id, code_hash FROM learners")[0]
    assert tuple(row) == ("Sokha", class_id, CODE_HASH), "the profile comes with its code hash and class"


def test_the_dashboard_counts_after_an_import_are_those_of_the_pc_it_came_from(tmp_path: Path) -> None:
    from trainer.store.overview import activity, wrong_in_a_row

    first, second = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(first, "Sokha", None)
    for event in mastery(learner, T0):
        record(first, event)
    import_progress(second, bundle_of(first, tmp_path / "a.zip"))
    assert activity(second, [learner]) == activity(first, [learner]) != []
    assert wrong_in_a_row(second, [learner]) == wrong_in_a_row(first, [learner])


def test_the_week_after_is_taken_in_without_a_rebuild_and_equals_one(tmp_path: Path) -> None:
    """A learner's visits of the week sit in two PCs' bundles; taken in together, all come
    after what the hub has, so they are added in order and nothing is rebuilt. The result is
    what a rebuild from every event gives."""
    from trainer.store import overview
    from trainer.store.projections import CaughtUp, catch_up, rebuild

    a, b, hub = open_pc(tmp_path, "a"), open_pc(tmp_path, "b"), open_pc(tmp_path, "hub")
    learners = [add_learner(a, name) for name in ("Sokha", "Dara")]
    for learner in learners:
        for event in mastery(learner, T0):
            record(a, event)
    import_progress(b, bundle_of(a, tmp_path / "a1.zip"))
    import_progress(hub, bundle_of(a, tmp_path / "a1.zip"))
    week = T0 + timedelta(days=7)
    visits = [
        (a, 0, "longest", False),
        (b, 1, "share-otp", False),
        (a, 2, "birthday", True),
        (b, 3, "longest", False),
    ]
    for pc, day, question, right in visits:  # Sokha reviews at one PC, then the other; Dara is away
        record(pc, answer(learners[0], question, right, week + timedelta(days=day), review=True))
    added = [
        import_progress(hub, bundle_of(pc, tmp_path / f"{name}2.zip", everything=False), catching_up=False)
        for name, pc in (("a", a), ("b", b))
    ]
    assert [imported.events_added for imported in added] == [2, 2]
    assert catch_up(hub) == CaughtUp(imports=2, modules=0, learners=0), "nothing to rebuild"
    taken_in = snapshot(hub)
    counts = overview.activity(hub, learners), overview.wrong_in_a_row(hub, learners)
    assert counts[1] == {learners[0]: 1, learners[1]: 0}
    with hub.writing():
        rebuild(hub)
    assert snapshot(hub) == taken_in
    assert (overview.activity(hub, learners), overview.wrong_in_a_row(hub, learners)) == counts


def test_importing_the_same_bundle_twice_changes_nothing(tmp_path: Path) -> None:
    first, second = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(first, "Sokha", add_class(first, "Morning"))
    for event in mastery(learner, T0):
        record(first, event)
    bundle = bundle_of(first, tmp_path / "a.zip")
    import_progress(second, bundle)
    once = dump(second)
    again = import_progress(second, bundle)
    assert (again.events_added, again.events_known, again.kept) == (0, 6, 0)
    assert dump(second) == once


def three_pcs_with_concurrent_changes(root: Path) -> list[Path]:
    """Bundles from three PCs that changed the same learner and class at the same time."""
    a, b, c = open_pc(root, "a"), open_pc(root, "b"), open_pc(root, "c")
    class_id = add_class(a, "Morning")
    learner = add_learner(a, "Sokha", class_id)
    assign(a, class_id, "passwords", 1)
    for event in mastery(learner, T0):
        record(a, event)
    first = bundle_of(a, root / "a1.zip")
    for pc in (b, c):
        import_progress(pc, first)
    change(b, "learners", learner, name="Sokha Chea")
    record(b, answer(learner, "longest", False, T0 + timedelta(days=8), review=True))
    add_learner(b, "Dara", class_id)
    assign(b, class_id, "phishing", 2)
    change(c, "learners", learner, name="Sokha C.", avatar="lotus")
    change(c, "classes", class_id, name="Morning (Tuesday)")
    assign(c, class_id, "passwords", 3)
    record(c, answer(learner, "birthday", True, T0 + timedelta(days=9), review=True))
    change(a, "learners", learner, avatar="mango")
    record(a, answer(learner, "share-otp", True, T0 + timedelta(days=10), review=True))
    return [
        first,
        bundle_of(a, root / "a2.zip", everything=False),
        bundle_of(b, root / "b.zip"),
        bundle_of(c, root / "c.zip"),
    ]


def test_bundles_in_any_order_give_the_same_state(tmp_path: Path) -> None:
    bundles = three_pcs_with_concurrent_changes(tmp_path)
    states = []
    for number, order in enumerate(itertools.permutations(bundles)):
        target = open_pc(tmp_path, f"target-{number}")
        for bundle in order:
            import_progress(target, bundle)
        states.append(snapshot(target))
        target.close()
    assert all(state == states[0] for state in states)
    assert len(states[0]["events"]) == 9 and len(states[0]["learners"]) == 2
    assert len(states[0]["kept_versions"]) >= 2, "the concurrent changes are kept, not dropped"


def test_the_newer_change_wins_and_the_other_is_kept_on_both_pcs(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(a, "Sokha")
    import_progress(b, bundle_of(a, tmp_path / "a1.zip"))
    change(a, "learners", learner, name="Sokha A")
    change(b, "learners", learner, name="Sokha B")
    from_a, from_b = bundle_of(a, tmp_path / "a2.zip"), bundle_of(b, tmp_path / "b2.zip")
    assert import_progress(b, from_a).kept == 1
    assert import_progress(a, from_b).kept == 1
    names = {pc.query("SELECT name FROM learners")[0]["name"] for pc in (a, b)}
    assert len(names) == 1, "both PCs agree on the winner"
    winner = names.pop()
    for pc in (a, b):
        [kept] = kept_versions(pc)
        loser = ({"Sokha A", "Sokha B"} - {winner}).pop()
        assert (kept.kind, kept.key, kept.differences) == ("learners", (learner,), {"name": (loser, winner)})
    assert snapshot(a) == snapshot(b)


def test_a_change_made_on_top_of_another_pcs_change_is_not_a_conflict(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    learner = add_learner(a, "Sokha")
    change(a, "learners", learner, name="Sokha Chea")
    import_progress(b, bundle_of(a, tmp_path / "a1.zip"))
    change(b, "learners", learner, name="Chea Sokha")
    change(b, "learners", learner, avatar="lotus")
    imported = import_progress(a, bundle_of(b, tmp_path / "b1.zip"))
    assert (imported.records["learners"].updated, imported.kept) == (1, 0)
    assert tuple(a.query("SELECT name, avatar FROM learners")[0]) == ("Chea Sokha", "lotus")
    assert kept_versions(a) == []
    assert import_progress(b, bundle_of(a, tmp_path / "a2.zip")).records["learners"].updated == 0, "old news"


def test_a_module_taken_off_a_class_stays_off_after_imports_both_ways(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    class_id = add_class(a, "Morning")
    set_assignments(a, class_id, [Assignment("passwords"), Assignment("phishing", "2026-04-01")])
    import_progress(b, bundle_of(a, tmp_path / "a1.zip"))
    set_assignments(b, class_id, [Assignment("phishing", "2026-04-01")])
    import_progress(a, bundle_of(b, tmp_path / "b1.zip"))
    import_progress(b, bundle_of(a, tmp_path / "a2.zip"))
    for pc in (a, b):
        assert assignments_of(pc, class_id) == [Assignment("phishing", "2026-04-01")]
    set_assignments(a, class_id, [Assignment("phishing", "2026-04-01"), Assignment("passwords")])
    import_progress(b, bundle_of(a, tmp_path / "a3.zip"))
    assert [x.module_id for x in assignments_of(b, class_id)] == ["phishing", "passwords"], "put back"
    assert kept_versions(a) == kept_versions(b) == []


def test_saving_the_same_assignments_again_makes_no_new_versions(tmp_path: Path) -> None:
    a = open_pc(tmp_path, "a")
    class_id = add_class(a, "Morning")
    set_assignments(a, class_id, [Assignment("passwords"), Assignment("phishing")])
    before = dump(a)
    set_assignments(a, class_id, [Assignment("passwords"), Assignment("phishing")])
    assert dump(a) == before


def test_a_truncated_bundle_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    for event in mastery(add_learner(a, "Sokha"), T0):
        record(a, event)
    bundle = bundle_of(a, tmp_path / "a.zip")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    before = dump(b)
    with pytest.raises(BundleError, match="incomplete: the file was cut short"):
        import_progress(b, cut)
    assert dump(b) == before


def test_a_tampered_bundle_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    add_learner(a, "Sokha")
    bundle = bundle_of(a, tmp_path / "a.zip")
    with zipfile.ZipFile(bundle) as archive:
        manifest, payload = archive.read(MANIFEST), archive.read(PAYLOAD)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as archive:  # a valid zip, but the payload is not what was made
        archive.writestr(MANIFEST, manifest)
        archive.writestr(PAYLOAD, payload.replace(b"Sokha", b"Evil!"))
    damaged = tmp_path / "damaged.zip"
    data = bytearray(bundle.read_bytes())
    data[data.index(b"Sokha")] ^= 0x20  # a flipped bit on the USB stick
    damaged.write_bytes(bytes(data))
    before = dump(b)
    with pytest.raises(BundleError, match="changed after it was made"):
        import_progress(b, tampered)
    with pytest.raises(BundleError, match="damaged"):
        import_progress(b, damaged)
    assert dump(b) == before


def test_a_bundle_from_a_newer_trainer_is_refused_with_update_the_trainer_first(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    add_learner(a, "Sokha")
    newer = rewrite(
        bundle_of(a, tmp_path / "a.zip"), tmp_path / "newer.zip", lambda db: None, schema=len(MIGRATIONS) + 1
    )
    before = dump(b)
    with pytest.raises(BundleError, match="Update the trainer first"):
        import_progress(b, newer)
    assert dump(b) == before


def test_events_this_trainer_cannot_read_and_missing_classes_are_refused(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    for event in mastery(add_learner(a, "Sokha", add_class(a, "Morning")), T0):
        record(a, event)
    bundle = bundle_of(a, tmp_path / "a.zip")
    odd_verb = rewrite(
        bundle, tmp_path / "odd.zip", lambda db: db.execute("UPDATE events SET verb = 'exploded'")
    )
    no_class = rewrite(bundle, tmp_path / "no-class.zip", lambda db: db.execute("DELETE FROM classes"))
    view = "ALTER TABLE events RENAME TO old; CREATE VIEW events AS SELECT * FROM old"
    a_view = rewrite(bundle, tmp_path / "view.zip", lambda db: db.executescript(view))
    before = dump(b)
    with pytest.raises(BundleError, match="6 events this trainer cannot read"):
        import_progress(b, odd_verb)
    with pytest.raises(BundleError, match="does not fit this PC's records"):
        import_progress(b, no_class)
    with pytest.raises(BundleError, match="its events table is missing or incomplete"):
        import_progress(b, a_view)
    assert dump(b) == before


def test_other_files_and_this_pcs_own_bundle_are_refused(tmp_path: Path) -> None:
    a = open_pc(tmp_path, "a")
    text = tmp_path / "notes.zip"
    text.write_text("not a bundle")
    with pytest.raises(BundleError, match="not a progress bundle"):
        import_progress(a, text)
    with pytest.raises(BundleError, match="no file"):
        import_progress(a, tmp_path / "missing.zip")
    with pytest.raises(BundleError, match="made on this PC"):
        import_progress(a, bundle_of(a, tmp_path / "own.zip"))


def test_a_new_bundle_holds_only_what_the_other_pc_lacks_and_a_gap_is_reported(tmp_path: Path) -> None:
    a, b, c = open_pc(tmp_path, "a"), open_pc(tmp_path, "b"), open_pc(tmp_path, "c")
    learner = add_learner(a, "Sokha")
    for event in mastery(learner, T0):
        record(a, event)
    first = export_progress(a, tmp_path / "a1.zip")
    assert first.everything, "with no other PC heard from, 'new' is everything"
    import_progress(b, first.path)
    import_progress(a, bundle_of(b, tmp_path / "b1.zip", everything=False))  # b tells a what it has
    record(a, answer(learner, "longest", True, T0 + timedelta(days=9), review=True))
    second = export_progress(a, tmp_path / "a2.zip")
    assert not second.everything and second.manifest.counts["events"] == 1
    assert import_progress(b, second.path).events_added == 1
    late = import_progress(c, second.path)
    assert late.gap and late.events_added == 1, "a PC that missed the first bundle is told so"
    assert not import_progress(c, first.path).gap


def test_one_learners_bundle_carries_that_learner_their_class_and_its_assignments(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    morning, evening = add_class(a, "Morning"), add_class(a, "Evening")
    sokha, dara = add_learner(a, "Sokha", morning), add_learner(a, "Dara", evening)
    assign(a, morning, "passwords", 1)
    assign(a, evening, "phishing", 1)
    for learner in (sokha, dara):
        for event in mastery(learner, T0):
            record(a, event)
    exported = export_progress(a, tmp_path / "sokha.zip", learner=sokha)
    assert exported.manifest.counts == {
        "events": 6,
        "learners": 1,
        "classes": 1,
        "assignments": 1,
        "kept_versions": 0,
    }
    import_progress(b, exported.path)
    assert [row["name"] for row in b.query("SELECT name FROM learners")] == ["Sokha"]
    assert events_of(b, sokha) == events_of(a, sokha) and events_of(b, dara) == []
    with pytest.raises(KeyError):
        export_progress(a, tmp_path / "x.zip", learner="nobody")


def test_import_reports_progress_up_to_the_total(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    for number in range(3):
        for event in mastery(add_learner(a, f"Learner {number}"), T0):
            record(a, event)
    seen: list[tuple[int, int]] = []
    import_progress(b, bundle_of(a, tmp_path / "a.zip"), lambda done, total: seen.append((done, total)))
    assert (18, 18) in seen, "every event counted"
    assert seen[-1][0] == seen[-1][1] == 3, "then the review cards of three learners"


def test_this_pc_has_an_id_and_versions_follow_the_lamport_rule(tmp_path: Path) -> None:
    a, b = open_pc(tmp_path, "a"), open_pc(tmp_path, "b")
    assert pc_id(a) != pc_id(b) and len(pc_id(a)) == 36
    for _ in range(5):
        add_class(a, "busy")
    learner = add_learner(a, "Sokha")
    import_progress(b, bundle_of(a, tmp_path / "a.zip"))
    change(b, "learners", learner, name="Sokha B")
    row = b.query("SELECT version_counter, version_pc, version_history FROM learners")[0]
    before = a.query("SELECT version_counter, version_pc FROM learners")[0]
    assert row["version_counter"] > before["version_counter"], "a change made after seeing a version is newer"
    assert row["version_pc"] == pc_id(b)
    assert json.loads(row["version_history"]) == [[before["version_counter"], pc_id(a)]]


steps = st.lists(
    st.tuples(
        st.sampled_from(["rename", "answer", "send", "send-all"]), st.integers(0, 2), st.integers(0, 2)
    ),
    max_size=12,
)


@settings(max_examples=8, deadline=None)
@given(steps, st.randoms())
def test_any_bundles_three_pcs_make_give_the_same_state_in_any_order(
    given_steps: list[tuple[str, int, int]], shuffle: random.Random
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pcs = [open_pc(root, f"pc-{number}") for number in range(3)]
        learner = add_learner(pcs[0], "Sokha")
        for event in mastery(learner, T0):
            record(pcs[0], event)
        bundles = [bundle_of(pcs[0], root / "start.zip")]
        for pc in pcs[1:]:
            import_progress(pc, bundles[0])
        for number, (step, source, target) in enumerate(given_steps):
            if step == "rename":
                change(pcs[source], "learners", learner, name=f"Sokha {number}")
            elif step == "answer":
                record(
                    pcs[source], answer(learner, "longest", number % 2 == 0, T0 + timedelta(days=number + 1))
                )
            elif source != target:
                bundles.append(bundle_of(pcs[source], root / f"{number}.zip", everything=step == "send-all"))
                import_progress(pcs[target], bundles[-1])
        orders = [bundles, list(reversed(bundles)), shuffle.sample(bundles, len(bundles))]
        states = []
        for number, order in enumerate(orders):
            merged = open_pc(root, f"merged-{number}")
            for bundle in order:
                import_progress(merged, bundle)
            states.append(snapshot(merged))
            merged.close()
        assert states[0] == states[1] == states[2]
        for pc in pcs:
            pc.close()


def test_a_batch_lets_the_log_grow_then_checkpoints_as_usual_even_after_a_refusal(tmp_path: Path) -> None:
    from trainer.sync.merge import import_all

    a, hub = open_pc(tmp_path, "a"), open_pc(tmp_path, "hub")
    add_learner(a, "Sokha")
    good = bundle_of(a, tmp_path / "a.zip")
    (tmp_path / "not-a-bundle.zip").write_text("hello", encoding="utf-8")
    results = import_all(hub, [tmp_path / "not-a-bundle.zip", good])
    assert [type(result).__name__ for _, result in results] == ["BundleError", "Imported"]
    assert hub.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_large_batch_goes_in_without_the_learner_index_which_is_back_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.sync import merge

    a, hub = open_pc(tmp_path, "a"), open_pc(tmp_path, "hub")
    learner = add_learner(a, "Sokha")
    for event in mastery(learner, T0):
        record(a, event)
    monkeypatch.setattr(merge, "LARGE_IMPORT", 5)  # 6 events: large for this test
    bundle = bundle_of(a, tmp_path / "a.zip")
    assert merge._large(hub, [bundle]) and not merge._large(a, [bundle]), "a has them already"
    merge.import_all(hub, [bundle])
    index = "SELECT count(*) FROM sqlite_master WHERE name = 'events_by_learner'"
    assert hub.query(index)[0][0] == 1
    assert snapshot(hub) == snapshot(a) and events_of(hub, learner) == events_of(a, learner)


def test_opening_the_store_brings_back_the_learner_index_an_import_cut_off_had_dropped(
    tmp_path: Path,
) -> None:
    pc = open_pc(tmp_path, "pc")
    pc.connection.execute("DROP INDEX events_by_learner")
    pc.close()
    again = open_pc(tmp_path, "pc")
    assert again.query("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_learner'")[0][0] == 1
