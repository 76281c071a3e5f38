"""Signing in: tap your three pictures. Wrong codes get a kind word, then a growing wait.

A learner a facilitator added (or whose code was reset) chooses their pictures here, twice."""

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from trainer.reports.wording import local_digits
from trainer.store.learners import Learner, Outcome, has_code, seconds_to_wait, set_code, sign_in
from trainer.ui.code_pad import PictureCodePad
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.widgets import Screen, avatar_icon, button, icon, label


class SignInScreen(Screen):
    signed_in = Signal(object)
    back = Signal()

    def __init__(self, context: AppContext, learner: Learner) -> None:
        super().__init__()
        self.context, self.learner = context, learner
        self._wait_left = 0
        self._choosing = not has_code(context.database, learner.id)
        self._first_choice = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        picture = QLabel()
        picture.setPixmap(avatar_icon(learner.avatar).pixmap(QSize(112, 112)))
        name = label(learner.name, role="title")
        self.back_button = button(icon_=icon("ui", "back"))
        self.back_button.clicked.connect(self.back)
        who = QHBoxLayout()  # Back beside the name, not above it: the pad fits a 600-px screen
        who.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        who.addStretch()
        who.addWidget(picture)
        who.addWidget(name, 10)
        who.addStretch()
        self.instruction = label(role="heading")
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PictureCodePad()
        self.pad.entered.connect(self._try)
        self.message = message_label()
        self.pad.started.connect(self.message.clear_error)  # a new try: the wrong-code message goes

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(who)
        layout.addWidget(self.instruction)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate()
        if wait := seconds_to_wait(context.database, learner.id):
            self._wait(wait)

    def _try(self, code: str) -> None:
        if self._choosing:
            self._choose(code)
            return
        result = sign_in(self.context.database, self.learner.id, code)
        if result.outcome is Outcome.SIGNED_IN:
            self.signed_in.emit(self.learner)
            return
        self.pad.reset()
        if result.outcome is Outcome.WRONG_CODE:
            self.message.setText(self.tr("That is not your code. Look at your pictures and try again."))
        else:
            self._wait(result.wait_seconds)

    def _choose(self, code: str) -> None:
        """The first tap chooses the pictures, the second confirms them."""
        self.pad.reset()
        if not self._first_choice:
            self._first_choice = code
            self.retranslate()
        elif code != self._first_choice:
            self._first_choice = ""
            self.retranslate()
            self.message.setText(self.tr("The pictures were not the same. Choose your 3 pictures again."))
        else:
            set_code(self.context.database, self.learner.id, code)
            self.signed_in.emit(self.learner)

    def _wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.pad.setEnabled(False)
        self._show_wait()
        self._countdown.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.pad.setEnabled(True)
            self.message.setText(self.tr("You can try again now."), "success")
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        self.message.setText(
            self.tr("Too many wrong tries. Please wait {} seconds, or ask your facilitator.").format(
                local_digits(self._wait_left, self.context.lang)
            )
        )

    def retranslate(self) -> None:
        if not self._choosing:
            self.instruction.setText(self.tr("Tap your 3 pictures in order"))
        elif self._first_choice:
            self.instruction.setText(self.tr("Tap the same 3 pictures again"))
        else:
            self.instruction.setText(self.tr("Choose 3 secret pictures, in order. Remember them!"))
        self.back_button.setText(self.tr("Back"))
        self.message.clear()
