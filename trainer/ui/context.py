"""What every screen may use: the records, the content and the interface language."""

from dataclasses import dataclass

from trainer.course.model import Library
from trainer.store.database import Database
from trainer.ui.language import Language


@dataclass
class AppContext:
    database: Database
    library: Library
    language: Language

    @property
    def lang(self) -> str:
        return self.language.code
