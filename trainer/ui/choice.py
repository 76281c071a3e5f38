"""A big answer card that wraps long text, picked by click, tap, Space or Enter.

A card to pick one of shows a round mark, a card to tick among several a square box, so the
two kinds of question look different before anything is read. After Check a card shows one of
four states, each with its own symbol and words, never colour alone.
"""

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.colours import ACCENT, BAD, GOOD
from trainer.ui.style import FOCUS
from trainer.ui.widgets import label, set_role

ARROWS_BACK = (Qt.Key.Key_Up, Qt.Key.Key_Left)
ARROWS_ON = (Qt.Key.Key_Down, Qt.Key.Key_Right)


class Mark(Enum):
    """What the card's mark looks like: a round one (pick one) or a box (tick several)."""

    RADIO = "radio"
    BOX = "box"


class Verdict(Enum):
    """A card after Check."""

    CHOSEN_RIGHT = "right"
    CHOSEN_WRONG = "wrong"
    MISSED = "missed"
    """Right, but the learner did not choose it."""
    PLAIN = "plain"
    """Not chosen, and not right: nothing to see."""


class Indicator(QWidget):
    """The round mark or the box, filled when chosen; after Check, a tick or a cross in it."""

    SIZE = 32

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self.mark = mark
        self.checked = False
        self.verdict: Verdict | None = None
        self.setFixedSize(QSize(self.SIZE, self.SIZE))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = {
            Verdict.CHOSEN_RIGHT: GOOD,
            Verdict.CHOSEN_WRONG: BAD,
            Verdict.MISSED: GOOD,
        }.get(self.verdict or Verdict.PLAIN, ACCENT if self.checked else "#6b7585")
        filled = self.checked or self.verdict in (Verdict.CHOSEN_RIGHT, Verdict.CHOSEN_WRONG)
        pen = QPen(QColor(colour), 3)
        if self.verdict is Verdict.MISSED:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(colour) if filled else QColor("white"))
        outline = QRectF(2.5, 2.5, self.SIZE - 5, self.SIZE - 5)
        if self.mark is Mark.RADIO:
            painter.drawEllipse(outline)
        else:
            painter.drawRoundedRect(outline, 5, 5)
        self._draw_symbol(painter, filled, colour)

    def _draw_symbol(self, painter: QPainter, filled: bool, colour: str) -> None:
        ink = QColor("white") if filled else QColor(colour)
        painter.setPen(QPen(ink, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        s = self.SIZE
        path = QPainterPath()
        if self.verdict is Verdict.CHOSEN_WRONG:
            path.moveTo(s * 0.32, s * 0.32)
            path.lineTo(s * 0.68, s * 0.68)
            path.moveTo(s * 0.68, s * 0.32)
            path.lineTo(s * 0.32, s * 0.68)
        elif self.verdict is Verdict.MISSED:
            return  # left empty, as the learner left it: the dashed outline and the words say it
        elif self.verdict is Verdict.CHOSEN_RIGHT or (self.checked and self.mark is Mark.BOX):
            path.moveTo(s * 0.27, s * 0.52)
            path.lineTo(s * 0.44, s * 0.68)
            path.lineTo(s * 0.73, s * 0.33)
        elif self.checked:
            painter.setBrush(QColor("white"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.16, s * 0.16)
            return
        painter.drawPath(path)


class ChoiceCard(QFrame):
    clicked = Signal()
    step = Signal(int)
    """An arrow key: -1 to the card before, 1 to the card after."""

    def __init__(self, object_name: str, mark: Mark | None = None) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("role", "choice")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._checked = False
        self.keyboard_focus = False
        """The ring shows for focus that came by keyboard, not for a card focused by a tap."""
        self.indicator = Indicator(mark) if mark is not None else None
        self.mark = QLabel()
        self.mark.setFixedSize(QSize(32, 32))
        self.picture = QLabel()
        self.picture.setObjectName(f"{object_name}-picture")
        self.picture.hide()
        self.text = label()
        self.state = label()
        self.state.setObjectName(f"state-{object_name}")
        self.state.setProperty("role", "state")
        self.state.hide()
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.text)
        words.addWidget(self.state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)  # two lines of words in a card as tall as they need
        layout.setSpacing(14)
        if self.indicator is not None:
            layout.addWidget(self.indicator)
            self.mark.hide()
        else:
            layout.addWidget(self.mark)
        layout.addWidget(self.picture)
        layout.addLayout(words, 1)

    def isChecked(self) -> bool:  # noqa: N802 - named like Qt's buttons
        return self._checked

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - named like Qt's buttons
        self._checked = checked
        set_role(self, "checked", "true" if checked else None)
        if self.indicator is not None:
            self.indicator.checked = checked
            self.indicator.update()

    def setMark(self, icon: QIcon | None, size: int = 28) -> None:  # noqa: N802 - named like Qt's buttons
        if icon is None:
            self.mark.clear()
        else:
            self.mark.setFixedSize(QSize(size + 4, size + 4))
            self.mark.setPixmap(icon.pixmap(QSize(size, size)))

    def setPicture(self, icon: QIcon, size: int = 40) -> None:  # noqa: N802 - named like Qt's setters
        """A picture that says what the words say, before them, for those who read little."""
        self.picture.setFixedSize(QSize(size, size))
        self.picture.setPixmap(icon.pixmap(QSize(size, size)))
        self.picture.show()

    def show_verdict(self, verdict: Verdict, words: str) -> None:
        """The card after Check: its colour, border, symbol and the words that say which state."""
        set_role(self, "verdict", None if verdict is Verdict.PLAIN else verdict.value)
        set_role(self.state, "verdict", verdict.value)
        if self.indicator is not None:
            self.indicator.verdict = verdict
            self.indicator.update()
        self.state.setText(words)
        self.state.setVisible(bool(words))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        keyboard = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self.keyboard_focus = event.reason() in keyboard
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.keyboard_focus = True
        self.update()
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
        elif key in ARROWS_BACK or key in ARROWS_ON:
            self.step.emit(-1 if key in ARROWS_BACK else 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The style draws the card; keyboard focus adds a dark ring inside its border, a look
        that no chosen or checked card has."""
        super().paintEvent(event)
        if self.hasFocus() and self.keyboard_focus:
            draw_focus_ring(self)


def draw_focus_ring(widget: QWidget, inset: float = 5.5) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(FOCUS), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ring = QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset)
    painter.drawRoundedRect(ring, 7, 7)


def move_focus(cards: list[ChoiceCard], card: ChoiceCard, step: int) -> None:
    """Arrow keys move from card to card, stopping at the first and the last."""
    at = cards.index(card) + step
    if 0 <= at < len(cards):
        cards[at].setFocus(Qt.FocusReason.TabFocusReason)


def link_arrows(cards: list[ChoiceCard]) -> None:
    for card in cards:
        card.step.connect(lambda step, c=card: move_focus(cards, c, step))
