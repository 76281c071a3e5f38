"""Whether each text fits its widget (labels, buttons, lists, tables, tabs, headers), wrapped
lines unclipped, and whether each control is big enough to tap."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
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
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from trainer.ui.layout_check.problem import LINE_EDIT_MARGIN, TOOL_BUTTON_MARGIN, Problem, problem_for
from trainer.ui.style import TARGET


def text_fit(widget: QWidget) -> list[Problem]:
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
                problem_for(
                    label, f"wrapped lines need {needed} px high, the box is {label.height()}: clipped"
                )
            ]
        return []
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        hint = label.sizeHint()
        if hint.width() > label.width() or hint.height() > label.height():
            return [
                problem_for(
                    label, f"needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
                )
            ]
        return []
    metrics = QFontMetrics(label.font())
    bounds = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), int(Qt.AlignmentFlag.AlignLeft), text)
    if bounds.width() > area.width() or bounds.height() > area.height():
        return [
            problem_for(
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
            problem_for(button, f"needs {need_w}x{need_h}, has {button.width()}x{button.height()}: text cut")
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
        return [problem_for(combo, f"text needs {needed} px, the field is {field.width()}: cut")]
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
        return [problem_for(spin, f"text needs {needed} px, the field has {room}: cut")]
    return []


def _tabs_fit(tabs: QTabBar) -> list[Problem]:
    found = []
    metrics = QFontMetrics(tabs.font())
    space = tabs.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, tabs)
    for index in range(tabs.count()):
        needed = metrics.horizontalAdvance(tabs.tabText(index)) + space
        if needed > tabs.tabRect(index).width():
            found.append(problem_for(tabs, "tab text elided", tabs.tabText(index)))
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
            found.append(problem_for(header, f"column heading needs {needed}x{tall}: elided", text))
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
                found.append(problem_for(table, f"cell {row + 1},{column + 1} is elided", item.text()))
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
            found.append(problem_for(listing, f"item {row + 1} is elided", item.text()))
    return found


def targets(widget: QWidget) -> list[Problem]:
    """Every control at least TARGET px each way: a button, a card, a field, a check box with its
    words, a tab, anything with the pointing hand (the hotspot picture); and each row a person
    ticks in a list or a table."""
    if isinstance(widget, QTabBar):
        return [
            problem_for(
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
        return [problem_for(widget, what)]
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
        problem_for(view, f"a row to tick is {rect.height()} px high, under {TARGET} px", text)
        for text, rect in rows
        if rect.height() < TARGET
    ]


def _ticked(item: QListWidgetItem | QTableWidgetItem) -> bool:
    """Whether the item shows a box to tick (Qt lets every item be ticked, but few show one)."""
    return item.data(Qt.ItemDataRole.CheckStateRole) is not None
