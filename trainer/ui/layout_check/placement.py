"""Where widgets are: inside their parent and the window, over no other widget, no scroll bar
across, and what a person must see without scrolling in view."""

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QScrollArea,
    QTableView,
    QWidget,
)

from trainer.ui.layout_check.problem import LEAVES, Problem, box, name_of, problem_for, text_of
from trainer.ui.marks import IN_VIEW, OVERLAY


def covered(top: QWidget, shown: list[QWidget]) -> set[QWidget]:
    """The widgets an OVERLAY covers: their colours in the picture are the veil's, not theirs."""
    overlays = [widget for widget in shown if widget.property(OVERLAY)]
    covers = [seen_box(top, overlay) for overlay in overlays]
    return {
        widget
        for widget in shown
        if not any(overlay is widget or overlay.isAncestorOf(widget) for overlay in overlays)
        and any(seen_box(top, widget).intersects(cover) for cover in covers)
    }


def shown_widgets(top: QWidget, parent: QWidget, cells: dict[QWidget, QRect]) -> Iterator[QWidget]:
    """Every widget a person sees, parents before their children; a widget in a table's cell
    goes into `cells` with its cell."""
    for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow() or not child.isVisibleTo(top) or child.width() <= 0 or child.height() <= 0:
            continue
        yield child
        content = child.widget() if isinstance(child, QScrollArea) else None
        if content is not None:
            yield content
            yield from shown_widgets(top, content, cells)
        elif isinstance(child, QAbstractItemView):
            yield from _headers(top, child)
            for widget, cell in _cell_widgets(top, child):
                if cell is not None:
                    cells[widget] = cell
                yield widget
                if not isinstance(widget, (*LEAVES, QAbstractScrollArea)):
                    yield from shown_widgets(top, widget, cells)
        elif not isinstance(child, (*LEAVES, QAbstractScrollArea)):
            yield from shown_widgets(top, child, cells)


def _headers(top: QWidget, view: QAbstractItemView) -> Iterator[QWidget]:
    for header in view.findChildren(QHeaderView):
        if header.isVisibleTo(top):
            yield header


def _cell_widgets(top: QWidget, view: QAbstractItemView) -> Iterator[tuple[QWidget, QRect | None]]:
    """The widgets in the view's viewport that show there, each with its cell (in the
    viewport's coordinates) when it is one put in a cell (setCellWidget, setIndexWidget)."""
    viewport = view.viewport()
    for widget in viewport.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if widget.isWindow() or not widget.isVisibleTo(top) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if not widget.geometry().intersects(viewport.rect()):
            continue  # scrolled out of view
        index = view.indexAt(widget.geometry().topLeft())  # a cell widget grows from its cell's corner
        yield widget, view.visualRect(index) if view.indexWidget(index) is widget else None


def placement(top: QWidget, widget: QWidget, cell: QRect | None) -> list[Problem]:
    parent = widget.parentWidget()
    if parent is None or isinstance(widget, QHeaderView):
        return []
    if cell is not None:  # scrolled half out of its table's view, it shows the rest when scrolled
        if not cell.contains(widget.geometry()):
            return [problem_for(widget, f"is cut by its cell ({box(widget.geometry())} in {box(cell)})")]
        return []
    if isinstance(parent.parentWidget(), QScrollArea):  # a page in a scroll area may be taller
        if widget.width() > parent.width():
            return [problem_for(widget, f"wider ({widget.width()} px) than its scroll area")]
    elif not parent.rect().contains(widget.geometry()):
        where = "the window" if parent is top else f"its parent {name_of(parent)}"
        return [problem_for(widget, f"lies outside {where} ({box(widget.geometry())})")]
    return []


def overlaps(top: QWidget, shown: list[QWidget]) -> list[Problem]:
    """Widgets over each other: siblings, wherever their layouts (or none) put them; and,
    across parents, widgets neither of which holds the other, by what shows of each in the
    window. A widget is drawn clipped by its parents, so two widgets of different parents
    overlap only where siblings holding them do: only inside those is looked, which keeps the
    cost that of the siblings. What shows of a widget leaves out a scroll area's page beyond
    its viewport and a cell scrolled out of its table. An OVERLAY and what it holds float."""
    floating = [widget for widget in shown if widget.property(OVERLAY)]
    families: dict[QWidget, list[QWidget]] = {}
    for widget in shown:
        parent = widget.parentWidget()
        if parent is not None and not any(o is widget or o.isAncestorOf(widget) for o in floating):
            families.setdefault(parent, []).append(widget)
    found = []
    for parent, children in families.items():
        if isinstance(parent, (*LEAVES, QAbstractScrollArea)):
            continue  # Qt's own insides: a table's headers, a box's arrows
        for at, first in enumerate(children):
            for second in children[at + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(problem_for(first, f'overlaps {name_of(second)} "{text_of(second)}"'))
                    found += _overlaps_inside(top, shown, first, second)
    return found


def _overlaps_inside(top: QWidget, shown: list[QWidget], first: QWidget, second: QWidget) -> list[Problem]:
    """Which of what the two overlapping siblings hold show over each other."""
    found = []
    within = f"(in {name_of(first)} and {name_of(second)}, which overlap)"
    others = [(widget, seen_box(top, widget)) for widget in _ends(shown, second)]
    for widget in _ends(shown, first):
        seen = seen_box(top, widget)
        for other, other_seen in others:
            if (widget, other) != (first, second) and seen.intersects(other_seen):
                found.append(problem_for(widget, f'overlaps {name_of(other)} "{text_of(other)}" {within}'))
    return found


def _ends(shown: list[QWidget], holder: QWidget) -> list[QWidget]:
    """The shown widgets in `holder` (or itself) that hold none of the others: what is drawn."""
    inside = [widget for widget in shown if widget is holder or holder.isAncestorOf(widget)]
    holding = set()
    for widget in inside:
        parent = widget.parentWidget()
        while parent is not None and parent is not holder:
            holding.add(parent)
            parent = parent.parentWidget()
        if widget is not holder:
            holding.add(holder)
    return [widget for widget in inside if widget not in holding]


def seen_box(top: QWidget, widget: QWidget) -> QRect:
    """What shows of the widget, in the window's coordinates: each of its parents cuts it."""
    box = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        box = box.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return box.intersected(top.rect())


def not_in_view(top: QWidget, widget: QWidget) -> list[Problem]:
    if not widget.property(IN_VIEW):
        return []
    whole = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    seen = seen_box(top, widget)
    if seen != whole:
        shows = f"{box(seen)} of it shows" if not seen.isEmpty() else "none of it shows"
        return [problem_for(widget, f"must be in view before any scrolling, {box(whole)}: {shows}")]
    return []


def sideways(top: QWidget, widget: QWidget) -> list[Problem]:
    """A scroll bar across, or a table whose columns run past its side with the bar turned off."""
    if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisibleTo(top):
        return [problem_for(widget, "has a horizontal scroll bar")]
    if isinstance(widget, QTableView) and widget.horizontalHeader().isVisibleTo(top):
        columns, room = widget.horizontalHeader().length(), widget.viewport().width()
        if columns > room:
            return [problem_for(widget, f"its columns ({columns} px) run past its side ({room} px)")]
    return []
