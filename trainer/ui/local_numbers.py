"""Fields for a date or a number that show Khmer digits in Khmer and read either kind when typed.

Qt's Khmer locale writes Latin digits, so these write the text themselves."""

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QSpinBox

from trainer.reports.wording import local_digits

LATIN_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")


def latin_digits(text: str) -> str:
    return text.translate(LATIN_DIGITS)


class LocalDateEdit(QDateEdit):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def textFromDateTime(self, moment: QDateTime) -> str:  # noqa: N802 - Qt's name
        return local_digits(super().textFromDateTime(moment), self.language)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        return super().dateTimeFromText(latin_digits(text))

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        return _validated(super().validate(latin_digits(text), position), text, self.language)


class LocalSpinBox(QSpinBox):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return local_digits(super().textFromValue(value), self.language)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        return super().valueFromText(latin_digits(text))

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        return _validated(super().validate(latin_digits(text), position), text, self.language)


def _validated(result: object, typed: str, language: str) -> tuple[QValidator.State, str, int]:
    """Qt's answer on the typed text read with Latin digits, given back in the person's digits."""
    if isinstance(result, tuple):
        state, text, position = result
        return state, local_digits(text, language), position
    assert isinstance(result, QValidator.State)
    return result, typed, len(typed)
