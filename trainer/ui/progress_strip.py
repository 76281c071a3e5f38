"""A learner's modules as one strip of squares in a dashboard row, so that 17 modules fit a
netbook's width: the colour and a mark say the status, an in-progress square fills from the
bottom with the share of answers right, and a click on a square opens that module."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from trainer.colours import STATUS_COLOURS
from trainer.learning.progress import Status
from trainer.ui.style import EDGE

Index = QModelIndex | QPersistentModelIndex
CELLS_ROLE = Qt.ItemDataRole.UserRole + 1
"""A strip cell's data: one (Status, share of answers right or None) per module, in order."""
SMALLEST, GAP, HEIGHT = 10, 2, 26
"""A square is at least 10 px wide; it grows to share the column's width."""
FILLED = (Status.MASTERED, Status.DONE)


class ProgressStrip(QStyledItemDelegate):
    """Paints CELLS_ROLE; `describe(number, status)` gives a square's tooltip."""

    module_clicked = Signal(int)
    """The number (0-based) of the module whose square was clicked."""

    def __init__(self, describe: Callable[[int, Status, float | None], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.describe = describe

    @staticmethod
    def squares(rect: QRect, count: int) -> list[QRect]:
        width = max(SMALLEST, (rect.width() - GAP * (count + 1)) // max(1, count))
        top = rect.top() + (rect.height() - HEIGHT) // 2
        return [QRect(rect.left() + GAP + i * (width + GAP), top, width, HEIGHT) for i in range(count)]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt's name
        count = len(index.data(CELLS_ROLE) or [])
        return QSize(GAP + count * (SMALLEST + GAP), HEIGHT + 2 * GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cells: list[tuple[Status, float | None]] = index.data(CELLS_ROLE) or []
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for square, (status, share) in zip(self.squares(option.rect, len(cells)), cells, strict=True):
            colour = QColor(STATUS_COLOURS[status.value])
            painter.setPen(QPen(QColor(EDGE) if status == Status.NOT_STARTED else colour, 1))
            painter.setBrush(colour if status in FILLED else QColor("white"))
            painter.drawRect(square.adjusted(0, 0, -1, -1))
            if status == Status.IN_PROGRESS:
                filled = max(2, round((square.height() - 2) * (share or 0)))
                painter.fillRect(square.adjusted(1, square.height() - 1 - filled, -1, -1), colour)
            if status in FILLED and square.width() >= 14:
                painter.setPen(QColor("white"))
                painter.drawText(square, Qt.AlignmentFlag.AlignCenter, "✓")
        painter.restore()

    def _square_at(self, option: QStyleOptionViewItem, index: Index, point: QPoint) -> int | None:
        count = len(index.data(CELLS_ROLE) or [])
        for number, square in enumerate(self.squares(option.rect, count)):
            if square.adjusted(-GAP, -GAP, GAP, GAP).contains(point):
                return number
        return None

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            number = self._square_at(option, index, event.position().toPoint())
            if number is not None:
                self.module_clicked.emit(number)
                return True
        return False

    def helpEvent(  # noqa: N802 - Qt's name
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        number = self._square_at(option, index, event.pos())
        if number is None:
            return False
        status, share = (index.data(CELLS_ROLE) or [])[number]
        QToolTip.showText(event.globalPos(), self.describe(number, status, share), view)
        return True
