"""Learner profiles: picture codes kept as slow salted hashes, and a growing wait after wrong codes."""

from trainer.store.database import Database
from trainer.store.learners import (
    FIRST_WAIT_SECONDS,
    TRIES_BEFORE_WAIT,
    Outcome,
    add_learner,
    all_learners,
    sign_in,
)

CODE = "sun-moon-star"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_code_is_stored_as_a_salted_slow_hash(database: Database) -> None:
    first = add_learner(database, "Sokha", "lotus", CODE)
    second = add_learner(database, "Dara", "buffalo", CODE)
    hashes = [row["code_hash"] for row in database.table("learners").rows]
    assert all(h.startswith("scrypt$16384$") and CODE not in h for h in hashes)
    assert hashes[0] != hashes[1], "the same code must not give the same hash"
    assert sign_in(database, first.id, CODE).outcome is Outcome.SIGNED_IN
    assert sign_in(database, second.id, "moon-sun-star").outcome is Outcome.WRONG_CODE


def test_learners_are_listed_by_name_with_spaces_tidied(database: Database) -> None:
    add_learner(database, "  Vanna   Chea ", "fish", CODE)
    add_learner(database, "អារុណ", "mango", CODE)
    add_learner(database, "bopha", "rice", CODE)
    assert [learner.name for learner in all_learners(database)] == ["bopha", "Vanna Chea", "អារុណ"]


def test_an_empty_name_is_refused(database: Database) -> None:
    import pytest

    with pytest.raises(ValueError, match="name"):
        add_learner(database, "   ", "fish", CODE)
    assert all_learners(database) == []


def test_the_wait_after_wrong_codes_grows_each_time(database: Database) -> None:
    learner = add_learner(database, "Sokha", "lotus", CODE)
    clock = Clock()
    waits = []
    for _ in range(3):
        outcomes = [sign_in(database, learner.id, "star-star-star", clock) for _ in range(TRIES_BEFORE_WAIT)]
        assert [o.outcome for o in outcomes[:-1]] == [Outcome.WRONG_CODE] * (TRIES_BEFORE_WAIT - 1)
        assert outcomes[-1].outcome is Outcome.MUST_WAIT
        waits.append(outcomes[-1].wait_seconds)
        # even the right code is refused while the card waits
        assert sign_in(database, learner.id, CODE, clock).outcome is Outcome.MUST_WAIT
        clock.now += outcomes[-1].wait_seconds
    assert waits == [FIRST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2, FIRST_WAIT_SECONDS * 4]
    assert sign_in(database, learner.id, CODE, clock).outcome is Outcome.SIGNED_IN
    # a successful sign-in starts the count afresh
    for _ in range(TRIES_BEFORE_WAIT):
        last = sign_in(database, learner.id, "star-star-star", clock)
    assert last.wait_seconds == FIRST_WAIT_SECONDS
