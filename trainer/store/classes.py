"""Classes of learners, and the modules assigned to each class in order."""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trainer.learning.events import now
from trainer.store.database import Database
from trainer.store.versions import stamp


@dataclass(frozen=True)
class Class:
    id: str
    name: str
    codes_needed: bool = True
    """False when the class's learners sign in by tapping their card alone."""
    archived: bool = False


@dataclass(frozen=True)
class Assignment:
    module_id: str
    target_date: str | None = None
    """An ISO date (YYYY-MM-DD) to finish by, if the facilitator set one."""


def _class(row: dict[str, object]) -> Class:
    return Class(str(row["id"]), str(row["name"]), bool(row["codes_needed"]), bool(row["archived"]))


def add_class(database: Database, name: str) -> Class:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a class needs a name")
    new = Class(str(uuid.uuid4()), name)
    with database.writing():
        database.table("classes").insert({"id": new.id, "name": name, "created_at": now()})
        stamp(database, "classes", new.id)
    return new


def all_classes(database: Database, archived: bool = False) -> list[Class]:
    """Classes by name; archived ones only when asked for."""
    where = "" if archived else "WHERE archived = 0"
    rows = database.query(f"SELECT * FROM classes {where} ORDER BY name COLLATE NOCASE")
    return [_class(dict(row)) for row in rows]


def get_class(database: Database, class_id: str) -> Class:
    return _class(dict(database.query("SELECT * FROM classes WHERE id = ?", (class_id,))[0]))


def update_class(database: Database, class_id: str, **values: object) -> None:
    """Rename, archive (archived=True) or let sign in without codes (codes_needed=False)."""
    with database.writing():
        database.table("classes").update(class_id, values)
        stamp(database, "classes", class_id)


def class_of(database: Database, learner_id: str) -> Class | None:
    rows = database.query(
        "SELECT classes.* FROM classes JOIN learners ON learners.class_id = classes.id WHERE learners.id = ?",
        (learner_id,),
    )
    return _class(dict(rows[0])) if rows else None


def move_learners(database: Database, learner_ids: Iterable[str], class_id: str | None) -> None:
    with database.writing():
        for learner_id in learner_ids:
            database.table("learners").update(learner_id, {"class_id": class_id})
            stamp(database, "learners", learner_id)


def set_assignments(database: Database, class_id: str, assignments: Sequence[Assignment]) -> None:
    """Make these the class's modules, in this order. A module taken off is marked removed (a
    change other PCs get), and only the rows that change get a new version."""
    wanted = {
        assignment.module_id: (position, assignment.target_date, 0)
        for position, assignment in enumerate(assignments)
    }
    with database.writing():
        rows = database.execute(
            "SELECT module_id, position, target_date, removed FROM assignments WHERE class_id = ?", [class_id]
        ).fetchall()
        now_there = {module_id: (position, date, removed) for module_id, position, date, removed in rows}
        for module_id, (position, date, removed) in now_there.items():
            if module_id not in wanted and not removed:
                wanted[module_id] = (position, date, 1)
        for module_id, values in wanted.items():
            if now_there.get(module_id) == values:
                continue
            database.execute(
                "INSERT INTO assignments (class_id, module_id, position, target_date, removed)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (class_id, module_id) DO UPDATE SET position ="
                " excluded.position, target_date = excluded.target_date, removed = excluded.removed",
                (class_id, module_id, *values),
            )
            stamp(database, "assignments", (class_id, module_id))


def assignments_of(database: Database, class_id: str) -> list[Assignment]:
    rows = database.query(
        "SELECT module_id, target_date FROM assignments WHERE class_id = ? AND removed = 0 ORDER BY position",
        (class_id,),
    )
    return [Assignment(row["module_id"], row["target_date"]) for row in rows]
