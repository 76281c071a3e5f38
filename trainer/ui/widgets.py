"""Small building blocks shared by the screens."""

import html

from PySide6.QtCore import (
    QEvent,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFontMetrics,
    QIcon,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
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


def shown_as_written(text: str) -> str:
    """Text for a message box, shown exactly as written. A message box guesses whether its text
    is HTML, and HTML may make Qt fetch a picture from a network share: a key's, a pack's or a
    learner's name from a USB stick must never do that."""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p>{escaped}</p>"
