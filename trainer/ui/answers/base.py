"""What every answer widget does: collect a response, then reveal why it is right or wrong."""

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trainer.course.model import Question
from trainer.course.types.order import ShownOrder
from trainer.learning.shuffle import shown_order

NARROWEST_COLUMN = 320
"""Options go in two columns only where each column has at least this much room."""


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

    def options(self) -> list[QWidget]:
        """What the learner chooses among: before Check, each shows whole without scrolling."""
        raise NotImplementedError

    def seen_after_check(self) -> list[QWidget]:
        """What shows whole after Check, top to bottom, without the learner scrolling (the quiz
        scrolls it into view): the line that says how they did and why their own answer is
        right or not."""
        return [self]

    def fit(self, room: QSize) -> None:
        """Lay the answer out for `room`, the part of the page in view below the question, before
        Check; after it, the answer stays where the learner gave it."""

    def reveal(self, lang: str) -> None:
        """Lock the answer and show the feedback."""
        self.answered = True
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Set every text in `lang`, with the feedback once answered."""
        raise NotImplementedError


class OptionColumns(QHBoxLayout):
    """Options one under the other or, where that would not show them all without scrolling,
    in two columns: down the first, then down the second, the order Tab and the arrows keep."""

    def __init__(self, owner: AnswerWidget) -> None:
        super().__init__()
        self.owner = owner
        self.across = 1
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(12)
        self.first, self.second = QVBoxLayout(), QVBoxLayout()
        for column in (self.first, self.second):
            column.setSpacing(4)  # each option has its own edge
            column.addStretch()  # the shorter column keeps its options at the top
            self.addLayout(column, 1)

    def place(self, options: list[QWidget], columns: int | None = None) -> None:
        """Put the options in order, in `columns` (by default as many as now)."""
        self.across = columns or self.across
        for option in options:  # removed, not taken: Qt then forgets the sizes it kept for them
            self.first.removeWidget(option)
            self.second.removeWidget(option)
        down_first = -(-len(options) // self.across)
        for at, option in enumerate(options):
            column = self.first if at < down_first else self.second
            column.insertWidget(column.count() - 1, option)
        self.setStretch(1, 1 if self.across > 1 else 0)
        self.invalidate()  # the sizes kept for the answer's height at a width are out of date
        if (whole := self.owner.layout()) is not None:
            whole.invalidate()

    def fit(self, options: list[QWidget], room: QSize) -> None:
        """Two columns if one column makes the answer taller than `room`, and two fit its width
        and make it shorter."""
        self.place(options, 1)
        tall = _height(self.owner, room.width())
        if room.width() < 2 * NARROWEST_COLUMN or tall <= room.height():
            return
        self.place(options, 2)
        wide = self.owner.minimumSizeHint().width()
        if wide > room.width() or _height(self.owner, room.width()) >= tall:
            self.place(options, 1)


def _height(widget: QWidget, width: int) -> int:
    return widget.heightForWidth(width) if widget.hasHeightForWidth() else widget.sizeHint().height()
