"""Layouts that reflow: cards in as many columns as fit, buttons side by side while they fit.
A page never grows wider than the window."""

from PySide6.QtCore import (
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QWidget,
)


class CardGrid(QWidget):
    """Cards in as many columns as the width holds (up to `most`), in rows that scroll up and
    down: never a card cut at the side, and no empty half of a wide screen."""

    SPACING = 16

    def __init__(self, most: int, centred: bool = False) -> None:
        super().__init__()
        self.most = most
        self.cards: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setSpacing(self.SPACING)
        across = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | across)
        self.columns = 0

    def add(self, card: QWidget) -> None:
        self.cards.append(card)
        self._place(self.columns or 1, force=True)

    def columns_for(self, width: int) -> int:
        card = max((card.sizeHint().width() for card in self.cards), default=1)
        margins = self.grid.contentsMargins()
        room = width - margins.left() - margins.right() + self.SPACING
        return max(1, min(self.most, room // (card + self.SPACING)))

    def _place(self, columns: int, force: bool = False) -> None:
        if columns == self.columns and not force:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)


class FlowRow(QLayout):
    """Buttons side by side while they fit, then on the next line: a row of long Khmer labels
    never makes the page wider than the window."""

    def __init__(self, spacing: int = 8) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(0, len(shown) - 1)
        return QSize(width, max((item.sizeHint().height() for item in shown), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """One under the other."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._shown():
            width = min(item.sizeHint().width(), rect.width())
            if x > rect.x() and x + width > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self.spacing(), 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            if move:
                item.setGeometry(QRect(x, y, width, height))
            x += width + self.spacing()
            line_height = max(line_height, height)
        return y + line_height - rect.y()


def flow_row(*widgets: QWidget) -> FlowRow:
    row = FlowRow()
    for widget in widgets:
        row.addWidget(widget)
    return row


def at_left(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at the left of their column. Not an alignment flag: with one, a
    wrapping button or label gets its one-line height."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch()
    return row
