"""Facilitator accounts, classes, assignments and the dashboard's counts, on a real SQLite file."""

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from trainer.learning.events import Event, Verb
from trainer.store.classes import (
    Assignment,
    add_class,
    all_classes,
    assignments_of,
    class_of,
    move_learners,
    set_assignments,
    update_class,
)
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.facilitators import (
    add_facilitator,
    check_password,
    has_facilitator,
    open_gate,
    reset_password,
    seconds_to_wait,
)
from trainer.store.learners import (
    Outcome,
    Profile,
    add_learner,
    codes_needed,
    has_code,
    reset_code,
    set_code,
    sign_in,
)
from trainer.store.overview import activity, stale, wrong_in_a_row
from trainer.store.projections import CaughtUp, catch_up, mark_stale, rebuild
from trainer.store.settings import get_setting, set_setting

from .conftest import CODE


def test_facilitator_password_is_checked_and_can_be_reset(database: Database) -> None:
    assert not has_facilitator(database)
    with pytest.raises(ValueError, match="at least 6"):
        add_facilitator(database, "Sokha", "abc")
    assert not has_facilitator(database)
    sokha = add_facilitator(database, "Sokha", "kampot-2026")
    assert check_password(database, "kampot-2026") == sokha
    assert check_password(database, "wrong-password") is None
    reset_password(database, "Sokha", "new-secret")
    assert check_password(database, "kampot-2026") is None
    assert check_password(database, "new-secret") == sokha


def test_wrong_facilitator_passwords_give_a_growing_wait_that_outlives_reopening(tmp_path: Path) -> None:
    database = Database(tmp_path / "trainer.db")
    sokha = add_facilitator(database, "Sokha", "kampot-2026")
    clock = 1_000_000.0
    waits = [open_gate(database, f"guess-{n}", lambda: clock).wait_seconds for n in range(5)]
    assert waits == [0, 0, 0, 0, 30]
    assert open_gate(database, "kampot-2026", lambda: clock + 29).wait_seconds == 1, "not checked in the wait"
    database.close()

    database = Database(tmp_path / "trainer.db")  # the app started again
    assert seconds_to_wait(database, lambda: clock + 10) == 20
    clock += 30
    waits = [open_gate(database, f"guess-{n}", lambda: clock).wait_seconds for n in range(5)]
    assert waits == [0, 0, 0, 0, 60], "the second wait is twice the first"
    clock += 60
    assert open_gate(database, "kampot-2026", lambda: clock).facilitator == sokha
    assert [open_gate(database, "guess", lambda: clock).wait_seconds for _ in range(5)][-1] == 30
    database.close()


def test_resetting_the_facilitator_password_ends_the_wait(database: Database) -> None:
    add_facilitator(database, "Sokha", "kampot-2026")
    for _ in range(5):
        open_gate(database, "guess-123")
    assert seconds_to_wait(database) == 30
    reset_password(database, "Sokha", "new-one-2")
    assert seconds_to_wait(database) == 0
    assert open_gate(database, "new-one-2").facilitator is not None


def test_classes_are_created_archived_and_hold_learners_in_order(database: Database) -> None:
    morning, evening = add_class(database, "Morning"), add_class(database, "Evening")
    dara = add_learner(database, "Dara", "fish", CODE, Profile(class_id=morning.id))
    assert class_of(database, dara.id) == morning
    move_learners(database, [dara.id], evening.id)
    assert class_of(database, dara.id) == evening
    update_class(database, morning.id, archived=True)
    assert [c.name for c in all_classes(database)] == ["Evening"]
    assert [c.name for c in all_classes(database, archived=True)] == ["Evening", "Morning"]
    set_assignments(database, evening.id, [Assignment("b"), Assignment("a", "2026-12-20")])
    assert assignments_of(database, evening.id) == [Assignment("b"), Assignment("a", "2026-12-20")]


def test_gender_and_age_group_are_kept_only_with_consent(database: Database) -> None:
    without = add_learner(database, "A", "fish", None, Profile(gender="female", age_group="15-24"))
    agreed = add_learner(
        database, "B", "fish", None, Profile(gender="female", age_group="15-24", consent=True)
    )
    rows = {r["id"]: r for r in database.query("SELECT * FROM learners")}
    assert (rows[without.id]["gender"], rows[without.id]["consent"]) == (None, 0)
    assert (rows[agreed.id]["gender"], rows[agreed.id]["age_group"]) == ("female", "15-24")


def test_a_reset_code_is_chosen_again_and_a_class_can_sign_in_without_codes(database: Database) -> None:
    dara = add_learner(database, "Dara", "fish", CODE)
    reset_code(database, dara.id)
    assert not has_code(database, dara.id)
    assert sign_in(database, dara.id, CODE).outcome is Outcome.WRONG_CODE
    set_code(database, dara.id, "cat-dog-sun")
    assert sign_in(database, dara.id, "cat-dog-sun").outcome is Outcome.SIGNED_IN
    assert codes_needed(database, dara.id)
    open_class = add_class(database, "Open")
    move_learners(database, [dara.id], open_class.id)
    update_class(database, open_class.id, codes_needed=False)
    assert not codes_needed(database, dara.id)


@pytest.mark.parametrize(
    ("name", "value", "stored"),
    [("language", "en", "en"), ("mastery", "3/4", "3/4"), ("mastery", "", ""), ("skip_ahead", "no", False)],
)
def test_settings_take_what_a_facilitator_types(
    database: Database, name: str, value: str, stored: object
) -> None:
    set_setting(database, name, value)
    assert get_setting(database, name) == stored


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("language", "fr", "one of km, en"),
        ("mastery", "6/5", "like 4/5"),
        ("skip_ahead", "maybe", "yes or no"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    database: Database, name: str, value: str, message: str
) -> None:
    before = get_setting(database, name)
    with pytest.raises(ValueError, match=message):
        set_setting(database, name, value)
    assert get_setting(database, name) == before


def _answer(learner: str, module: str, right: bool, at: datetime) -> Event:
    return Event(
        learner,
        Verb.ANSWERED,
        module,
        {"success": right, "response": "a"},
        {"question": "q1"},
        timestamp=at.isoformat(),
    )


def test_counts_kept_as_events_arrive_equal_a_rebuild_from_the_events(tmp_path: Path) -> None:
    database = Database(tmp_path / "trainer.db")
    learners = [add_learner(database, f"L{n}", "fish", CODE).id for n in range(4)]
    start = datetime(2026, 9, 1, tzinfo=UTC)
    chance = random.Random(7)
    for n in range(400):
        learner, module = chance.choice(learners), chance.choice(["a", "b", "c"])
        verb = chance.choice([Verb.READ, Verb.ANSWERED, Verb.ANSWERED, Verb.MASTERED, Verb.FINISHED_QUIZ])
        success = chance.choice([True, True, False, "yes", None])  # only true counts as right
        result = {} if verb is not Verb.ANSWERED or success is None else {"success": success}
        record(
            database,
            Event(learner, verb, module, result, timestamp=(start + timedelta(minutes=n)).isoformat()),
        )
    kept = (sorted(map(vars, activity(database, learners)), key=str), wrong_in_a_row(database, learners))
    with database.writing():
        rebuild(database)
    assert (
        sorted(map(vars, activity(database, learners)), key=str),
        wrong_in_a_row(database, learners),
    ) == kept
    database.close()


def test_the_same_event_twice_is_counted_once(database: Database) -> None:
    dara = add_learner(database, "Dara", "fish", CODE)
    event = _answer(dara.id, "a", False, datetime(2026, 9, 1, tzinfo=UTC))
    record(database, event)
    record(database, event)
    (counts,) = activity(database, [dara.id])
    assert (counts.answers, counts.right, wrong_in_a_row(database, [dara.id])) == (1, 0, {dara.id: 1})


def test_counts_of_events_from_another_pc_are_made_again_when_the_import_catches_up(tmp_path: Path) -> None:
    """An import marks its learners; catching up, right after it, counts them again, in order."""
    database = Database(tmp_path / "trainer.db")
    dara = add_learner(database, "Dara", "fish", CODE).id
    start = datetime(2026, 9, 1, tzinfo=UTC)
    record(database, _answer(dara, "a", False, start + timedelta(days=2)))
    with database.writing():  # what an import does: an older right answer arrives late
        database.execute(
            "INSERT INTO events (id, learner_id, verb, module_id, object_id, result, context, timestamp)"
            " VALUES ('late', ?, 'answered', 'a', 'a/q1', ?, '{}', ?)",
            [dara, '{"success": true}', (start + timedelta(days=1)).isoformat()],
        )
        mark_stale(database, [(dara, "a")])
    assert catch_up(database) == CaughtUp(imports=0, modules=1, learners=1)
    (counts,) = activity(database, [dara])
    assert (counts.answers, counts.right, wrong_in_a_row(database, [dara])) == (2, 1, {dara: 1})
    assert stale(database) == []
    database.close()
