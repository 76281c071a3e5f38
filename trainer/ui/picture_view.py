"""A question's picture, fitted beside the options; a tap shows it as big as the screen allows."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from trainer.ui.marks import OVERLAY
from trainer.ui.pictures import picture_pixmap
from trainer.ui.style import TARGET
from trainer.ui.widgets import button, icon


class QuestionPicture(QToolButton):
    """The picture as a button: fitted into the room it is given, and a tap enlarges it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("question-picture")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.path: Path | None = None
        self._box = QSize()
        self._pixmap = QPixmap()
        self.hide()  # until a question brings its picture: an empty button is no target

    def pixmap(self) -> QPixmap:
        """The picture as drawn on the button now."""
        return self._pixmap

    def show_picture(self, path: Path | None) -> None:
        self.path = path
        self._box = QSize()
        self.setVisible(path is not None)

    def fit(self, box: QSize) -> None:
        """Draw the picture as big as fits in `box` (redrawn only when the room changes)."""
        if self.path is None or box == self._box:
            return
        self._box = box
        pixmap = self._pixmap = picture_pixmap(self.path, box)
        self.setIcon(QIcon(pixmap))
        self.setIconSize(pixmap.size())
        self.setFixedSize((pixmap.size() + QSize(16, 16)).expandedTo(QSize(TARGET, TARGET)))


class PictureOverlay(QWidget):
    """The picture over the whole screen on a dark veil; a tap, Esc, Space or Enter closes it.
    It covers the quiz on purpose: the layout check lets it (OVERLAY)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("picture-overlay")
        self.setProperty(OVERLAY, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button: QPushButton = button(icon_=icon("ui", "cross-light"), primary=True)
        self.close_button.setObjectName("picture-close")
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self.close_picture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hide()
        self._opener: QWidget | None = None
        parent.installEventFilter(self)

    def open_picture(self, path: Path, opener: QWidget, close_text: str) -> None:
        self._opener = opener
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        room = self.size() - QSize(24, 16 + 8 + self.close_button.sizeHint().height())
        self.picture.setPixmap(picture_pixmap(path, room))
        self.close_button.setText(close_text)
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_picture(self) -> None:
        self.hide()
        if self._opener is not None:
            self._opener.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab stays on Close while the picture is open, never behind the veil."""
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.close_picture()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close_picture()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        QPainter(self).fillRect(self.rect(), QColor(20, 28, 44, 235))
