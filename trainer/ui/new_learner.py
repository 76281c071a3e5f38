"""Adding yourself: your name, your picture, and a picture code picked twice."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trainer.store.learners import add_learner
from trainer.ui.code_pad import PictureCodePad
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.widgets import Screen, avatar_icon, avatars, button, icon, label

NAME_LIMIT = 40


class NewLearnerScreen(Screen):
    created = Signal(object)
    cancelled = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._code = ""
        self.steps = QStackedWidget()
        self.steps.addWidget(self._about_you())
        self.steps.addWidget(self._code_step(first=True))
        self.steps.addWidget(self._code_step(first=False))
        self.message = message_label()
        self.back_button = button(icon_=icon("ui", "back"))
        self.back_button.clicked.connect(self._back)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def _about_you(self) -> QWidget:
        self.name_prompt = label(role="heading")
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.name.textChanged.connect(self._recheck)
        self.avatar_prompt = label(role="heading")
        self.avatar_group = QButtonGroup(self)
        grid = QGridLayout()
        for index, avatar in enumerate(avatars()):
            choice = QToolButton()
            choice.setObjectName(f"avatar-{avatar}")
            choice.setCheckable(True)
            choice.setIcon(avatar_icon(avatar))
            choice.setIconSize(QSize(72, 72))
            choice.setFixedSize(100, 100)
            choice.setProperty("avatar", avatar)
            self.avatar_group.addButton(choice)
            choice.clicked.connect(self._recheck)
            grid.addWidget(choice, index // 6, index % 6)
        self.next_button = button(icon_=icon("ui", "next-light"), primary=True)
        self.next_button.clicked.connect(self._to_code)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.name_prompt)
        layout.addWidget(self.name)
        layout.addWidget(self.avatar_prompt)
        layout.addLayout(grid)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        return page

    def _code_step(self, first: bool) -> QWidget:
        prompt = label(role="heading")
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pad = PictureCodePad()
        if first:
            self.code_prompt, self.code_pad = prompt, pad
            pad.entered.connect(self._code_picked)
        else:
            self.confirm_prompt, self.confirm_pad = prompt, pad
            pad.entered.connect(self._code_confirmed)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(prompt)
        layout.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        return page

    def chosen_avatar(self) -> str | None:
        checked = self.avatar_group.checkedButton()
        return str(checked.property("avatar")) if checked else None

    def _problem(self) -> str:
        """What is still missing before the code: the name, then the picture."""
        if not self.name.text().strip():
            return self.tr("Please write your name.")
        if self.chosen_avatar() is None:
            return self.tr("Please pick your picture.")
        return ""

    def _to_code(self) -> None:
        self.message.setText(self._problem())
        if not self._problem():
            self.steps.setCurrentIndex(1)

    def _recheck(self) -> None:
        """Once a problem shown is fixed, its message goes (or says what is still missing)."""
        if self.message.kind() == "error" and self.steps.currentIndex() == 0:
            self.message.setText(self._problem())

    def _code_picked(self, code: str) -> None:
        self._code = code
        self.message.clear()
        self.confirm_pad.reset()
        self.steps.setCurrentIndex(2)

    def _code_confirmed(self, code: str) -> None:
        if code != self._code:
            self.message.setText(self.tr("The pictures were not the same. Choose your 3 pictures again."))
            self.code_pad.reset()
            self.steps.setCurrentIndex(1)
            return
        learner = add_learner(self.context.database, self.name.text(), self.chosen_avatar() or "", code)
        self.created.emit(learner)

    def _back(self) -> None:
        self.message.clear()
        if self.steps.currentIndex() == 0:
            self.cancelled.emit()
        else:
            self.code_pad.reset()
            self.steps.setCurrentIndex(self.steps.currentIndex() - 1)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.name_prompt.setText(self.tr("What is your name?"))
        self.avatar_prompt.setText(self.tr("Pick your picture"))
        self.next_button.setText(self.tr("Next"))
        self.code_prompt.setText(self.tr("Choose 3 secret pictures, in order. Remember them!"))
        self.confirm_prompt.setText(self.tr("Tap the same 3 pictures again"))
