"""Tables a person can read at any width: cells wrap (Khmer too) instead of being elided, and
columns fit the table."""

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
)


def read_only_table(columns: int, name: str) -> QTableWidget:
    """A table to read, not to edit or select in, with no row numbers."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    return table


class WrappingCells(QStyledItemDelegate):
    """Cell text wrapped at spaces and, inside a phrase too wide for the column, between
    letters. Khmer is written without spaces between words and Qt finds no word ends in it,
    so a long Khmer phrase would otherwise be elided."""

    MARGIN = 4

    @staticmethod
    def lines(text: str, font: QFont, width: int) -> QSizeF:
        layout = QTextLayout(text.replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height, widest = 0.0, 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, height))
            height += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return QSizeF(widest, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        held = self._held(option, index)
        if held is not None:
            return held
        text = str(index.data() or "")
        natural = QFontMetrics(option.font).horizontalAdvance(text) + 2 * self.MARGIN
        width = min(natural, option.rect.width()) if option.rect.width() > 0 else natural
        size = self.lines(text, option.font, width - 2 * self.MARGIN)
        return QSize(int(size.width()) + 2 * self.MARGIN + 1, int(size.height()) + 2 * self.MARGIN + 1)

    def _held(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize | None:
        """A widget put in the cell (a date to finish by) needs its own size hint and the room the
        style leaves around a cell's contents: the view places it inside that room."""
        view = option.widget
        widget = view.indexWidget(index) if isinstance(view, QAbstractItemView) else None
        if view is None or widget is None:
            return None
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.showDecorationSelected = True  # as the view has it when it places the widget
        cell.rect = QRect(0, 0, 1000, 1000)
        inside = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, view)
        return widget.sizeHint().expandedTo(widget.minimumSize()) + cell.rect.size() - inside.size()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        room = QRectF(item.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN))
        wrap = QTextOption(item.displayAlignment)
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(QPalette.ColorRole.Text))
        painter.drawText(room, text.replace("\n", "\u2028"), wrap)
        painter.restore()


def fit_columns(table: QTableView, stretch: tuple[int, ...]) -> None:
    """Columns as wide as their heading and cells need, the `stretch` ones sharing what is
    left with their text wrapped, and rows as tall as their cells: nothing elided, nothing
    beyond the right edge."""
    table.setWordWrap(True)
    table.setItemDelegate(WrappingCells(table))
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        mode = (
            QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)

    def fit_rows(*_: object) -> None:  # once the cells are filled and the columns laid out
        QTimer.singleShot(0, table, table.resizeRowsToContents)

    header.sectionResized.connect(fit_rows)
    table.model().rowsInserted.connect(fit_rows)
    table.model().dataChanged.connect(fit_rows)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
