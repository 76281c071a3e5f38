"""What every screen may use: the records, the content and the interface language."""

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.store.database import Database
from trainer.store.facilitators import Facilitator
from trainer.ui.language import Language

if TYPE_CHECKING:
    from trainer.course.model import Library

log = logging.getLogger("trainer")


class AppContext:
    def __init__(self, database: Database, content: list[Path], language: Language) -> None:
        self.database, self.content, self.language = database, content, language
        self.facilitator: Facilitator | None = None
        """Who opened the facilitator area, while it is open."""

    def use_content(self, content: list[Path]) -> None:
        """Load from these folders from now on (after a pack is installed)."""
        self.content = content
        self.__dict__.pop("library", None)

    @property
    def lang(self) -> str:
        return self.language.code

    @cached_property
    def library(self) -> "Library":
        """The content, loaded on first use so that the picker appears without waiting for it."""
        from trainer.course.loader import load_library

        library = load_library(self.content)
        for problem in library.problems:
            log.warning("content problem: %s", problem)
        return library
