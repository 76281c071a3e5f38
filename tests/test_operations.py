"""What the home and the dashboard show, read by plain functions on a real SQLite file,
without Qt: the screens only lay it out."""

from datetime import UTC, datetime, timedelta

from trainer.course.loader import load_library
from trainer.learning.dashboard import Help
from trainer.learning.events import Event, Verb
from trainer.learning.progress import Status
from trainer.operations.dashboard import dashboard_of
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
