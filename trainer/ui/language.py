"""Interface language: our Khmer catalogue, Qt's standard buttons, and fonts sized per script."""

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from trainer import resources
from trainer.reports.wording import FAMILIES

CATALOGUES = ("trainer", "qtbase")
"""Our strings, and Qt's own standard buttons and dialogs (Qt ships no Khmer catalogue)."""

POINT_SIZE = {"km": 15, "en": 13}
"""Khmer's stacked subscripts need a larger size than Latin to read comfortably."""


LOADED_FONT_FILES: list[str] = []
"""The font files loaded, for the packaging check that they come from inside the bundle."""


def load_fonts() -> list[str]:
    """Load the bundled fonts so that Khmer never depends on the PC; returns the families."""
    families: list[str] = []
    for path in sorted((resources.assets() / "fonts").glob("*.ttf")):
        LOADED_FONT_FILES.append(str(path))
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"cannot load the font {path}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def missing_khmer_glyphs(sample: str = "ស្រីមុំ រៀនប្រើកុំព្យូទ័រ") -> int:
    """How many glyphs of a shaped Khmer sample are the missing-glyph box (0 when all is well)."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(sample, app_font("km"))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(list(run.glyphIndexes()).count(0) for run in layout.glyphRuns())


def app_font(language: str) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES[language])
    font.setPointSize(POINT_SIZE[language])
    return font


class Language:
    """Switches the whole interface between Khmer and English without a restart."""

    _installed: ClassVar[list[QTranslator]] = []
    """Translators are app-wide, so the ones installed are too, whichever Language did it."""

    def __init__(self, app: QApplication, code: str) -> None:
        self.app = app
        self.code = ""
        self.switch(code)

    @staticmethod
    def installed() -> list[QTranslator]:
        return list(Language._installed)

    def switch(self, code: str) -> None:
        if code == self.code:
            return
        for translator in Language._installed:
            QCoreApplication.removeTranslator(translator)
        Language._installed = [] if code == "en" else self._load(code)
        for translator in Language._installed:
            QCoreApplication.installTranslator(translator)
        self.code = code
        self.app.setFont(app_font(code))

    def _load(self, code: str) -> list[QTranslator]:
        translators = []
        for catalogue in CATALOGUES:
            translator = QTranslator(self.app)
            if not translator.load(f"{catalogue}_{code}", str(resources.translations())):
                raise RuntimeError(f"missing translation {catalogue}_{code}.qm")
            translators.append(translator)
        return translators
