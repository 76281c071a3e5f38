"""The words, numbers, dates and fonts of a printed page or a chart, in a language chosen for it.

A facilitator may print a Khmer report from an English interface, so this loads its own
catalogue rather than using the app's installed one. Khmer numbers and dates use Khmer digits.
"""

import datetime

from PySide6.QtCore import QDate, QLocale, QTranslator
from PySide6.QtGui import QFont

from trainer import resources
from trainer.course.model import local_digits

__all__ = ["FAMILIES", "LOCALES", "Wording", "local_digits"]

FAMILIES = {"km": ["Noto Sans Khmer", "Noto Sans"], "en": ["Noto Sans", "Noto Sans Khmer"]}
"""The bundled fonts, the language's own script first, so that names in either script show."""

LOCALES = {
    "km": QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Wording:
    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = LOCALES[language]
        self._translator = QTranslator()
        if language != "en" and not self._translator.load(
            f"trainer_{language}", str(resources.translations())
        ):
            raise RuntimeError(f"missing translation trainer_{language}.qm")

    def translate(self, context: str, text: str) -> str:
        return self._translator.translate(context, text) or text

    def digits(self, text: str) -> str:
        return local_digits(text, self.language)

    def number(self, value: float, decimals: int = 0) -> str:
        return self.digits(f"{value:.{decimals}f}")

    def date(self, day: datetime.date) -> str:
        """Day, month name and year: "5 October 2026", or in Khmer "៥ តុលា ២០២៦"."""
        return self.digits(self.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy"))

    def short_date(self, day: datetime.date) -> str:
        return self.digits(self.locale.toString(QDate(day.year, day.month, day.day), "d MMM"))

    def font(self, point_size: float, bold: bool = False) -> QFont:
        """The bundled fonts, Khmer first for Khmer, so names in either script show."""
        font = QFont()
        font.setFamilies(FAMILIES[self.language])
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return font
