"""Whether text, a control's edge, an indicator and a scroll bar's handle stand out enough
from what is next to them, measured in the window's picture (WCAG 2.2 AA)."""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from trainer.ui.layout_check.problem import (
    CONTROL_CONTRAST,
    EDGE_DEPTH,
    FIELDS,
    SCROLL_BAR_HANDLE,
    TEXT_CONTRAST,
    Problem,
    problem_for,
    text_of,
)


def _in_view(top: QWidget, widget: QWidget, picture: QImage) -> QRect:
    """Where the widget is in the window's picture; empty unless all of it is in view."""
    seen = widget.visibleRegion().boundingRect()  # a widget scrolled out of view is not seen
    box = QRect(widget.mapTo(top, seen.topLeft()), seen.size()).intersected(picture.rect())
    return QRect() if seen.size() != widget.size() else box


def text_contrast(top: QWidget, widget: QWidget, picture: QImage) -> list[Problem]:
    if isinstance(widget, QLineEdit):
        return _placeholder_contrast(top, widget, picture)
    if isinstance(widget, QHeaderView):
        return _header_contrast(top, widget, picture)
    readable = widget.isEnabled() or isinstance(widget, QPushButton)
    if not readable or not text_of(widget) or isinstance(widget, QComboBox):
        return []
    box = _in_view(top, widget, picture)
    if box.isEmpty():
        return []
    found = []
    background, ink = _colours(picture, box)
    if (ratio := contrast(background, ink)) < TEXT_CONTRAST:
        found.append(
            problem_for(widget, f"text contrast {ratio:.1f}:1 ({ink.name()} on {background.name()})")
        )
    if not widget.isEnabled():
        return found
    if isinstance(widget, QPushButton) and not widget.isFlat() and widget.property("role") != "quiet":
        outside = _outside(top, widget, picture)
        if outside is not None:
            edge = picture.pixelColor(box.left() + 1, box.center().y())
            if max(contrast(outside, edge), contrast(outside, background)) < CONTROL_CONTRAST:
                found.append(
                    problem_for(
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
        return [problem_for(field, what, field.placeholderText())]
    return []


def _header_contrast(top: QWidget, header: QHeaderView, picture: QImage) -> list[Problem]:
    box = _in_view(top, header, picture)
    if box.isEmpty() or header.model() is None:
        return []
    background, ink = _colours(picture, box)
    if (ratio := contrast(background, ink)) < TEXT_CONTRAST:
        text = str(header.model().headerData(0, header.orientation()) or "")
        return [
            problem_for(header, f"heading contrast {ratio:.1f}:1 ({ink.name()} on {background.name()})", text)
        ]
    return []


def edge_contrast(top: QWidget, widget: QWidget, picture: QImage) -> list[Problem]:
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
        return [problem_for(widget, f"edge contrast {ratio:.1f}:1 ({edge.name()} against {outside.name()})")]
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
        return [problem_for(button, what)]
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
        return [problem_for(area, what, "")]
    return []


def _grid_edge(table: QTableView) -> list[Problem]:
    """A table's grid is drawn in the style sheet's gridline-color on the table's white."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    grid = QColor(table.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, table) & 0xFFFFFF)
    cells = table.viewport().palette().color(QPalette.ColorRole.Base)
    if (ratio := contrast(grid, cells)) < CONTROL_CONTRAST:
        return [problem_for(table, f"grid contrast {ratio:.1f}:1 ({grid.name()} on {cells.name()})")]
    return []


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
