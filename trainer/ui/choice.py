"""A big answer card that wraps long text, picked by click, tap, Space or Enter."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from trainer.ui.widgets import label, set_role


class ChoiceCard(QFrame):
    clicked = Signal()

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setProperty("role", "choice")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._checked = False
        self.mark = QLabel()
        self.mark.setFixedSize(QSize(32, 32))
        self.picture = QLabel()
        self.picture.setObjectName(f"{object_name}-picture")
        self.picture.hide()
        self.text = label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.mark)
        layout.addWidget(self.picture)
        layout.addWidget(self.text, 1)

    def isChecked(self) -> bool:  # noqa: N802 - named like Qt's buttons
        return self._checked

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - named like Qt's buttons
        self._checked = checked
        set_role(self, "checked", "true" if checked else None)

    def setMark(self, icon: QIcon | None, size: int = 28) -> None:  # noqa: N802 - named like Qt's buttons
        if icon is None:
            self.mark.clear()
        else:
            self.mark.setFixedSize(QSize(size + 4, size + 4))
            self.mark.setPixmap(icon.pixmap(QSize(size, size)))

    def setPicture(self, icon: QIcon, size: int = 40) -> None:  # noqa: N802 - named like Qt's setters
        """A picture that says what the words say, before them, for those who read little."""
        self.picture.setFixedSize(QSize(size, size))
        self.picture.setPixmap(icon.pixmap(QSize(size, size)))
        self.picture.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)
