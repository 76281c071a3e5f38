"""What a person would see wrong on a screen at one window size: text that does not fit its
widget, wrapped lines clipped by their box, widgets over each other or outside the window, a
sideways scroll bar, text or a control's edge too faint against what is next to it, and a target
too small to tap (WCAG 2.2 AA: 4.5:1 for text, 3:1 for a control's edge or indicator, and here
44x44 px for every control, as the issue asks for people who read little and tap).

A disabled button's text is held to 4.5:1 too, though WCAG exempts inactive controls: a learner
reads a greyed Next as the step that comes, so it must read. A disabled button's edge is exempt.

Used by tests/test_layout.py on every screen of the screenshots catalogue, at every size.
"""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from trainer.ui.layout_check.contrast import contrast, edge_contrast, text_contrast
from trainer.ui.layout_check.fit import targets, text_fit
from trainer.ui.layout_check.placement import (
    covered,
    not_in_view,
    overlaps,
    placement,
    shown_widgets,
    sideways,
)
from trainer.ui.layout_check.problem import SCROLL_BAR_HANDLE, Problem
from trainer.ui.marks import IN_VIEW, OVERLAY

__all__ = [
    "IN_VIEW",
    "OVERLAY",
    "SCROLL_BAR_HANDLE",
    "Problem",
    "contrast",
    "must_show",
    "out_of_view",
    "problems",
]


def problems(top: QWidget) -> list[Problem]:
    """Everything wrong on `top` (a window or a dialog) as it is laid out now."""
    found: list[Problem] = []
    picture = top.grab().toImage()
    cells: dict[QWidget, QRect] = {}
    shown = list(shown_widgets(top, top, cells))
    veiled = covered(top, shown)
    for widget in shown:
        found += placement(top, widget, cells.get(widget))
        found += text_fit(widget)
        found += sideways(top, widget)
        if widget not in veiled:
            found += text_contrast(top, widget, picture)
            found += edge_contrast(top, widget, picture)
        found += targets(widget)
        found += not_in_view(top, widget)
    found += overlaps(top, shown)
    return found


def out_of_view(top: QWidget) -> list[Problem]:
    """Only what must be seen without scrolling (IN_VIEW) and is not: quick, for many screens."""
    return [problem for widget in shown_widgets(top, top, {}) for problem in not_in_view(top, widget)]
