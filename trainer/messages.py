"""Refusals as values: why something was refused is an enum member with one English template,
and the error that says so carries that member and the fields its template names.

The command line and the log print the English (`str()` of the error); the interface translates
the template at display time (trainer/ui/refusals.py). Templates are marked with
`QT_TRANSLATE_NOOP(context, text)`, which Qt's lupdate finds in Python source by its name, so the
domain's words go into the `.ts` catalogue without the domain importing Qt. The context is the
enum's class name: a test checks each template is in the catalogue under it.
"""

from enum import StrEnum
from string import Formatter
from typing import Generic, Self, TypeVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation under `context`; returns it unchanged."""
    return text


class Refusal(StrEnum):
    """A kind of refusal: each member is `NAME = "value", QT_TRANSLATE_NOOP("Kind", "template")`,
    with the class's own name as the context, and the template naming its fields: "{count}"."""

    template: str
    """The English words, for a facilitator; the fields in braces are filled from the error."""

    def __new__(cls, value: str, template: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.template = template
        return member

    @property
    def fields(self) -> set[str]:
        """The names of the fields the template needs."""
        return {name for _, name, _, _ in Formatter().parse(self.template) if name}


R = TypeVar("R", bound=Refusal)


class RefusedError(Exception, Generic[R]):
    """Something the trainer refused to do: the reason, the fields its template names (a count,
    a path), and optionally what exactly was found (for the person who made the file), which is
    in English and shown as written. `str()` is the English text."""

    def __init__(self, reason: R, detail: str = "", **fields: object) -> None:
        self.reason, self.detail, self.fields = reason, detail, fields
        english = reason.template.format(**fields)
        super().__init__(f"{english} Details: {detail}" if detail else english)
