"""Seed a database with a demo class: learners, assigned modules and months of their events.

`seed_demo` makes the class a facilitator explores (25 learners, four months); `seed_many`
makes the large centre the benchmarks need (e.g. 300 learners, 100,000 answers). Both are
deterministic for a seed and an end time, and every demo learner's picture code is
DEMO_CODE, so that a facilitator can sign in as any of them.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from trainer.course.model import Library, Module
from trainer.demo.people import Person, people
from trainer.demo.simulate import Habits, LearnerMonths, new_id
from trainer.learning.events import Event, Verb
from trainer.store.codes import hash_code
from trainer.store.database import Database
from trainer.store.events import record_all

DEMO_CLASS = "Demo class"
DEMO_CODE = "sun-moon-star"
"""Every demo learner's picture code: sun, moon, star."""
COURSE_DAYS = 120
CLASS_DAYS = (1, 5)
"""Tuesdays and Saturdays (Monday is 0)."""
CLASS_STARTS_UTC = 2
"""9 in the morning in Cambodia."""
LESSONS_PER_CURRICULUM = 5
STUCK, QUIET = 0.12, 0.16
"""The share of learners stuck on a module near the end, and of those who stopped coming."""


@dataclass(frozen=True)
class Seeded:
    class_id: str
    learners: int
    events: int
    answers: int


def assigned_modules(library: Library, per_curriculum: int | None = LESSONS_PER_CURRICULUM) -> list[Module]:
    """The pre-tests, then the first lessons of each curriculum (all with None), then the post-tests."""
    lessons = [
        module
        for curriculum in library.curricula
        for module in [m for m in curriculum.modules if m.test is None][:per_curriculum]
    ]
    tests = {kind: [m for m in library.modules if m.test == kind] for kind in ("pre", "post")}
    return [*tests["pre"], *lessons, *tests["post"]]


def seed_demo(
    database: Database, library: Library, learners: int = 25, seed: int = 1, now: datetime | None = None
) -> Seeded:
    """A class with four months of varied progress: some learners keen, some stuck, some gone."""
    return _seed(database, library, learners, seed, now, assigned_modules(library), None)


def seed_many(
    database: Database,
    library: Library,
    learners: int = 300,
    answers: int = 100_000,
    seed: int = 1,
    now: datetime | None = None,
) -> Seeded:
    """A large class, every module assigned, with `answers` answers in all (for benchmarks)."""
    return _seed(database, library, learners, seed, now, assigned_modules(library, None), answers)


def _seed(
    database: Database,
    library: Library,
    count: int,
    seed: int,
    now: datetime | None,
    plan: list[Module],
    answers: int | None,
) -> Seeded:
    """With `answers`, every learner comes to every class until they have given their share."""
    if count < 1:
        raise ValueError("a demo class needs at least 1 learner")
    already = database.query("SELECT count(*) AS n FROM learners")[0]["n"]
    if already:
        raise ValueError(f"this data folder already has {already} learners: use an empty one for the demo")
    end = now or datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start = end - timedelta(days=COURSE_DAYS if answers is None else 2 * COURSE_DAYS)
    rng = random.Random(seed)
    class_id = new_id(rng)
    folks = people(rng, count)
    stuck, quiet = round(count * STUCK), round(count * QUIET)
    roles = ["stuck"] * stuck + ["quiet"] * quiet + ["steady"] * (count - stuck - quiet)
    rng.shuffle(roles)
    simulated: dict[int, LearnerMonths] = {}
    for index in sorted(range(count), key=lambda i: roles[i] != "quiet"):  # those who stop first, so
        given = sum(learner.answers for learner in simulated.values())  # the others make up the total
        share = None if answers is None else (answers - given) // (count - len(simulated))
        simulated[index] = _simulate(
            folks[index], roles[index], index, seed, plan, library, (start, end), share
        )
    months = [simulated[index] for index in range(count)]
    code_hash = hash_code(DEMO_CODE)  # one slow hash for all: they share the code anyway
    with database.writing():
        database.table("classes").insert(
            {"id": class_id, "name": DEMO_CLASS, "codes_needed": 1, "archived": 0, "created_at": _iso(start)}
        )
        database.table("assignments").insert_all(
            {"class_id": class_id, "module_id": module.id, "position": position, "target_date": None}
            for position, module in enumerate(plan)
        )
        database.table("learners").insert_all(
            {
                "id": learner.learner_id,
                "name": person.name,
                "avatar": person.avatar,
                "code_hash": code_hash,
                "created_at": _iso(learner.habits.joined),
                "class_id": class_id,
                "gender": person.gender,
                "age_group": person.age_group,
                "consent": int(person.gender is not None),
            }
            for person, learner in zip(folks, months, strict=True)
        )
    events: list[Event] = [event for learner in months for event in learner.events]
    record_all(database, events)
    return Seeded(class_id, count, len(events), sum(event.verb is Verb.ANSWERED for event in events))


def _simulate(
    person: Person,
    role: str,
    index: int,
    seed: int,
    plan: list[Module],
    library: Library,
    course: tuple[datetime, datetime],
    answers_each: int | None,
) -> LearnerMonths:
    start, end = course
    rng = random.Random(f"{seed}/{index}/{person.name}")
    habits = _habits(rng, role, start, end)
    learner = LearnerMonths(new_id(rng), habits, library, plan, rng, end, answers_each)
    days = [start + timedelta(days=n, hours=CLASS_STARTS_UTC) for n in range((end - start).days)]
    visits = [day for day in days if day.weekday() in CLASS_DAYS and day >= habits.joined]
    for number, day in enumerate(visits):
        if habits.stopped is not None and day > habits.stopped:
            break
        worried = habits.stuck_from is not None and day >= habits.stuck_from  # comes to every class
        if number == 0 or worried or answers_each is not None or rng.random() < habits.attendance:
            learner.visit(day, reviews=answers_each is None)
    return learner


def _habits(rng: random.Random, role: str, start: datetime, end: datetime) -> Habits:
    return Habits(
        skill=rng.uniform(0.3, 0.5) if role == "stuck" else rng.uniform(0.3, 0.85),
        attendance=rng.uniform(0.3, 0.85),
        hints=rng.uniform(0.0, 0.4),
        slowness=rng.uniform(0.7, 1.8),
        joined=start + timedelta(days=rng.choice((0, 0, 0, 0, 3, 7, 10, 14, 21, 35))),
        stopped=end - timedelta(days=rng.uniform(15, 50)) if role == "quiet" else None,
        stuck_from=end - timedelta(days=rng.uniform(10, 20)) if role == "stuck" else None,
    )


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="microseconds")
