"""The review schedule kept as tables, so that a facilitator sees at once who has reviews due.

It is a projection of answer and mastery events (trainer/learning/review.py). A module's
cards follow each answer as it is recorded. When events arrive out of order (an import, a PC
whose clock was behind) that module is marked stale (`review_stale`) and rebuilt from its
events. Either way the tables equal a replay of every event. The functions that write follow
the words of trainer/store/projections.py, which alone calls them; the readers (`cards_of`,
`due_counts`) never write.

`review_modules` has one row per mastered module: the last event taken in, how many of its
questions have a card of their own, and the card of every other question. `review_cards` has
the questions' own cards.
"""

import logging
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from itertools import groupby
from typing import Any, NamedTuple

from fsrs import Card, State

from trainer.learning.events import Event, Verb
from trainer.learning.review import ModuleCards, expand, rating_of
from trainer.store.database import Database

log = logging.getLogger("trainer")

OVERDUE_AFTER = timedelta(days=7)
"""A card still waiting a week after it fell due was missed at least one visit."""

_CARD = "due, stability, difficulty, state, step, last_review"
_EVENT_COLUMNS = """verb, timestamp, id, json_extract(context, '$.question'),
    json_extract(result, '$.success'), json_extract(context, '$.hint_used'),
    json_extract(result, '$.confidence'), json_extract(result, '$.duration_ms')"""
"""What the cards need of an event (`_fold`)."""

_PAIR = "learner_id = ? AND module_id = ?"
"""One learner's one module."""

_EVENTS = f"""SELECT {_EVENT_COLUMNS} FROM (
        SELECT * FROM events WHERE {_PAIR} AND verb IN ('answered', 'mastered')
        AND json_valid(result) AND json_valid(context)
    ) ORDER BY timestamp, id"""
"""A damaged row (not JSON), which `trainer.store.events` leaves out, is left out here too."""


class DueCount(NamedTuple):
    due: int
    """Questions due now, overdue ones included."""
    overdue: int


def _utc(when: datetime) -> datetime:
    """The trainer writes UTC times; one without a zone (from a bundle made by hand) is read as
    UTC, as SQLite's date functions read it, rather than stop the cards being made."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


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


def add_event(database: Database, event: Event) -> None:
    """Bring the cards of the event's module up to date, in the transaction that records it."""
    if event.verb not in (Verb.ANSWERED, Verb.MASTERED):
        return
    pair = (event.learner_id, event.module_id)
    if database.execute(f"SELECT 1 FROM review_stale WHERE {_PAIR}", pair).fetchone():
        rebuild(database, *pair)
        return
    position = database.execute(
        f"SELECT last_timestamp, last_id FROM review_modules WHERE {_PAIR}", pair
    ).fetchone()
    if position is None:
        if event.verb is Verb.MASTERED:  # the first mastery starts the cards, from earlier answers
            rebuild(database, *pair)
        return
    if (event.timestamp, event.id) < tuple(position):
        rebuild(database, *pair)
        return
    context, result = event.context, event.result
    _add(database, pair, [(
        event.verb.value, event.timestamp, event.id, context.get("question"), result.get("success"),
        context.get("hint_used"), result.get("confidence"), result.get("duration_ms"),
    )])  # fmt: skip


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def rebuild(database: Database, learner_id: str, module_id: str) -> None:
    """Replay one learner's answers in one module into its cards, in the caller's transaction;
    the module is no longer stale."""
    state = ModuleCards()
    last = _fold(state, database.execute(_EVENTS, (learner_id, module_id)))
    _write(database, (learner_id, module_id), state, last or ("", ""))


def _fold(state: ModuleCards, rows: Iterable[Sequence[Any]]) -> tuple[str, str] | None:
    """Take rows of _EVENTS' columns into `state`, in their order; the last (timestamp, id)."""
    last = None
    for verb, timestamp, event_id, question, success, hint_used, confidence, duration in rows:
        try:
            when = _utc(datetime.fromisoformat(timestamp))
        except (ValueError, TypeError):
            log.warning("damaged event %s left out of the review cards: timestamp %r", event_id, timestamp)
            continue
        if verb == Verb.ANSWERED and _is_question(question):
            state.answered(question, rating_of(success, hint_used, confidence, duration), when)
        elif verb == Verb.MASTERED:
            state.mastered(when)
        last = (timestamp, event_id)
    return last


def _write(database: Database, pair: tuple[str, str], state: ModuleCards, last: tuple[str, str]) -> None:
    """Replace the module's rows by `state`, taken in up to `last`; it is no longer stale."""
    for table in ("review_modules", "review_cards", "review_stale"):
        database.execute(f"DELETE FROM {table} WHERE {_PAIR}", pair)
    if state.others is not None:
        database.execute(
            f"INSERT INTO review_modules VALUES (?, ?, ?, ?, ?, {_marks(6)})",
            (*pair, *last, len(state.own), *_columns(state.others)),
        )
        database.executemany(
            f"INSERT INTO review_cards VALUES (?, ?, ?, {_marks(6)})",
            [(*pair, question, *_columns(card)) for question, card in state.own.items()],
        )


def _stored(database: Database, pair: tuple[str, str], questions: Collection[str]) -> ModuleCards:
    """A mastered module's cards as the tables have them: the others', and these questions' own."""
    others = database.execute(f"SELECT {_CARD} FROM review_modules WHERE {_PAIR}", pair).fetchone()
    state = ModuleCards(others=_card(others))
    these = f"{_PAIR} AND question_id IN ({_marks(len(questions))})"
    for question, *card in database.execute(
        f"SELECT question_id, {_CARD} FROM review_cards WHERE {these}", (*pair, *questions)
    ):
        state.own[question] = _card(card)
    return state


def mark_stale(database: Database, pairs: Iterable[tuple[str, str]]) -> None:
    """Mark these (learner, module) pairs to be rebuilt, in the caller's transaction."""
    database.executemany("INSERT OR IGNORE INTO review_stale VALUES (?, ?)", pairs)


def stale(database: Database) -> list[tuple[str, str]]:
    """The (learner, module) pairs marked to be rebuilt."""
    return [(row[0], row[1]) for row in database.execute("SELECT learner_id, module_id FROM review_stale")]


def pairs_of(database: Database, learner_ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """The (learner, module) pairs of these learners (or all) that a rebuild makes again: those
    with cards or marked stale, and those with the events cards come from."""
    some = "" if learner_ids is None else f"learner_id IN ({_marks(len(learner_ids))})"
    where, also = (f"WHERE {some}", f"AND {some}") if some else ("", "")
    selects = (
        f"SELECT learner_id, module_id FROM review_modules {where}",
        f"SELECT learner_id, module_id FROM review_stale {where}",
        f"SELECT learner_id, module_id FROM events WHERE verb IN ('answered', 'mastered') {also}",
    )
    params = [] if learner_ids is None else [*learner_ids] * len(selects)
    return [(row[0], row[1]) for row in database.execute(" UNION ".join(selects) + " ORDER BY 1, 2", params)]


def add_imports(database: Database, received: Sequence[int]) -> None:
    """Take in the answers and masteries imports added (those `received` at these counters), in
    the caller's transaction: in order, for a module whose cards have taken in only earlier
    events; otherwise the module is marked stale, to be rebuilt once."""
    imported = f"e.received IN ({_marks(len(received))})"
    database.execute(
        f"""INSERT OR IGNORE INTO review_stale SELECT DISTINCT e.learner_id, e.module_id FROM events e
        LEFT JOIN review_modules m ON m.learner_id = e.learner_id AND m.module_id = e.module_id
        WHERE {imported} AND e.verb IN ('answered', 'mastered') AND CASE
            WHEN m.learner_id IS NULL THEN e.verb = 'mastered'
            ELSE (e.timestamp, e.id) < (m.last_timestamp, m.last_id) END""",
        received,
    )
    later = database.execute(
        f"""SELECT e.learner_id, e.module_id, {_EVENT_COLUMNS} FROM events e JOIN review_modules m
            ON m.learner_id = e.learner_id AND m.module_id = e.module_id
        WHERE {imported} AND e.verb IN ('answered', 'mastered') AND json_valid(e.result)
            AND json_valid(e.context) AND NOT EXISTS (SELECT 1
            FROM review_stale s WHERE s.learner_id = e.learner_id AND s.module_id = e.module_id)
        ORDER BY e.learner_id, e.module_id, e.timestamp, e.id""",
        received,
    ).fetchall()
    for pair, rows in groupby(later, key=lambda row: (row[0], row[1])):
        _add(database, pair, [row[2:] for row in rows])


def _add(database: Database, pair: tuple[str, str], rows: Sequence[Sequence[Any]]) -> None:
    """Take rows of _EVENT_COLUMNS, all after what a mastered module's cards have taken in, into
    its stored cards; read and write only the cards of the questions they answer."""
    answered = {row[3] for row in rows if row[0] == Verb.ANSWERED and _is_question(row[3])}
    state = _stored(database, pair, answered)
    had_own = len(state.own)
    last = _fold(state, rows)
    database.executemany(
        f"INSERT OR REPLACE INTO review_cards VALUES (?, ?, ?, {_marks(6)})",
        [(*pair, question, *_columns(state.own[question])) for question in answered],
    )
    database.execute(
        f"UPDATE review_modules SET last_timestamp = ?, last_id = ?, own_cards = own_cards + ? WHERE {_PAIR}",
        (*(last or ("", "")), len(state.own) - had_own, *pair),
    )


def cards_of(
    database: Database, learner_id: str, questions: Mapping[str, Sequence[str]]
) -> dict[tuple[str, str], Card]:
    """A learner's (module, question) cards, for the questions the content has now."""
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
    ids (trainer.learning.review.review_questions): cards of questions the content no longer
    has are not counted."""
    times = {"now": _time(now), "overdue": _time(now - OVERDUE_AFTER)}
    content = {module: set(ids) for module, ids in questions.items()}
    due: dict[str, list[int]] = {}

    def add(learner: str, number: int, overdue: int) -> None:
        numbers = due.setdefault(learner, [0, 0])
        numbers[0] += number
        numbers[1] += overdue

    query = database.execute
    for learner, number, overdue in query(
        "SELECT learner_id, count(*), sum(due < :overdue) FROM review_cards"
        " WHERE due <= :now GROUP BY learner_id",
        times,
    ):
        add(learner, number, overdue)
    gone: dict[tuple[str, str], int] = {}
    for module, question in query("SELECT DISTINCT module_id, question_id FROM review_cards").fetchall():
        if question not in content.get(module, ()):
            where = "module_id = ? AND question_id = ?"
            for learner, when in query(
                f"SELECT learner_id, due FROM review_cards WHERE {where}", (module, question)
            ):
                gone[learner, module] = gone.get((learner, module), 0) + 1
                if when <= times["now"]:
                    add(learner, -1, -int(when < times["overdue"]))
    for learner, module, late, own in query(
        "SELECT learner_id, module_id, due < :overdue, own_cards FROM review_modules WHERE due <= :now", times
    ):
        number = len(content.get(module, ())) - own + gone.get((learner, module), 0)  # without their own card
        add(learner, number, number if late else 0)
    return {learner: DueCount(*numbers) for learner, numbers in due.items() if numbers[0]}
