"""A picture code: three pictures tapped in order from a grid of nine. No typing needed."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.ui.widgets import button, icon

PICTURES = ("sun", "moon", "star", "heart", "leaf", "drop", "flower", "fish", "house")
CODE_LENGTH = 3


class PictureCodePad(QWidget):
    entered = Signal(str)
    """The code, as picture names joined by dashes, once all three pictures are tapped."""
    started = Signal()
    """The first picture of a new try is tapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picked: list[str] = []
        self.slots = [QLabel() for _ in range(CODE_LENGTH)]
        slot_row = QHBoxLayout()
        slot_row.addStretch()
        for slot in self.slots:
            slot.setFixedSize(64, 64)
            slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            slot.setStyleSheet("border: 3px dashed #9aa3b2; border-radius: 12px; background: white;")
            slot_row.addWidget(slot)
        self.clear_button = button(icon_=icon("ui", "back"))
        self.clear_button.clicked.connect(self.undo)
        slot_row.addWidget(self.clear_button)
        slot_row.addStretch()

        grid = QGridLayout()
        grid.setSpacing(12)
        self.picture_buttons: dict[str, QPushButton] = {}
        for index, name in enumerate(PICTURES):
            picture = QPushButton()
            picture.setObjectName(f"code-{name}")
            picture.setIcon(icon("code", name))
            picture.setIconSize(QSize(64, 64))
            picture.setFixedSize(96, 96)
            picture.setCursor(Qt.CursorShape.PointingHandCursor)
            picture.clicked.connect(lambda _=False, n=name: self.tap(n))
            self.picture_buttons[name] = picture
            grid.addWidget(picture, index // 3, index % 3)

        layout = QVBoxLayout(self)
        layout.addLayout(slot_row)
        layout.addLayout(grid)
        layout.setAlignment(grid, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def tap(self, name: str) -> None:
        if len(self._picked) >= CODE_LENGTH:
            return
        self._picked.append(name)
        self._show_slots()
        if len(self._picked) == 1:
            self.started.emit()
        if len(self._picked) == CODE_LENGTH:
            code = "-".join(self._picked)
            self.entered.emit(code)

    def undo(self) -> None:
        self._picked = self._picked[:-1]
        self._show_slots()

    def reset(self) -> None:
        self._picked = []
        self._show_slots()

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt's name
        super().setEnabled(enabled)
        if not enabled:
            self.reset()

    def _show_slots(self) -> None:
        for index, slot in enumerate(self.slots):
            if index < len(self._picked):
                slot.setPixmap(icon("code", self._picked[index]).pixmap(48, 48))
            else:
                slot.clear()

    def retranslate(self) -> None:
        self.clear_button.setToolTip(self.tr("Take back the last picture"))
        for name, picture in self.picture_buttons.items():
            picture.setAccessibleName(name)
