"""The door to the facilitator area: create the account on first use, then its password.

Learners never get past it: the password is checked against a slow salted hash, wrong
passwords close it for a growing wait, and after idle the facilitator must type it again.
Nothing typed stays in its fields once it is left.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from trainer.reports.wording import local_digits
from trainer.store.facilitators import add_facilitator, has_facilitator, open_gate, seconds_to_wait
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.widgets import Screen, WrapButton, button, fields, icon, label


class FacilitatorGate(Screen):
    opened = Signal(object)
    """The Facilitator who typed their password (or just created the account)."""
    back = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.first_time = not has_facilitator(context.database)
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.back_button = button(icon_=icon("ui", "back"))
        self.back_button.clicked.connect(self.back)
        self.title = label(role="title")
        self.explanation = label()
        self.name = QLineEdit()
        self.name.setObjectName("facilitator-name")
        self.password = QLineEdit()
        self.password.setObjectName("facilitator-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("facilitator-password-again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.name, self.password, self.again):
            field.textEdited.connect(self._edited)
        self.name_label, self.password_label, self.again_label = label(), label(), label()
        rows = [(self.password_label, self.password)]
        if self.first_time:
            rows = [(self.name_label, self.name), *rows, (self.again_label, self.again)]
        form = fields(*rows)
        self.open_button = WrapButton(icon_=icon("ui", "next-light"), primary=True)
        self.open_button.setObjectName("open-facilitator")
        self.open_button.clicked.connect(self._open)
        self.password.returnPressed.connect(self._open)
        self.again.returnPressed.connect(self._open)
        self.message = message_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addLayout(form)
        opening = QHBoxLayout()
        opening.addStretch()
        opening.addWidget(self.open_button)
        column.addLayout(opening)
        column.addWidget(self.message)
        holder = Screen()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        centred = QHBoxLayout()  # not an alignment: with one, a wrapped message gets too little height
        centred.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)  # beside, for a 600-px screen
        centred.addStretch()
        centred.addWidget(holder, 1)
        centred.addStretch()
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(centred)
        page_layout.addStretch()
        scroll = QScrollArea()  # the form to create the account is taller than a netbook's screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _open(self) -> None:
        if not self.first_time:
            if not self.password.text():
                self.message.setText(self.tr("Type the facilitator password."))
                return
            opening = open_gate(self.context.database, self.password.text())
            self.password.clear()
            if opening.facilitator is not None:
                self.opened.emit(opening.facilitator)
            elif opening.wait_seconds:
                self._wait(opening.wait_seconds)
            else:
                self.message.setText(self.tr("That password is not right."))
            return
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            return
        try:
            facilitator = add_facilitator(self.context.database, self.name.text(), self.password.text())
        except ValueError:
            self.message.setText(self.tr("Type your name, and a password of at least 6 characters."))
            return
        self.opened.emit(facilitator)

    def _edited(self) -> None:
        """Typing again answers the message about what was typed; a wait's message stays."""
        if not self._countdown.isActive():
            self.message.clear_error()

    def _wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.open_button.setEnabled(False)
        self.password.setEnabled(False)
        self._show_wait()
        self._countdown.start()

    def _tick(self) -> None:
        """Count down from the stored wait, which a password reset at the PC also ends."""
        self._wait_left = seconds_to_wait(self.context.database)
        if self._wait_left > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self.open_button.setEnabled(True)
        self.password.setEnabled(True)
        self.message.setText(self.tr("You can try again now."), "success")

    def _show_wait(self) -> None:
        """How long, in seconds, minutes or hours as fits, counted down each second."""
        seconds = self._wait_left
        if seconds == 1:
            text, count = self.tr("Too many wrong passwords. Wait {} second, then try again."), 1
        elif seconds < 120:
            text, count = self.tr("Too many wrong passwords. Wait {} seconds, then try again."), seconds
        elif seconds < 2 * 3600:
            text, count = (
                self.tr("Too many wrong passwords. Wait {} minutes, then try again."),
                -(-seconds // 60),
            )
        else:
            text, count = (
                self.tr("Too many wrong passwords. Wait {} hours, then try again."),
                -(-seconds // 3600),
            )
        self.message.setText(text.format(local_digits(count, self.context.lang)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.first_time:
            return
        if wait := seconds_to_wait(self.context.database):
            self._wait(wait)
        elif not self.open_button.isEnabled():  # the wait ended while the window was hidden
            self._tick()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Leaving the gate (back, idle sign-out, the window hidden) forgets what was typed."""
        for field in (self.password, self.again):
            field.clear()
        self._countdown.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        if self.first_time:
            self.title.setText(self.tr("Create the facilitator account"))
            self.explanation.setText(
                self.tr(
                    "Only facilitators may see learners' results and change classes and settings. "
                    "Choose a password that learners do not know."
                )
            )
            self.name_label.setText(self.tr("Your name"))
            self.again_label.setText(self.tr("The same password again"))
        else:
            self.title.setText(self.tr("Facilitators only"))
            self.explanation.setText(self.tr("Type the facilitator password."))
        self.password_label.setText(self.tr("Password"))
        self.open_button.setText(self.tr("Open"))
        if self._countdown.isActive():
            self._show_wait()
