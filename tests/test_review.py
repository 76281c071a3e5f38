"""Boosters: mastered modules come back as short FSRS reviews, rebuilt the same from events."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.learning.events import Event, Verb
from trainer.learning.review import due_now, rating, schedule
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.ui.answers.choices import ChoicesAnswer
from trainer.ui.home import HomeScreen
from trainer.ui.review import ReviewScreen

from .conftest import FIXTURE_CONTENT, signed_in_window

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUESTIONS = {"passwords": ["longest", "share-otp", "good-habits", "birthday", "where-to-keep"]}


def answer(learner: str, question: str, success: bool, at: datetime, **context: object) -> Event:
    return Event(
        learner, Verb.ANSWERED, "passwords", result={"success": success, "score": float(success)},
        context={"question": question, **context}, timestamp=at.isoformat(),
    )  # fmt: skip


def mastered_at(learner: str, at: datetime) -> list[Event]:
    answers = [
        answer(learner, q, True, at + timedelta(minutes=i)) for i, q in enumerate(QUESTIONS["passwords"])
    ]
    return [
        *answers,
        Event(learner, Verb.MASTERED, "passwords", timestamp=(at + timedelta(minutes=9)).isoformat()),
    ]


def key(card: object) -> tuple[object, ...]:
    return (card.due, card.stability, card.difficulty, card.state)  # type: ignore[attr-defined]


def test_ratings_follow_the_answer() -> None:
    assert rating(answer("l", "q", False, T0)).name == "Again"
    assert rating(answer("l", "q", True, T0, hint_used=True)).name == "Hard"
    sure = answer("l", "q", True, T0)
    sure.result.update(confidence="sure", duration_ms=4000)
    assert rating(sure).name == "Easy"
    assert rating(answer("l", "q", True, T0)).name == "Good"


def test_mastering_a_module_schedules_its_questions() -> None:
    assert schedule(mastered_at("l", T0)[:-1], QUESTIONS) == {}, "no reviews before mastery"
    cards = schedule(mastered_at("l", T0), QUESTIONS)
    assert set(cards) == {("passwords", q) for q in QUESTIONS["passwords"]}
    assert due_now(cards, T0 + timedelta(hours=1)) == []
    later = due_now(cards, T0 + timedelta(days=30))
    assert len(later) == 5 and later == sorted(later, key=lambda d: d.due)


def test_a_wrong_review_brings_the_card_back_sooner() -> None:
    events = mastered_at("l", T0)
    review_time = T0 + timedelta(days=10)
    events += [answer("l", "longest", False, review_time, review=True)]
    events += [answer("l", "birthday", True, review_time, review=True)]
    cards = schedule(events, QUESTIONS)
    assert cards[("passwords", "longest")].due < cards[("passwords", "birthday")].due


def test_rebuilding_and_merging_give_the_same_schedule(tmp_path: Path) -> None:
    events = [
        *mastered_at("l", T0),
        answer("l", "longest", False, T0 + timedelta(days=9), review=True),
        answer("l", "share-otp", True, T0 + timedelta(days=9, minutes=1), review=True),
    ]
    one_pc = {k: key(c) for k, c in schedule(events, QUESTIONS).items()}
    assert {k: key(c) for k, c in schedule(list(reversed(events)), QUESTIONS).items()} == one_pc
    first, second = Database(tmp_path / "a.db"), Database(tmp_path / "b.db")
    for database in (first, second):
        with database.writing():
            database.table("learners").insert(
                {"id": "l", "name": "L", "avatar": "fish", "code_hash": "x", "created_at": "t"}
            )
    for index, event in enumerate(events):  # each PC saw some events, both saw a few
        for database in [first, second] if index % 3 == 0 else [first] if index % 2 else [second]:
            record(database, event)
    merged = events_of(first, "l") + events_of(second, "l")
    assert {k: key(c) for k, c in schedule(merged, QUESTIONS).items()} == one_pc
    first.close()
    second.close()


def test_a_review_session_from_the_home_screen(qapp: object, qtbot: QtBot, tmp_path: Path) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    learner = window.learner
    assert learner is not None
    for event in mastered_at(learner.id, datetime.now(UTC) - timedelta(days=40)):
        record(window.context.database, event)
    window.show_home()
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    assert home.review_button.isVisible()
    assert home.review_button.text() == "Review: 5 questions to keep fresh"
    qtbot.mouseClick(home.review_button, Qt.MouseButton.LeftButton)
    review = window.screen_widget
    assert isinstance(review, ReviewScreen)
    for number in range(1, 6):
        assert review.counter.text() == f"Question {number} of 5"
        assert isinstance(review.answer, ChoicesAnswer)
        qtbot.mouseClick(review.answer.rows[0].choice, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(review.check_button, Qt.MouseButton.LeftButton)
        assert review.answered and review.verdict.text(), "reviews explain every answer, as quizzes do"
        qtbot.mouseClick(review.next_button, Qt.MouseButton.LeftButton)
    home = window.screen_widget
    assert isinstance(home, HomeScreen) and not home.review_button.isVisible()
    reviews = [e for e in events_of(window.context.database, learner.id) if e.context.get("review")]
    assert len(reviews) == 5
    assert home.cards["passwords"].status_label.text() == "Mastered"
    window.context.database.close()


def test_the_fixture_has_the_questions_the_tests_name() -> None:
    module = load_library([FIXTURE_CONTENT]).module("passwords")
    assert module is not None and [q.id for q in module.questions] == QUESTIONS["passwords"]
