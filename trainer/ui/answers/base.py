"""What every answer widget does: collect a response, then reveal why it is right or wrong."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from trainer.course.model import Question
from trainer.course.types.order import ShownOrder
from trainer.learning.shuffle import shown_order


class AnswerWidget(QWidget):
    shows_picture = False
    """True when the widget draws the question's picture itself (so the quiz screen does not)."""

    changed = Signal()
    """The learner changed their answer (or moved on in a story)."""

    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__()
        self.question = question
        self.order = order if order is not None else shown_order(question, "", "")
        """The learner's order (learning/shuffle.py); without one, the same shuffle for everyone."""
        self.answered = False

    def response(self) -> Any | None:
        """What the learner gave, or None while they have not answered yet."""
        raise NotImplementedError

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts on a new question."""
        return None

    def tab_chain(self) -> list[QWidget]:
        """What Tab visits, top to bottom (the quiz puts Check and Next after it)."""
        first = self.first_focus()
        return [first] if first is not None else []

    def seen_after_check(self) -> QWidget:
        """What the quiz scrolls into view after Check: the learner's own answer and why."""
        return self

    def reveal(self, lang: str) -> None:
        """Lock the answer and show the feedback."""
        self.answered = True
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Set every text in `lang`, with the feedback once answered."""
        raise NotImplementedError
