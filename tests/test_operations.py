"""What the home and the dashboard show, read by plain functions on a real SQLite file,
without Qt: the screens only lay it out."""

from datetime import UTC, datetime, timedelta

from trainer.course.loader import load_library
from trainer.learning.dashboard import Help
from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status
from trainer.operations.dashboard import dashboard_of
from trainer.operations.details import difficult_of, learner_answers
from trainer.operations.home import home_of
from trainer.store.classes import Assignment, add_class, set_assignments
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import Profile, add_learner

from .conftest import CODE, FIXTURE_CONTENT

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def answered(learner: str, question: str, right: bool, days_ago: float) -> Event:
    return Event(
        learner, Verb.ANSWERED, "passwords", {"response": ["a"], "success": right, "score": float(right)},
        {"question": question}, timestamp=(NOW - timedelta(days=days_ago)).isoformat(),
    )  # fmt: skip


def test_home_starts_a_new_learner_at_the_first_module_and_keeps_an_old_ones_place(
    database: Database,
) -> None:
    library = load_library([FIXTURE_CONTENT])
    new = add_learner(database, "Dara", "fish", CODE).id
    home = home_of(database, library, new, NOW)
    assert home.progress == {"passwords": Status.NOT_STARTED}
    assert home.target is not None and home.target.id == "passwords" and home.place is None
    assert home.reviews == [] and home.locked == set()
    back = add_learner(database, "Sokha", "kite", CODE).id
    record(database, Event(back, Verb.READ, "passwords", context={"page": 1}, timestamp=NOW.isoformat()))
    home = home_of(database, library, back, NOW)
    assert home.progress["passwords"] is Status.IN_PROGRESS
    assert home.target is not None and home.target.id == "passwords"
    assert home.place is not None and home.place.page == 1 and not home.place.in_quiz


def test_the_dashboard_of_a_class_flags_who_needs_help_and_why(database: Database) -> None:
    library = load_library([FIXTURE_CONTENT])
    group = add_class(database, "Morning")
    set_assignments(database, group.id, [Assignment("passwords")])
    stuck = add_learner(database, "Stuck", "fish", CODE, Profile(class_id=group.id)).id
    away = add_learner(database, "Away", "kite", CODE, Profile(class_id=group.id)).id
    add_learner(database, "Elsewhere", "sun", CODE)
    for question in ("q1", "q2", "q3"):
        record(database, answered(stuck, question, False, 1))
    record(database, answered(away, "q1", True, 20))
    shown = dashboard_of(database, library, group.id, NOW)
    assert [learner.name for learner in shown.learners] == ["Away", "Stuck"]
    assert [m.id for m in shown.modules] == ["passwords"]
    reasons = {learner.name: row.needs_help for learner, row in zip(shown.learners, shown.rows, strict=True)}
    assert Help.WRONG_IN_A_ROW in reasons["Stuck"] and Help.INACTIVE in reasons["Away"]
    assert shown.needing_help == 2
    assert len(dashboard_of(database, library, None, NOW).learners) == 3


def test_a_learners_answers_come_newest_first_with_their_questions(database: Database) -> None:
    library = load_library([FIXTURE_CONTENT])
    learner = add_learner(database, "Dara", "fish", CODE).id
    record(database, answered(learner, "q1", False, 2))
    record(database, answered(learner, "no-such-question", True, 1))
    shown = learner_answers(database, library, learner, NOW)
    assert [event.context["question"] for event, _, _ in shown.answers] == ["no-such-question", "q1"]
    assert [module.id if module else None for _, module, _ in shown.answers] == ["passwords", "passwords"]
    assert shown.answers[0][2] is None, "a question the content lacks now is named by its id on screen"
    assert shown.reviews is None


def test_a_modules_difficult_questions_count_the_very_sure_but_wrong(database: Database) -> None:
    library = load_library([FIXTURE_CONTENT])
    module = library.module("passwords")
    assert module is not None
    question = module.questions[0].id
    for name in ("A", "B"):
        learner = add_learner(database, name, "fish", CODE).id
        sure = answered(learner, question, False, 1)
        sure.result["confidence"] = "sure"
        record(database, sure)
    found = difficult_of(database, module)
    assert found[0].question.id == question
    assert (found[0].difficulty.answers, found[0].difficulty.share_wrong, found[0].sure_but_wrong) == (
        2,
        1.0,
        2,
    )
