"""Small building blocks shared by the screens."""

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableWidget, QWidget

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


class Screen(QWidget):
    """A screen whose texts follow the interface language as it changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text from the current catalogue; called at start and on a language change."""


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


def shown_as_written(text: str) -> str:
    """Text for a message box, shown exactly as written. A message box guesses whether its text
    is HTML, and HTML may make Qt fetch a picture from a network share: a key's, a pack's or a
    learner's name from a USB stick must never do that."""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p>{escaped}</p>"
