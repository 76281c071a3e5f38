"""What the layout check reports, how it names a widget, and the properties and thresholds it
holds screens to."""

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

TEXT_CONTRAST = 4.5
CONTROL_CONTRAST = 3.0
SCROLL_BAR_HANDLE = "scroll bar handle contrast"
"""How a scroll bar's faint handle is reported (its look is the style's, trainer/ui/style.py)."""
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
"""Controls whose edge is all that shows where they are: it must keep 3:1 against the page."""
EDGE_DEPTH = 4
"""How far into a control its edge is looked for: the widest border is 3 px, a focus ring 4."""
TOOL_BUTTON_MARGIN = 4
LINE_EDIT_MARGIN = 2
"""The room a line edit leaves each side of its text, inside its contents (Qt's own)."""
LEAVES = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QScrollBar, QAbstractButton, QLabel)
"""Widgets checked as one piece: their insides are Qt's own."""


@dataclass(frozen=True)
class Problem:
    widget: str
    text: str
    what: str

    def __str__(self) -> str:
        return f'{self.widget} "{self.text}": {self.what}'


def name_of(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def problem_for(widget: QWidget, what: str, text: str | None = None) -> Problem:
    return Problem(name_of(widget), text_of(widget) if text is None else text, what)


def box(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()} at {rect.x()},{rect.y()}"
