"""Marks a screen puts on its widgets for the layout check (trainer/ui/layout_check/), kept
apart from the check so that the app does not load the check to start."""

from PySide6.QtWidgets import QWidget

OVERLAY = "overlay"
"""A property for a widget laid over the screen on purpose, such as the quiz's picture shown
big on a veil (trainer/ui/picture_view.py): its overlaps are by design, and the colours of what
it covers are the veil's."""
IN_VIEW = "in_view"
"""A property for what a person must see without scrolling: on a quiz, every option and Check
before Check, and after it the line that says how they did, their own answer's explanation
and Next (trainer/ui/quiz.py sets it). Such a widget must show whole in the window, not
scrolled out nor below a scroll area's viewport."""


def must_show(root: QWidget, widgets: list[QWidget]) -> None:
    """Mark these widgets, and no others under `root`, as what a person must see without
    scrolling (IN_VIEW): a screen says so as it changes, and the check holds it to it."""
    for widget in root.findChildren(QWidget):
        if widget.property(IN_VIEW):
            widget.setProperty(IN_VIEW, False)
    for widget in widgets:
        widget.setProperty(IN_VIEW, True)
