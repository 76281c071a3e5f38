"""The order a learner meets modules in: their class's modules first, then each curriculum.

When the facilitator turns skipping ahead off, a module opens only once every module
before it in its section is mastered (or, for a test, done).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trainer.course.model import Curriculum, Library, Module
from trainer.learning.progress import Status

FINISHED = (Status.MASTERED, Status.DONE)


@dataclass(frozen=True)
class Section:
    curriculum: Curriculum | None
    """None for the section of modules the learner's class was given."""
    modules: tuple[Module, ...]


def sections(library: Library, assigned: Sequence[str]) -> list[Section]:
    chosen = tuple(m for m in map(library.module, assigned) if m is not None)
    taken = {m.id for m in chosen}
    rest = [Section(c, tuple(m for m in c.modules if m.id not in taken)) for c in library.curricula]
    return ([Section(None, chosen)] if chosen else []) + [s for s in rest if s.modules]


def locked(parts: Sequence[Section], progress: Mapping[str, Status], skip_ahead: bool) -> set[str]:
    """The modules that stay closed until the ones before them are finished."""
    if skip_ahead:
        return set()
    closed = set()
    for section in parts:
        for before, module in zip(section.modules, section.modules[1:], strict=False):
            if before.id in closed or progress[before.id] not in FINISHED:
                closed.add(module.id)
    return closed


def next_module(parts: Sequence[Section], progress: Mapping[str, Status]) -> Module | None:
    """The first module not yet finished, the class's own first."""
    return next((m for s in parts for m in s.modules if progress[m.id] not in FINISHED), None)
