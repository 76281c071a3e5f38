"""The demo class: 25 learners with months of varied progress, recorded as the app records it."""

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import mean
from typing import Any

import pytest

from trainer.course.loader import load_library
from trainer.course.model import Library, Question
from trainer.demo.people import AGE_GROUPS, GENDERS, avatars
from trainer.demo.seed import DEMO_CLASS, DEMO_CODE, assigned_modules, seed_demo, seed_many
from trainer.learning.events import Event, Verb
from trainer.learning.gain import gain, score_on_test
from trainer.learning.grading import grade
from trainer.learning.progress import Status, is_mastered, quiz_state, status
from trainer.resources import bundled_content
from trainer.store.database import Database
from trainer.store.events import events_of
from trainer.store.learners import Outcome, all_learners, sign_in

from .test_cli import trainer

NOW = datetime(2025, 6, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([bundled_content()])


@pytest.fixture(scope="module")
def demo(library: Library, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database(tmp_path_factory.mktemp("demo") / "trainer.db")
    seeded = seed_demo(database, library, now=NOW)
    assert seeded.learners == 25 and seeded.answers > 2000
    yield database
    database.close()


def by_learner(database: Database) -> dict[str, list[Event]]:
    return {learner.id: events_of(database, learner.id) for learner in all_learners(database)}


def test_25_learners_in_the_demo_class_with_names_pictures_and_optional_details(demo: Database) -> None:
    rows = demo.query(
        "SELECT learners.*, classes.name AS class FROM learners JOIN classes ON classes.id = class_id"
    )
    assert len(rows) == 25 and {row["class"] for row in rows} == {DEMO_CLASS}
    assert len({row["name"] for row in rows}) == 25
    assert any("\u1780" <= row["name"][0] <= "\u17ff" for row in rows), "some names in Khmer script"
    assert any(row["name"][0].isascii() for row in rows), "and some in Latin script"
    assert {row["avatar"] for row in rows} <= set(avatars())
    assert {row["gender"] for row in rows} == {*GENDERS, None}
    assert {row["age_group"] for row in rows} <= {*AGE_GROUPS, None}
    assert all(row["consent"] == (row["gender"] is not None) for row in rows)


def test_every_learner_has_events_and_a_demo_learner_signs_in_with_the_documented_code(
    demo: Database,
) -> None:
    events = by_learner(demo)
    assert all(len(learner_events) >= 5 for learner_events in events.values())
    learner = all_learners(demo)[0]
    assert sign_in(demo, learner.id, DEMO_CODE).outcome is Outcome.SIGNED_IN


def test_the_class_is_assigned_tests_and_lessons_in_order(demo: Database, library: Library) -> None:
    rows = demo.query("SELECT module_id FROM assignments ORDER BY position")
    modules = [library.module(row["module_id"]) for row in rows]
    assert modules == assigned_modules(library)
    assert modules[0] is not None and modules[0].test == "pre"
    assert modules[-1] is not None and modules[-1].test == "post"


def test_progress_varies_some_are_stuck_some_gone_quiet(demo: Database, library: Library) -> None:
    plan = assigned_modules(library)
    mastered_counts, statuses, stuck, quiet = [], set(), 0, 0
    for events in by_learner(demo).values():
        per_module = [status([e for e in events if e.module_id == m.id], m.test is not None) for m in plan]
        statuses.update(per_module)
        mastered_counts.append(per_module.count(Status.MASTERED))
        answers = [
            e.result["success"] for e in events if e.verb is Verb.ANSWERED and "review" not in e.context
        ]
        stuck += len(answers) - len("".join("x" if ok else "." for ok in answers).rstrip(".")) >= 5
        quiet += datetime.fromisoformat(events[-1].timestamp) < NOW - timedelta(days=14)
    assert statuses == {Status.DONE, Status.MASTERED, Status.IN_PROGRESS, Status.NOT_STARTED}
    assert len(set(mastered_counts)) >= 6, mastered_counts
    assert stuck >= 2, "several wrong answers in a row, at the end"
    assert quiet >= 2, "no visit for two weeks or more"


def test_pre_and_post_tests_show_learning_gain(demo: Database, library: Library) -> None:
    pre, post = (next(m for m in library.modules if m.test == kind) for kind in ("pre", "post"))
    gains = []
    for events in by_learner(demo).values():
        before = score_on_test(pre, [e for e in events if e.module_id == pre.id])
        after = score_on_test(post, [e for e in events if e.module_id == post.id])
        gains.append(gain(before, after))
    taken = [g for g in gains if g is not None]
    assert len(taken) >= 10 and len(taken) < 25
    assert 0.2 < mean(taken) < 0.9 and min(taken) < max(taken)


def stored_to_response(question: Question, stored: Any) -> Any:
    return frozenset(stored) if question.options else stored


def test_answers_are_graded_and_mastered_as_the_app_does(demo: Database, library: Library) -> None:
    reviews = 0
    for events in by_learner(demo).values():
        for index, event in enumerate(events):
            module = library.module(event.module_id)
            assert module is not None
            if event.verb is Verb.ANSWERED:
                question = module.question(event.context["question"])
                assert question is not None
                assert set(event.result) == {"response", "success", "score", "confidence", "duration_ms"}
                shows_a_list = question.type not in ("reliability", "hotspot")
                assert set(event.context) - {"attempt", "review"} == {
                    "question",
                    "type",
                    "interaction_type",
                    "hint_used",
                    *(["order"] if shows_a_list else []),
                }
                graded = grade(question, stored_to_response(question, event.result["response"]))
                assert (graded.correct, graded.score) == (event.result["success"], event.result["score"])
                assert event.result["duration_ms"] > 0
                reviews += bool(event.context.get("review"))
            if event.verb is Verb.MASTERED:
                before = [e for e in events[:index] if e.module_id == module.id]
                assert is_mastered(quiz_state(before).recent, module.mastery)
            assert datetime.fromisoformat(event.timestamp) < NOW
    assert reviews > 100, "boosters of mastered modules"


def test_the_same_seed_gives_the_same_class_and_another_seed_another(
    library: Library, tmp_path: Path
) -> None:
    def events(folder: str, seed: int) -> list[tuple[Any, ...]]:
        database = Database(tmp_path / folder / "trainer.db")
        seed_demo(database, library, learners=4, seed=seed, now=NOW)
        database.close()
        with sqlite3.connect(tmp_path / folder / "trainer.db") as connection:
            return connection.execute("SELECT * FROM events ORDER BY id").fetchall()

    first = events("a", 7)
    assert first == events("b", 7)
    assert first != events("c", 8)


def test_the_demo_goes_only_in_an_empty_data_folder(demo: Database, library: Library) -> None:
    with pytest.raises(ValueError, match="already has 25 learners"):
        seed_demo(demo, library, now=NOW)


def test_many_learners_with_an_exact_number_of_answers_for_benchmarks(
    library: Library, tmp_path: Path
) -> None:
    database = Database(tmp_path / "trainer.db")
    seeded = seed_many(database, library, learners=12, answers=3000, now=NOW)
    assert (seeded.learners, seeded.answers) == (12, 3000)
    counted = database.query("SELECT count(*) AS n FROM events WHERE verb = 'answered'")[0]["n"]
    assert counted == 3000
    database.close()


def test_the_demo_command(tmp_path: Path) -> None:
    data = str(tmp_path / "demo")
    made = trainer("demo", "--data-dir", data, "--learners", "3", "--seed", "5")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Demo class: 3 learners, ")
    assert "picture code: sun, moon, star" in made.stdout
    again = trainer("--data-dir", data, "demo")
    assert again.returncode == 1
    assert again.stderr == "error: this data folder already has 3 learners: use an empty one for the demo\n"
    assert trainer("demo").stderr.startswith("error: the demo goes in a data folder of its own")
