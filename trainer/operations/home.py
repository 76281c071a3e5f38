"""A learner's home: their modules by section with progress, what to continue, what is due."""

from dataclasses import dataclass
from datetime import datetime

from trainer.course.model import Library, Module, Question
from trainer.learning.path import Section, locked, next_module, sections
from trainer.learning.progress import Place, Status, last_place, place_in, status
from trainer.learning.review import reviews_due
from trainer.store.classes import assignments_of, class_of
from trainer.store.database import Database
from trainer.store.events import events_of
from trainer.store.settings import get_setting


@dataclass(frozen=True)
class Home:
    progress: dict[str, Status]
    """Each module's status, by module id."""
    finish_by: dict[str, str]
    """The date the learner's class is to finish a module by, where the facilitator set one."""
    sections: list[Section]
    """The class's modules first (when it has any), then each curriculum's others."""
    locked: set[str]
    """Modules that open when the one before is mastered."""
    target: Module | None
    """What "continue" opens: the last module the learner was in, else the next one to do;
    None when every module is mastered."""
    place: Place | None
    """Where in `target` to continue; None to start it."""
    reviews: list[tuple[Module, Question]]
    """Questions of mastered modules due again, oldest first."""


def home_of(database: Database, library: Library, learner_id: str, now: datetime) -> Home:
    events = events_of(database, learner_id)
    by_module = {module.id: [e for e in events if e.module_id == module.id] for module in library.modules}
    progress = {m.id: status(by_module[m.id], test=m.test is not None) for m in library.modules}
    group = class_of(database, learner_id)
    assignments = assignments_of(database, group.id) if group else []
    parts = sections(library, [a.module_id for a in assignments])
    place = last_place(events)
    target = library.module(place.module_id) if place else None
    if target is None:
        target = next_module(parts, progress)
        place = place_in(by_module[target.id]) if target else None
    return Home(
        progress=progress,
        finish_by={a.module_id: a.target_date for a in assignments if a.target_date},
        sections=parts,
        locked=locked(parts, progress, get_setting(database, "skip_ahead")),
        target=target,
        place=place,
        reviews=reviews_due(library, events, now),
    )
