"""Small building blocks shared by the screens."""

import html

from PySide6.QtCore import (
    QEvent,
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
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from trainer import resources


def set_role(widget: QWidget, name: str, value: str | None) -> None:
    """Set a style property (see style.py) and re-apply the style sheet."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def icon(*parts: str) -> QIcon:
    """An icon from assets/icons, e.g. icon("ui", "next")."""
    return QIcon(str(resources.assets().joinpath("icons", *parts[:-1], f"{parts[-1]}.svg")))


def avatar_icon(avatar: str) -> QIcon:
    """A learner's picture; one no longer offered (assets/avatars/retired) still shows."""
    folder = resources.assets() / "avatars"
    found = folder / f"{avatar}.svg"
    return QIcon(str(found if found.is_file() else folder / "retired" / f"{avatar}.svg"))


def avatars() -> list[str]:
    """The pictures a learner may choose: none of them is a picture of the code pad, so that a
    learner's picture, shown on their card, never gives away one of their secret pictures."""
    return sorted(path.stem for path in (resources.assets() / "avatars").glob("*.svg"))


def button(text: str = "", icon_: QIcon | None = None, primary: bool = False, size: int = 32) -> QPushButton:
    widget = QPushButton(text)
    if icon_ is not None:
        widget.setIcon(icon_)
        widget.setIconSize(QSize(size, size))
    if primary:
        widget.setProperty("role", "primary")
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


class WrapButton(QPushButton):
    """A button whose long text goes onto more lines when the row is narrow, instead of making
    the page wider than the window (Khmer labels are often twice as wide as English ones)."""

    WIDEST_LINE = 300
    """A line of its text is at most this wide (px) when it has room to choose."""
    GAP = 8

    def __init__(self, text: str = "", icon_: QIcon | None = None, primary: bool = False) -> None:
        super().__init__(text)
        if icon_ is not None:
            self.setIcon(icon_)
            self.setIconSize(QSize(32, 32))
        if primary:
            self.setProperty("role", "primary")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _icon_width(self) -> int:
        return self.iconSize().width() + self.GAP if not self.icon().isNull() else 0

    def _box(self, text_size: QSize) -> QSize:
        """The button's size around a block of text of that size (padding, border, icon)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        inside = QSize(
            text_size.width() + self._icon_width(), max(text_size.height(), self.iconSize().height())
        )
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, inside, self)

    def _chrome(self) -> int:
        return self._box(QSize(0, 0)).width()

    def _text_block(self, width: int) -> QRect:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(self.font()).boundingRect(QRect(0, 0, max(1, width), 100_000), flags, self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        one_line = QFontMetrics(self.font()).horizontalAdvance(self.text())
        width = min(one_line, self.WIDEST_LINE)
        return self._box(self._text_block(width).size())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        words = self.text().split() or [""]
        widest = max(QFontMetrics(self.font()).horizontalAdvance(word) for word in words)
        return self._box(self._text_block(widest).size())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        room = width - self._chrome()
        return self._box(self._text_block(room).size()).height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text, option.icon = "", QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        inside = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        block = self._text_block(inside.width() - self._icon_width())
        left = inside.x() + (inside.width() - block.width() - self._icon_width()) // 2
        if not self.icon().isNull():
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            top = inside.y() + (inside.height() - self.iconSize().height()) // 2
            self.icon().paint(painter, QRect(left, top, *self.iconSize().toTuple()), mode=mode)
            left += self._icon_width()
        text_box = QRect(left, inside.y(), block.width(), inside.height())
        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(option.palette.color(group, QPalette.ColorRole.ButtonText))
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.text())


class Screen(QWidget):
    """A screen whose texts follow the interface language as it changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text from the current catalogue; called at start and on a language change."""


def fields(*rows: tuple[QLabel, QWidget]) -> QVBoxLayout:
    """Each field under its label, the label as wide as the column. (A QFormLayout gives a
    wrapped label its preferred width and one line's height: its second line is cut.)"""
    layout = QVBoxLayout()
    layout.setSpacing(4)
    for text, field in rows:
        text.setBuddy(field)
        layout.addWidget(text)
        layout.addWidget(field)
        layout.addSpacing(12)
    return layout


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


def fit_to_window(dialog: QWidget, width: int, height: int) -> None:
    """Open a dialog at its preferred size, but never larger than the window it belongs to
    (or, alone, the screen's free area)."""
    parent = dialog.parentWidget()
    room = parent.window().size() if parent is not None else dialog.screen().availableGeometry().size()
    dialog.resize(min(width, room.width()), min(height, room.height()))


def forward_button(object_name: str) -> QPushButton:
    """The big primary button that moves on, with its arrow after the text."""
    widget = button(icon_=icon("ui", "next-light"), primary=True)
    widget.setObjectName(object_name)
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return widget


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


def shown_as_written(text: str) -> str:
    """Text for a message box, shown exactly as written. A message box guesses whether its text
    is HTML, and HTML may make Qt fetch a picture from a network share: a key's, a pack's or a
    learner's name from a USB stick must never do that."""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p>{escaped}</p>"
