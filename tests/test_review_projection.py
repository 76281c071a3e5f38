"""The review schedule kept as tables equals a replay of the events, however they arrive."""

import random
import tempfile
from datetime import timedelta
from pathlib import Path

from fsrs import Card
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.learning.events import Event, Verb
from trainer.learning.review import due_now, schedule
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.store.projections import catch_up
from trainer.store.reviews import OVERDUE_AFTER, DueCount, cards_of, due_counts

from .progress_stores import QUESTIONS, T0, add_learner, answer, mastery

Cards = dict[tuple[str, str], Card]


def same(cards: Cards) -> dict[tuple[str, str], tuple[object, ...]]:
    return {
        key: (c.due, c.stability, c.difficulty, c.state, c.step, c.last_review) for key, c in cards.items()
    }


def replay(database: Database, learner: str) -> Cards:
    return schedule(events_of(database, learner), QUESTIONS)


def test_cards_follow_each_answer_as_it_is_recorded(database: Database) -> None:
    learner = add_learner(database, "Sokha")
    events = [
        answer(learner, "longest", False, T0 - timedelta(days=1), hint_used=True),
        *mastery(learner, T0),
        answer(learner, "longest", False, T0 + timedelta(days=9), review=True),
        answer(learner, "birthday", True, T0 + timedelta(days=9, minutes=1), review=True),
        Event(learner, Verb.MASTERED, "passwords", timestamp=(T0 + timedelta(days=12)).isoformat()),
        answer(learner, "longest", True, T0 + timedelta(days=20), review=True),
    ]
    for event in events:
        record(database, event)
        assert same(cards_of(database, learner, QUESTIONS)) == same(replay(database, learner))
    cards = cards_of(database, learner, QUESTIONS)
    assert len(cards) == 5 and cards["passwords", "share-otp"].due > cards[
        "passwords", "longest"
    ].due - timedelta(days=30)


def test_events_recorded_out_of_order_give_the_replayed_schedule(database: Database) -> None:
    learner = add_learner(database, "Sokha")
    late = answer(learner, "longest", True, T0 + timedelta(days=30), review=True)
    events = [*mastery(learner, T0), answer(learner, "share-otp", False, T0 + timedelta(days=9), review=True)]
    for event in [*events[:6], late, events[6]]:  # a PC whose clock was behind
        record(database, event)
    assert same(cards_of(database, learner, QUESTIONS)) == same(replay(database, learner))
    assert database.query("SELECT count(*) FROM review_stale")[0][0] == 0


answers = st.tuples(
    st.sampled_from([*QUESTIONS["passwords"], "gone-from-content"]),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, "unsure", "sure"]),
    st.integers(1_000, 30_000),
    st.integers(0, 60 * 24 * 60),
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(answers, max_size=25),
    st.lists(st.integers(0, 60 * 24 * 60), min_size=1, max_size=3),
    st.randoms(),
)
def test_the_tables_equal_a_replay_for_any_events_in_any_order(
    given_answers: list[tuple[str, bool, bool, str | None, int, int]],
    masteries: list[int],
    shuffle: random.Random,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database(Path(folder) / "trainer.db")
        learner = add_learner(database, "Sokha", learner_id="learner")
        events = [
            Event(
                learner, Verb.ANSWERED, "passwords",
                result={"success": right, "confidence": sure, "duration_ms": ms},
                context={"question": question, "hint_used": hint},
                timestamp=(T0 + timedelta(minutes=m)).isoformat(),
            )
            for question, right, hint, sure, ms, m in given_answers
        ] + [
            Event(learner, Verb.MASTERED, "passwords", timestamp=(T0 + timedelta(minutes=m)).isoformat())
            for m in masteries
        ]  # fmt: skip
        shuffle.shuffle(events)
        for event in events:
            record(database, event)
        assert same(cards_of(database, learner, QUESTIONS)) == same(schedule(events, QUESTIONS))
        with database.writing():
            database.execute("INSERT INTO review_stale SELECT learner_id, module_id FROM review_modules")
        catch_up(database)
        assert same(cards_of(database, learner, QUESTIONS)) == same(schedule(events, QUESTIONS)), "rebuilt"
        for content in (QUESTIONS, {"passwords": ["longest", "birthday"]}, {}):
            assert due_counts(database, LATER, content) == replayed_counts(schedule(events, content))
        database.close()


LATER = T0 + timedelta(days=70)


def replayed_counts(cards: Cards) -> dict[str, DueCount]:
    due = [card for card in cards.values() if card.due <= LATER]
    overdue = [card for card in due if card.due < LATER - OVERDUE_AFTER]
    return {"learner": DueCount(len(due), len(overdue))} if due else {}


def test_due_counts_per_learner_with_overdue(database: Database) -> None:
    now = T0 + timedelta(days=60)
    fresh, fading, new = (add_learner(database, name) for name in ("Fresh", "Fading", "New"))
    for event in [*mastery(fresh, now - timedelta(hours=2)), *mastery(fading, T0)]:
        record(database, event)
    record(database, answer(fading, "longest", False, now - timedelta(days=3), review=True))
    counts = due_counts(database, now, QUESTIONS)
    assert set(counts) == {fading}, "nothing is due just after mastery, nor for a learner with no mastery"
    cards = replay(database, fading)
    overdue = sum(1 for card in cards.values() if card.due < now - OVERDUE_AFTER)
    assert counts[fading] == DueCount(len(due_now(cards, now, limit=100)), overdue)
    assert counts[fading].due == 5 and 0 < counts[fading].overdue < 5
    assert due_counts(database, now, {"passwords": ["longest"]})[fading].due == 1, (
        "only questions the content has"
    )
    assert new not in due_counts(database, now + timedelta(days=365), QUESTIONS)
