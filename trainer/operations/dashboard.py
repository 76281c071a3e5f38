"""The facilitator's dashboard: a row per learner of a class (or of the PC), why they need
help, and their modules' status."""

from dataclasses import dataclass
from datetime import datetime

from trainer.course.model import Library, Module
from trainer.learning.dashboard import Row, grid
from trainer.store import overview
from trainer.store.classes import assignments_of
from trainer.store.database import Database
from trainer.store.learners import Learner, all_learners


@dataclass(frozen=True)
class Dashboard:
    learners: list[Learner]
    modules: list[Module]
    """The class's modules in its order; every module when it has none (or for all learners)."""
    rows: list[Row]
    """One per learner, in the order of `learners`."""
    now: datetime

    @property
    def needing_help(self) -> int:
        return sum(1 for row in self.rows if row.needs_help)


def dashboard_of(database: Database, library: Library, class_id: str | None, now: datetime) -> Dashboard:
    learners = all_learners(database, class_id)
    assigned = [a.module_id for a in assignments_of(database, class_id)] if class_id else []
    modules = [m for m in map(library.module, assigned) if m is not None] or list(library.modules)
    ids = [learner.id for learner in learners]
    rows = grid(ids, modules, overview.activity(database, ids), overview.wrong_in_a_row(database, ids), now)
    return Dashboard(learners, modules, rows, now)
