"""A refusal from the domain in the interface language: its English template translated under
its kind's name (the context lupdate gave it), counts in the reader's digits."""

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.messages import RefusedError
from trainer.reports.wording import local_digits


def refusal_text(error: RefusedError[Any], language: str) -> str:
    """What the facilitator reads; paths, table names and codes stay as written."""
    reason = error.reason
    template = QCoreApplication.translate(type(reason).__name__, reason.template)
    fields = {name: _shown(value, language) for name, value in error.fields.items()}
    return template.format(**fields)


def _shown(value: object, language: str) -> object:
    return local_digits(value, language) if isinstance(value, int) and not isinstance(value, bool) else value
