"""What a person would see wrong on a screen at one window size: text that does not fit its
widget, wrapped lines clipped by their box, widgets over each other or outside the window, a
sideways scroll bar, text or a control's edge too faint against what is next to it, and a target
too small to tap (WCAG 2.2 AA: 4.5:1 for text, 3:1 for a control's edge or indicator, and here
44x44 px for every control, as the issue asks for people who read little and tap).

A disabled button's text is held to 4.5:1 too, though WCAG exempts inactive controls: a learner
reads a greyed Next as the step that comes, so it must read. A disabled button's edge is exempt.

Used by tests/test_layout.py on every screen of the screenshots catalogue, at every size.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from trainer.ui.style import TARGET

TEXT_CONTRAST = 4.5
CONTROL_CONTRAST = 3.0
OVERLAY = "overlay"
"""A property for a widget laid over the screen on purpose, such as the quiz's picture shown
big on a veil (trainer/ui/picture_view.py): its overlaps are by design, and the colours of what
it covers are the veil's."""
SCROLL_BAR_HANDLE = "scroll bar handle contrast"
"""How a scroll bar's faint handle is reported (its look is the style's, trainer/ui/style.py)."""
IN_VIEW = "in_view"
"""A property for what a person must see without scrolling: on a quiz, every option and Check
before Check, and after it the line that says how they did, their own answer's explanation
and Next (trainer/ui/quiz.py sets it). Such a widget must show whole in the window, not
scrolled out nor below a scroll area's viewport."""
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


def problems(top: QWidget) -> list[Problem]:
    """Everything wrong on `top` (a window or a dialog) as it is laid out now."""
    found: list[Problem] = []
    picture = top.grab().toImage()
    cells: dict[QWidget, QRect] = {}
    shown = list(_shown(top, top, cells))
    veiled = _veiled(top, shown)
    for widget in shown:
        found += _placement(top, widget, cells.get(widget))
        found += _text_fit(widget)
        found += _sideways(top, widget)
        if widget not in veiled:
            found += _contrast(top, widget, picture)
            found += _edge_contrast(top, widget, picture)
        found += _targets(widget)
        found += _out_of_view(top, widget)
    found += _overlaps(top, shown)
    return found


def _veiled(top: QWidget, shown: list[QWidget]) -> set[QWidget]:
    """The widgets an OVERLAY covers: their colours in the picture are the veil's, not theirs."""
    overlays = [widget for widget in shown if widget.property(OVERLAY)]
    covers = [_seen_box(top, overlay) for overlay in overlays]
    return {
        widget
        for widget in shown
        if not any(overlay is widget or overlay.isAncestorOf(widget) for overlay in overlays)
        and any(_seen_box(top, widget).intersects(cover) for cover in covers)
    }


def out_of_view(top: QWidget) -> list[Problem]:
    """Only what must be seen without scrolling (IN_VIEW) and is not: quick, for many screens."""
    return [problem for widget in _shown(top, top, {}) for problem in _out_of_view(top, widget)]


def _shown(top: QWidget, parent: QWidget, cells: dict[QWidget, QRect]) -> Iterator[QWidget]:
    """Every widget a person sees, parents before their children; a widget in a table's cell
    goes into `cells` with its cell."""
    for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow() or not child.isVisibleTo(top) or child.width() <= 0 or child.height() <= 0:
            continue
        yield child
        content = child.widget() if isinstance(child, QScrollArea) else None
        if content is not None:
            yield content
            yield from _shown(top, content, cells)
        elif isinstance(child, QAbstractItemView):
            yield from _headers(top, child)
            for widget, cell in _cell_widgets(top, child):
                if cell is not None:
                    cells[widget] = cell
                yield widget
                if not isinstance(widget, (*LEAVES, QAbstractScrollArea)):
                    yield from _shown(top, widget, cells)
        elif not isinstance(child, (*LEAVES, QAbstractScrollArea)):
            yield from _shown(top, child, cells)


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


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def _problem(widget: QWidget, what: str, text: str | None = None) -> Problem:
    return Problem(_name(widget), _text(widget) if text is None else text, what)


def _placement(top: QWidget, widget: QWidget, cell: QRect | None) -> list[Problem]:
    parent = widget.parentWidget()
    if parent is None or isinstance(widget, QHeaderView):
        return []
    if cell is not None:  # scrolled half out of its table's view, it shows the rest when scrolled
        if not cell.contains(widget.geometry()):
            return [_problem(widget, f"is cut by its cell ({_box(widget.geometry())} in {_box(cell)})")]
        return []
    if isinstance(parent.parentWidget(), QScrollArea):  # a page in a scroll area may be taller
        if widget.width() > parent.width():
            return [_problem(widget, f"wider ({widget.width()} px) than its scroll area")]
    elif not parent.rect().contains(widget.geometry()):
        where = "the window" if parent is top else f"its parent {_name(parent)}"
        return [_problem(widget, f"lies outside {where} ({_box(widget.geometry())})")]
    return []


def _overlaps(top: QWidget, shown: list[QWidget]) -> list[Problem]:
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
                    found.append(_problem(first, f'overlaps {_name(second)} "{_text(second)}"'))
                    found += _overlaps_inside(top, shown, first, second)
    return found


def _overlaps_inside(top: QWidget, shown: list[QWidget], first: QWidget, second: QWidget) -> list[Problem]:
    """Which of what the two overlapping siblings hold show over each other."""
    found = []
    within = f"(in {_name(first)} and {_name(second)}, which overlap)"
    others = [(widget, _seen_box(top, widget)) for widget in _ends(shown, second)]
    for widget in _ends(shown, first):
        seen = _seen_box(top, widget)
        for other, other_seen in others:
            if (widget, other) != (first, second) and seen.intersects(other_seen):
                found.append(_problem(widget, f'overlaps {_name(other)} "{_text(other)}" {within}'))
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


def _seen_box(top: QWidget, widget: QWidget) -> QRect:
    """What shows of the widget, in the window's coordinates: each of its parents cuts it."""
    box = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        box = box.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return box.intersected(top.rect())


def _out_of_view(top: QWidget, widget: QWidget) -> list[Problem]:
    if not widget.property(IN_VIEW):
        return []
    whole = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    seen = _seen_box(top, widget)
    if seen != whole:
        shows = f"{_box(seen)} of it shows" if not seen.isEmpty() else "none of it shows"
        return [_problem(widget, f"must be in view before any scrolling, {_box(whole)}: {shows}")]
    return []


def _box(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()} at {rect.x()},{rect.y()}"


def _text_fit(widget: QWidget) -> list[Problem]:
    if isinstance(widget, QLabel):
        return _label_fit(widget)
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) or (
        isinstance(widget, QAbstractButton) and widget.text()
    ):
        return _button_fit(widget)
    if isinstance(widget, QComboBox):
        return _combo_fit(widget)
    if isinstance(widget, QAbstractSpinBox):
        return _spin_fit(widget)
    if isinstance(widget, QTabBar):
        return _tabs_fit(widget)
    if isinstance(widget, QHeaderView):
        return _header_fit(widget)
    if isinstance(widget, QTableWidget):
        return _cells_fit(widget)
    if isinstance(widget, QListWidget):
        return _items_fit(widget)
    return []


def _label_fit(label: QLabel) -> list[Problem]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    area = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return [
                _problem(label, f"wrapped lines need {needed} px high, the box is {label.height()}: clipped")
            ]
        return []
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        hint = label.sizeHint()
        if hint.width() > label.width() or hint.height() > label.height():
            return [
                _problem(label, f"needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}")
            ]
        return []
    metrics = QFontMetrics(label.font())
    bounds = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), int(Qt.AlignmentFlag.AlignLeft), text)
    if bounds.width() > area.width() or bounds.height() > area.height():
        return [
            _problem(
                label,
                f"text needs {bounds.width()}x{bounds.height()}, has {area.width()}x{area.height()}: cut",
            )
        ]
    return []


def _button_fit(button: QAbstractButton) -> list[Problem]:
    if not button.text():
        return []  # a picture alone: its size is the screen's choice
    if button.hasHeightForWidth():
        need_w, need_h = button.minimumSizeHint().width(), button.heightForWidth(button.width())
    else:
        hint = button.sizeHint()
        need_w, need_h = hint.width(), hint.height()
        if isinstance(button, QToolButton):  # its hint adds a margin its text does not use
            need_w, need_h = need_w - TOOL_BUTTON_MARGIN, need_h - TOOL_BUTTON_MARGIN
    if need_w > button.width() or need_h > button.height():
        return [
            _problem(button, f"needs {need_w}x{need_h}, has {button.width()}x{button.height()}: text cut")
        ]
    return []


def _combo_fit(combo: QComboBox) -> list[Problem]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    if needed > field.width():
        return [_problem(combo, f"text needs {needed} px, the field is {field.width()}: cut")]
    return []


def _spin_fit(spin: QAbstractSpinBox) -> list[Problem]:
    """A number's or a date's field scrolls its text sideways when too narrow: the start or the
    end is cut."""
    field = spin.findChild(QLineEdit)
    if field is None:
        return []
    margins = field.textMargins()
    room = field.contentsRect().width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    needed = field.fontMetrics().horizontalAdvance(spin.text())
    if needed > room:
        return [_problem(spin, f"text needs {needed} px, the field has {room}: cut")]
    return []


def _tabs_fit(tabs: QTabBar) -> list[Problem]:
    found = []
    metrics = QFontMetrics(tabs.font())
    space = tabs.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, tabs)
    for index in range(tabs.count()):
        needed = metrics.horizontalAdvance(tabs.tabText(index)) + space
        if needed > tabs.tabRect(index).width():
            found.append(_problem(tabs, "tab text elided", tabs.tabText(index)))
    return found


def _header_fit(header: QHeaderView) -> list[Problem]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    found = []
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")
        lines = text.split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines) + margin
        tall = len(lines) * metrics.height()
        if needed > header.sectionSize(section) or tall > header.height():
            found.append(_problem(header, f"column heading needs {needed}x{tall}: elided", text))
    return found


def _cells_fit(table: QTableWidget) -> list[Problem]:
    """A cell's text is elided when its delegate (which draws it) needs more room than the cell."""
    found = []
    viewport = table.viewport().rect()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.isColumnHidden(column):
                continue
            cell = table.visualItemRect(item)
            if not cell.intersects(viewport):
                continue
            option = QStyleOptionViewItem()
            option.initFrom(table.viewport())
            option.font, option.rect = item.font(), cell
            if table.wordWrap():
                option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            index = table.indexFromItem(item)
            needed = table.itemDelegateForIndex(index).sizeHint(option, index)
            if needed.width() > cell.width() or needed.height() > cell.height():
                found.append(_problem(table, f"cell {row + 1},{column + 1} is elided", item.text()))
    return found


def _items_fit(listing: QListWidget) -> list[Problem]:
    """A list elides an item's text when the list is too narrow (unless it wraps it)."""
    found = []
    viewport = listing.viewport().rect()
    for row in range(listing.count()):
        item = listing.item(row)
        space = listing.visualItemRect(item)
        if not item.text() or not space.intersects(viewport):
            continue
        metrics = QFontMetrics(item.font())
        room = space.adjusted(4, 0, -4, 0)
        if listing.wordWrap():
            needed = metrics.boundingRect(
                QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            fits = needed.height() <= space.height() and needed.width() <= room.width()
        else:
            fits = (
                metrics.horizontalAdvance(item.text()) <= room.width() and metrics.height() <= space.height()
            )
        if not fits:
            found.append(_problem(listing, f"item {row + 1} is elided", item.text()))
    return found


def _sideways(top: QWidget, widget: QWidget) -> list[Problem]:
    """A scroll bar across, or a table whose columns run past its side with the bar turned off."""
    if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisibleTo(top):
        return [_problem(widget, "has a horizontal scroll bar")]
    if isinstance(widget, QTableView) and widget.horizontalHeader().isVisibleTo(top):
        columns, room = widget.horizontalHeader().length(), widget.viewport().width()
        if columns > room:
            return [_problem(widget, f"its columns ({columns} px) run past its side ({room} px)")]
    return []


def _in_view(top: QWidget, widget: QWidget, picture: QImage) -> QRect:
    """Where the widget is in the window's picture; empty unless all of it is in view."""
    seen = widget.visibleRegion().boundingRect()  # a widget scrolled out of view is not seen
    box = QRect(widget.mapTo(top, seen.topLeft()), seen.size()).intersected(picture.rect())
    return QRect() if seen.size() != widget.size() else box


def _contrast(top: QWidget, widget: QWidget, picture: QImage) -> list[Problem]:
    if isinstance(widget, QLineEdit):
        return _placeholder_contrast(top, widget, picture)
    if isinstance(widget, QHeaderView):
        return _header_contrast(top, widget, picture)
    readable = widget.isEnabled() or isinstance(widget, QPushButton)
    if not readable or not _text(widget) or isinstance(widget, QComboBox):
        return []
    box = _in_view(top, widget, picture)
    if box.isEmpty():
        return []
    found = []
    background, ink = _colours(picture, box)
    if (ratio := contrast(background, ink)) < TEXT_CONTRAST:
        found.append(_problem(widget, f"text contrast {ratio:.1f}:1 ({ink.name()} on {background.name()})"))
    if not widget.isEnabled():
        return found
    if isinstance(widget, QPushButton) and not widget.isFlat() and widget.property("role") != "quiet":
        outside = _outside(top, widget, picture)
        if outside is not None:
            edge = picture.pixelColor(box.left() + 1, box.center().y())
            if max(contrast(outside, edge), contrast(outside, background)) < CONTROL_CONTRAST:
                found.append(
                    _problem(
                        widget, f"control contrast {contrast(outside, edge):.1f}:1 against {outside.name()}"
                    )
                )
    return found


def _placeholder_contrast(top: QWidget, field: QLineEdit, picture: QImage) -> list[Problem]:
    if field.text() or not field.placeholderText():
        return []
    box = _in_view(top, field, picture)
    if box.isEmpty():
        return []
    inside = box.adjusted(EDGE_DEPTH + 2, EDGE_DEPTH + 2, -EDGE_DEPTH - 2, -EDGE_DEPTH - 2)
    background, ink = _colours(picture, inside)
    if (ratio := contrast(background, ink)) < TEXT_CONTRAST:
        what = f"placeholder contrast {ratio:.1f}:1 ({ink.name()} on {background.name()})"
        return [_problem(field, what, field.placeholderText())]
    return []


def _header_contrast(top: QWidget, header: QHeaderView, picture: QImage) -> list[Problem]:
    box = _in_view(top, header, picture)
    if box.isEmpty() or header.model() is None:
        return []
    background, ink = _colours(picture, box)
    if (ratio := contrast(background, ink)) < TEXT_CONTRAST:
        text = str(header.model().headerData(0, header.orientation()) or "")
        return [
            _problem(header, f"heading contrast {ratio:.1f}:1 ({ink.name()} on {background.name()})", text)
        ]
    return []


def _edge_contrast(top: QWidget, widget: QWidget, picture: QImage) -> list[Problem]:
    """A field's or a choice card's edge, a check box's indicator, a table's grid and a scroll
    bar's handle, at 3:1."""
    if not widget.isEnabled():
        return []
    found = []
    if isinstance(widget, FIELDS) or widget.property("role") == "choice":
        found += _field_edge(top, widget, picture)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        found += _indicator_edge(top, widget, picture)
    if isinstance(widget, QTableView) and widget.showGrid():
        found += _grid_edge(widget)
    if isinstance(widget, QAbstractScrollArea):
        found += _handle_contrast(top, widget, picture)
    return found


def _field_edge(top: QWidget, widget: QWidget, picture: QImage) -> list[Problem]:
    box = _in_view(top, widget, picture)
    outside = _outside(top, widget, picture)
    if box.isEmpty() or outside is None:
        return []
    middle = range(box.top() + box.height() // 3, box.bottom() - box.height() // 3)  # a dashed edge has gaps
    edge = max(
        (picture.pixelColor(box.left() + depth, y) for depth in range(EDGE_DEPTH) for y in middle),
        key=lambda colour: contrast(outside, colour),
    )
    if (ratio := contrast(outside, edge)) < CONTROL_CONTRAST:
        return [_problem(widget, f"edge contrast {ratio:.1f}:1 ({edge.name()} against {outside.name()})")]
    return []


def _indicator_edge(top: QWidget, button: QCheckBox | QRadioButton, picture: QImage) -> list[Problem]:
    box = _in_view(top, button, picture)
    if box.isEmpty():
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    mark = button.style().subElementRect(element, option, button).translated(box.topLeft())
    background, _ = _colours(picture, box)
    mark = mark.intersected(box)
    across = (picture.pixelColor(x, mark.center().y()) for x in range(mark.left(), mark.right() + 1))
    edge = max(across, key=lambda colour: contrast(background, colour), default=background)
    if (ratio := contrast(background, edge)) < CONTROL_CONTRAST:
        what = f"box or circle contrast {ratio:.1f}:1 ({edge.name()} against {background.name()})"
        return [_problem(button, what)]
    return []


def _handle_contrast(top: QWidget, area: QAbstractScrollArea, picture: QImage) -> list[Problem]:
    """A scroll bar's handle shows that there is more and where the page is: its fill, or its
    edge at both ends, where it meets the groove, at 3:1 against the groove."""
    bar = area.verticalScrollBar()
    box = _in_view(top, bar, picture) if bar.isVisibleTo(top) else QRect()
    if box.isEmpty():
        return []
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle, groove = (
        bar.style()
        .subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, part, bar)
        .translated(box.topLeft())
        .intersected(box)
        for part in (QStyle.SubControl.SC_ScrollBarSlider, QStyle.SubControl.SC_ScrollBarGroove)
    )
    above = QRect(groove.left(), groove.top(), groove.width(), handle.top() - groove.top())
    below = QRect(groove.left(), handle.bottom() + 1, groove.width(), groove.bottom() - handle.bottom())
    free = max(above, below, key=lambda part: part.height())
    if min(handle.width(), handle.height()) <= 2 * EDGE_DEPTH or free.height() < EDGE_DEPTH:
        return []  # the handle fills the groove: nothing to tell apart
    around, _ = _colours(picture, free)
    fill, _ = _colours(picture, handle.adjusted(EDGE_DEPTH, EDGE_DEPTH, -EDGE_DEPTH, -EDGE_DEPTH))
    x = handle.center().x()
    ends = [
        max((picture.pixelColor(x, y) for y in rows), key=lambda colour: contrast(around, colour))
        for rows in (
            range(handle.top(), handle.top() + EDGE_DEPTH),
            range(handle.bottom() - EDGE_DEPTH + 1, handle.bottom() + 1),
        )
    ]
    faintest_end = min(ends, key=lambda colour: contrast(around, colour))
    seen = max((fill, faintest_end), key=lambda colour: contrast(around, colour))
    if (ratio := contrast(around, seen)) < CONTROL_CONTRAST:
        what = f"{SCROLL_BAR_HANDLE} {ratio:.1f}:1 ({seen.name()} on a groove of {around.name()})"
        return [_problem(area, what, "")]
    return []


def _grid_edge(table: QTableView) -> list[Problem]:
    """A table's grid is drawn in the style sheet's gridline-color on the table's white."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    grid = QColor(table.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, table) & 0xFFFFFF)
    cells = table.viewport().palette().color(QPalette.ColorRole.Base)
    if (ratio := contrast(grid, cells)) < CONTROL_CONTRAST:
        return [_problem(table, f"grid contrast {ratio:.1f}:1 ({grid.name()} on {cells.name()})")]
    return []


def _targets(widget: QWidget) -> list[Problem]:
    """Every control at least TARGET px each way: a button, a card, a field, a check box with its
    words, a tab, anything with the pointing hand (the hotspot picture); and each row a person
    ticks in a list or a table."""
    if isinstance(widget, QTabBar):
        return [
            _problem(
                widget,
                f"tab is {rect.width()}x{rect.height()}, under {TARGET}x{TARGET} px",
                widget.tabText(i),
            )
            for i in range(widget.count())
            if (rect := widget.tabRect(i)).width() < TARGET or rect.height() < TARGET
        ]
    if isinstance(widget, QListWidget | QTableWidget):
        return _ticked_rows(widget)
    tapped = isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit))
    pointed = widget.testAttribute(Qt.WidgetAttribute.WA_SetCursor) and (
        widget.cursor().shape() == Qt.CursorShape.PointingHandCursor  # a card or a picture to tap
    )
    if not tapped and not pointed and widget.property("role") != "choice":
        return []
    if widget.width() < TARGET or widget.height() < TARGET:
        what = f"touch target {widget.width()}x{widget.height()}, under {TARGET}x{TARGET} px"
        return [_problem(widget, what)]
    return []


def _ticked_rows(view: QListWidget | QTableWidget) -> list[Problem]:
    rows: list[tuple[str, QRect]] = []
    if isinstance(view, QListWidget):
        listed = (view.item(row) for row in range(view.count()))
        rows = [(item.text(), view.visualItemRect(item)) for item in listed if _ticked(item)]
    else:
        cells = (
            view.item(row, column) for row in range(view.rowCount()) for column in range(view.columnCount())
        )
        rows = [
            (cell.text(), view.visualItemRect(cell)) for cell in cells if cell is not None and _ticked(cell)
        ]
    return [
        _problem(view, f"a row to tick is {rect.height()} px high, under {TARGET} px", text)
        for text, rect in rows
        if rect.height() < TARGET
    ]


def _ticked(item: QListWidgetItem | QTableWidgetItem) -> bool:
    """Whether the item shows a box to tick (Qt lets every item be ticked, but few show one)."""
    return item.data(Qt.ItemDataRole.CheckStateRole) is not None


def _colours(picture: QImage, box: QRect) -> tuple[QColor, QColor]:
    """The most common colour in the box (the background) and the one that stands out most."""
    counts: dict[int, int] = {}
    step = max(1, min(box.width(), box.height()) // 40)
    for y in range(box.top(), box.bottom() + 1, step):
        for x in range(box.left(), box.right() + 1, 1 if step == 1 else 2):
            rgb = picture.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor(max(counts, key=lambda rgb: counts[rgb]))
    ink = max((QColor(rgb) for rgb in counts), key=lambda colour: contrast(background, colour))
    return background, ink


def _outside(top: QWidget, widget: QWidget, picture: QImage) -> QColor | None:
    origin = widget.mapTo(top, QPoint(0, 0))
    x, y = origin.x() - 2, origin.y() + widget.height() // 2
    return picture.pixelColor(x, y) if picture.rect().contains(x, y) else None


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())
