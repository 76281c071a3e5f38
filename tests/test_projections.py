"""The dashboard's counts and the review cards are brought up to date where the events change
(recording, an import, a restore, the app's start), and reading them never writes."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.learning.review import schedule
from trainer.reports.class_data import load_class
from trainer.store import events, overview, reviews
from trainer.store.backup import make_backup
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import all_learners
from trainer.store.projections import CaughtUp, catch_up, rebuild
from trainer.store.restore import plan_restore, restore
from trainer.sync.export import export_progress
from trainer.sync.merge import import_progress

from .conftest import FIXTURE_CONTENT
from .progress_stores import QUESTIONS, T0, add_class, add_learner, answer, assign, mastery, open_pc, snapshot
from .test_progress_bundles import rewrite

LATER = T0 + timedelta(days=40)
MARKS = ("imports_to_take_in", "review_stale", "activity_stale")


def behind(root: Path, hub_name: str = "hub") -> tuple[Database, list[str], str]:
    """A hub whose last import is in but not yet caught up, as a power cut would leave it.
    Sokha's imported answer is older than her answers on the hub (her counts and cards go
    stale), Dara's comes after his (added in order), and Ly has only ever used the hub."""
    pc, hub = open_pc(root, "pc"), open_pc(root, hub_name)
    class_id = add_class(pc, "Morning")
    assign(pc, class_id, "passwords", 0)
    sokha, dara = (add_learner(pc, name, class_id) for name in ("Sokha", "Dara"))
    for event in [*mastery(sokha, T0), *mastery(dara, T0)]:
        record(pc, event)
    import_progress(hub, export_progress(pc, root / "first.zip").path)
    ly = add_learner(hub, "Ly", class_id)
    for event in [*mastery(ly, T0), answer(sokha, "longest", False, T0 + timedelta(days=10), review=True)]:
        record(hub, event)
    record(pc, answer(sokha, "birthday", True, T0 + timedelta(days=5), review=True))
    record(pc, answer(dara, "longest", False, T0 + timedelta(days=6), review=True))
    bundle = export_progress(pc, root / "second.zip").path
    import_progress(hub, bundle, catching_up=False)
    pc.close()
    return hub, [sokha, dara, ly], class_id


def read_everything(database: Database, learners: list[str], class_id: str) -> tuple[Any, ...]:
    """What the dashboard, a learner's and a module's page, the charts and the reports read."""
    return (
        sorted(overview.activity(database, learners), key=str),
        overview.wrong_in_a_row(database, learners),
        [reviews.cards_of(database, learner, QUESTIONS) for learner in learners],
        reviews.due_counts(database, LATER, QUESTIONS),
        [events.events_of(database, learner) for learner in learners],
        events.answers(database, module_id="passwords"),
        events.review_answers(database, learners),
        all_learners(database, class_id),
        load_class(database, load_library([FIXTURE_CONTENT]), class_id, now=LATER),
    )


@contextmanager
def read_only(database: Database) -> Iterator[None]:
    """SQLite refuses any write in the block; and no row changed."""
    before = database.changes
    database.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        database.execute("PRAGMA query_only = OFF")
    assert database.changes == before


def marks(database: Database) -> dict[str, int]:
    return {table: database.query(f"SELECT count(*) FROM {table}")[0][0] for table in MARKS}


def rebuilt(database: Database, learners: list[str], class_id: str) -> tuple[Any, ...]:
    """Everything read after the counts and cards are made again from every event."""
    with database.writing():
        rebuild(database)
    with read_only(database):
        return snapshot(database), read_everything(database, learners, class_id)


def test_read_only_means_read_only(database: Database) -> None:
    """The check the tests below rely on: a write in a read-only block fails."""
    add_learner(database, "Sokha")
    with pytest.raises(sqlite3.OperationalError, match="readonly"), read_only(database), database.writing():
        database.execute("DELETE FROM learners")
    assert database.query("SELECT count(*) FROM learners")[0][0] == 1


def test_readers_never_write_even_while_an_import_waits_to_be_caught_up(tmp_path: Path) -> None:
    hub, learners, class_id = behind(tmp_path)
    assert marks(hub) == {"imports_to_take_in": 1, "review_stale": 0, "activity_stale": 0}
    with read_only(hub):
        read_everything(hub, learners, class_id)
    assert marks(hub)["imports_to_take_in"] == 1, "reading left the import for catching up"
    hub.close()


def test_caught_up_the_readers_give_what_a_rebuild_from_every_event_gives(tmp_path: Path) -> None:
    hub, learners, class_id = behind(tmp_path)
    assert catch_up(hub) == CaughtUp(imports=1, modules=1, learners=1), "Sokha's, made again"
    assert marks(hub) == dict.fromkeys(MARKS, 0)
    with read_only(hub):
        seen = snapshot(hub), read_everything(hub, learners, class_id)
        for learner in learners:
            replayed = schedule(events.events_of(hub, learner), QUESTIONS)
            assert reviews.cards_of(hub, learner, QUESTIONS) == replayed != {}
    assert rebuilt(hub, learners, class_id) == seen
    assert catch_up(hub) == CaughtUp(0, 0, 0), "nothing left to do"
    hub.close()


def test_an_answer_recorded_while_an_import_waits_is_taken_in_once(tmp_path: Path) -> None:
    """An answer recorded after a cut-off import carries the import's counter, so adding the
    import's events would add it a second time: recording adds the waiting import first."""
    hub, learners, class_id = behind(tmp_path)
    ly = learners[2]
    record(hub, answer(ly, "share-otp", False, T0 + timedelta(days=12), review=True))
    catch_up(hub)
    with read_only(hub):
        seen = snapshot(hub), read_everything(hub, learners, class_id)
    assert rebuilt(hub, learners, class_id) == seen
    hub.close()


def test_a_restore_brings_the_counts_and_cards_up_to_the_events_it_brings_back(tmp_path: Path) -> None:
    """A backup made while an import waited to be caught up (the backup at start runs then)."""
    hub, learners, class_id = behind(tmp_path)
    backup = make_backup(hub, tmp_path / "usb")
    catch_up(hub)
    record(hub, answer(learners[2], "birthday", False, T0 + timedelta(days=20), review=True))
    restore(hub, plan_restore(hub, backup.path))
    assert marks(hub) == dict.fromkeys(MARKS, 0)
    with read_only(hub):
        seen = snapshot(hub), read_everything(hub, learners, class_id)
    assert len(seen[0]["events"]) == 3 * 6 + 3, "three masteries and three reviews: the backup's"
    assert rebuilt(hub, learners, class_id) == seen
    hub.close()


def test_the_app_catches_up_once_its_window_is_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """A power cut after an import's events went in: the next start brings the counts and
    cards up to date before anyone can read them."""
    from trainer.ui.app import make_app, open_window

    hub, learners, class_id = behind(tmp_path, "data")
    hub.close()
    make_app()
    window = open_window(tmp_path / "data", "en", [FIXTURE_CONTENT])
    qtbot.addWidget(window)
    window.show()
    database = window.context.database
    assert marks(database)["imports_to_take_in"] == 1, "not before the window shows: start-up stays fast"
    window.warm_up()
    assert marks(database) == dict.fromkeys(MARKS, 0)
    with read_only(database):
        seen = snapshot(database), read_everything(database, learners, class_id)
    assert rebuilt(database, learners, class_id) == seen
    window.idle.stop()
    window.close()
    database.close()


def test_times_without_a_zone_are_read_as_utc_rather_than_stop_the_catching_up(tmp_path: Path) -> None:
    """A bundle made by hand may hold times without a zone (its check lets any time SQLite
    reads through). The review cards read them as UTC, as SQLite does: catching up, which now
    runs at every start, must not fail on them."""
    pc, hub = open_pc(tmp_path, "pc"), open_pc(tmp_path, "hub")
    sokha = add_learner(pc, "Sokha")
    for event in mastery(sokha, T0):
        record(pc, event)
    bundle = rewrite(
        export_progress(pc, tmp_path / "pc.zip").path,
        tmp_path / "no-zone.zip",
        lambda db: db.execute("UPDATE events SET timestamp = substr(timestamp, 1, 19)"),
    )
    import_progress(hub, bundle)
    assert hub.query("SELECT timestamp FROM events LIMIT 1")[0][0] == "2026-03-02T09:00:00"
    assert reviews.cards_of(hub, sokha, QUESTIONS) == reviews.cards_of(pc, sokha, QUESTIONS) != {}
    pc.close()
    hub.close()
