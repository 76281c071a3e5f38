"""The review schedule kept as tables, so that a facilitator sees at once who has reviews due.

It is a projection of answer and mastery events (trainer/learning/review.py). A module's
cards follow each answer as it is recorded. When events arrive out of order (an import, a PC
whose clock was behind) that module is marked stale and rebuilt from its events. Either way
the tables equal a replay of every event.

`review_modules` has one row per mastered module: the last event taken in, and the card of
every question without a card of its own. `review_cards` has the questions' own cards.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from fsrs import Card, State

from trainer.learning.events import Event, Verb
from trainer.learning.review import ModuleCards, expand, rating, rating_of, review

if TYPE_CHECKING:
    import sqlite_utils

    from trainer.store.database import Database

OVERDUE_AFTER = timedelta(days=7)
"""A card still waiting a week after it fell due was missed at least one visit."""

STALE_PER_TRANSACTION = 200

_CARD = "due, stability, difficulty, state, step, last_review"
_EVENTS = """
    SELECT verb, timestamp, id, json_extract(context, '$.question'), json_extract(result, '$.success'),
        json_extract(context, '$.hint_used'), json_extract(result, '$.confidence'),
        json_extract(result, '$.duration_ms')
    FROM events WHERE learner_id = ? AND module_id = ? AND verb IN ('answered', 'mastered')
    ORDER BY timestamp, id
"""


class DueCount(NamedTuple):
    due: int
    """Questions due now, overdue ones included."""
    overdue: int


def _time(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _columns(card: Card) -> tuple[Any, ...]:
    last = _time(card.last_review) if card.last_review else None
    return (_time(card.due), card.stability, card.difficulty, card.state.value, card.step, last)


def _card(row: Sequence[Any]) -> Card:
    due, stability, difficulty, state, step, last_review = row
    return Card(
        card_id=1,
        state=State(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=datetime.fromisoformat(due),
        last_review=datetime.fromisoformat(last_review) if last_review else None,
    )


def _is_question(question: Any) -> bool:
    return isinstance(question, str) and bool(question)


def take(db: sqlite_utils.Database, event: Event) -> None:
    """Bring the cards of the event's module up to date, in the transaction that recorded it."""
    if event.verb not in (Verb.ANSWERED, Verb.MASTERED):
        return
    pair = (event.learner_id, event.module_id)
    where = "learner_id = ? AND module_id = ?"
    if db.execute(f"SELECT 1 FROM review_stale WHERE {where}", pair).fetchone():
        rebuild(db, *pair)
        return
    row = db.execute(
        f"SELECT last_timestamp, last_id, {_CARD} FROM review_modules WHERE {where}", pair
    ).fetchone()
    if row is None:
        if event.verb is Verb.MASTERED:  # the first mastery starts the cards, from earlier answers
            rebuild(db, *pair)
        return
    if (event.timestamp, event.id) < (row[0], row[1]):
        rebuild(db, *pair)
        return
    question = event.context.get("question")
    if event.verb is Verb.ANSWERED and _is_question(question):
        own = db.execute(
            f"SELECT {_CARD} FROM review_cards WHERE {where} AND question_id = ?", (*pair, question)
        )
        card = review(
            _card(own.fetchone() or row[2:]), rating(event), datetime.fromisoformat(event.timestamp)
        )
        db.execute(
            f"INSERT OR REPLACE INTO review_cards VALUES (?, ?, ?, {_marks(6)})",
            (*pair, question, *_columns(card)),
        )
    db.execute(
        f"UPDATE review_modules SET last_timestamp = ?, last_id = ? WHERE {where}",
        (event.timestamp, event.id, *pair),
    )


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def rebuild(db: sqlite_utils.Database, learner_id: str, module_id: str) -> None:
    """Replay one learner's answers in one module into its cards."""
    state, last = ModuleCards(), ("", "")
    for verb, timestamp, event_id, question, success, hint_used, confidence, duration in db.execute(
        _EVENTS, (learner_id, module_id)
    ):
        when = datetime.fromisoformat(timestamp)
        if verb == Verb.ANSWERED and _is_question(question):
            state.answered(question, rating_of(success, hint_used, confidence, duration), when)
        elif verb == Verb.MASTERED:
            state.mastered(when)
        last = (timestamp, event_id)
    pair = (learner_id, module_id)
    for table in ("review_modules", "review_cards", "review_stale"):
        db.execute(f"DELETE FROM {table} WHERE learner_id = ? AND module_id = ?", pair)
    if state.others is not None:
        db.execute(
            f"INSERT INTO review_modules VALUES (?, ?, ?, ?, {_marks(6)})",
            (*pair, *last, *_columns(state.others)),
        )
        db.conn.executemany(
            f"INSERT INTO review_cards VALUES (?, ?, ?, {_marks(6)})",
            [(*pair, question, *_columns(card)) for question, card in state.own.items()],
        )


def mark_stale(db: sqlite_utils.Database, pairs_sql: str, params: Sequence[Any] = ()) -> None:
    """Mark for rebuilding the (learner, module) pairs a query selects."""
    db.execute(f"INSERT OR IGNORE INTO review_stale {pairs_sql}", params)


def rebuild_stale(database: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild every module marked stale; how many there were."""
    pairs = [(row[0], row[1]) for row in database.query("SELECT learner_id, module_id FROM review_stale")]
    for start in range(0, len(pairs), STALE_PER_TRANSACTION):
        with database.writing() as db:
            for pair in pairs[start : start + STALE_PER_TRANSACTION]:
                rebuild(db, *pair)
        if progress is not None:
            progress(min(start + STALE_PER_TRANSACTION, len(pairs)), len(pairs))
    return len(pairs)


def cards_of(
    database: Database, learner_id: str, questions: Mapping[str, Sequence[str]]
) -> dict[tuple[str, str], Card]:
    """A learner's (module, question) cards, for the questions the content has now."""
    rebuild_stale(database)
    modules: dict[str, ModuleCards] = {}
    for row in database.query(
        f"SELECT module_id, {_CARD} FROM review_modules WHERE learner_id = ?", (learner_id,)
    ):
        modules[row[0]] = ModuleCards(others=_card(tuple(row)[1:]))
    for row in database.query(
        f"SELECT module_id, question_id, {_CARD} FROM review_cards WHERE learner_id = ?", (learner_id,)
    ):
        modules[row[0]].own[row[1]] = _card(tuple(row)[2:])
    return expand(modules, questions)


def due_counts(
    database: Database, now: datetime, questions: Mapping[str, Sequence[str]]
) -> dict[str, DueCount]:
    """For each learner with reviews due: how many questions are due, and how many of those
    are overdue (due for longer than OVERDUE_AFTER). `questions` lists each module's question
    ids (trainer.learning.review.review_questions)."""
    rebuild_stale(database)
    limit, overdue_before = _time(now), _time(now - OVERDUE_AFTER)
    content = {module: set(ids) for module, ids in questions.items()}
    due: dict[str, int] = {}
    overdue: dict[str, int] = {}

    def count(learner: str, when: str, number: int) -> None:
        due[learner] = due.get(learner, 0) + number
        if when < overdue_before:
            overdue[learner] = overdue.get(learner, 0) + number

    own = database.connection.execute(
        "SELECT learner_id, module_id, question_id, due FROM review_cards WHERE due <= ?", (limit,)
    )
    for learner, module, question, when in own:
        if question in content.get(module, ()):
            count(learner, when, 1)
    others = database.connection.execute(
        """SELECT m.learner_id, m.module_id, m.due, (SELECT group_concat(c.question_id, char(31))
            FROM review_cards c WHERE c.learner_id = m.learner_id AND c.module_id = m.module_id)
        FROM review_modules m WHERE m.due <= ?""",
        (limit,),
    )
    for learner, module, when, with_own in others:
        mine = set(with_own.split("\x1f")) if with_own else set()
        count(learner, when, len(content.get(module, set()) - mine))
    return {learner: DueCount(number, overdue.get(learner, 0)) for learner, number in due.items() if number}
