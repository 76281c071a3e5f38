"""Questions read from another quiz format (Moodle GIFT, Aiken), in the one language they were written in.

gift.py and aiken.py read files into these; imports.py writes them into a module's quiz.yaml.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    text: str
    right: bool
    feedback: str = ""


@dataclass(frozen=True)
class Draft:
    line: int
    """Where the question starts in the file it came from."""
    type: str
    """single, multiple, truefalse or matching."""
    prompt: str
    title: str = ""
    answers: tuple[Answer, ...] = ()
    """The options; for truefalse, the options 'true' and 'false' (in that order)."""
    pairs: tuple[tuple[str, str], ...] = ()
    """For matching: each left item with its right partner."""
    explanation: str = ""
    """Feedback for the whole question, whatever the answer."""
    category: str = ""


@dataclass(frozen=True)
class Note:
    """Something in the file that could not be converted, or was changed on the way."""

    line: int
    message: str


@dataclass(frozen=True)
class Read:
    questions: tuple[Draft, ...]
    notes: tuple[Note, ...]
