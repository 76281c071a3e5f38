"""The door to the facilitator area: create the account on first use, then its password.

Learners never get past it: the password is checked against a slow salted hash, and after
idle the facilitator must type it again.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout

from trainer.store.facilitators import add_facilitator, check_password, has_facilitator
from trainer.ui.context import AppContext
from trainer.ui.widgets import Screen, button, icon, label, message_label


class FacilitatorGate(Screen):
    opened = Signal(object)
    """The Facilitator who typed their password (or just created the account)."""
    back = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.first_time = not has_facilitator(context.database)
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
        self.name_label, self.password_label, self.again_label = label(), label(), label()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        if self.first_time:
            form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        if self.first_time:
            form.addRow(self.again_label, self.again)
        self.open_button = button(icon_=icon("ui", "next"), primary=True)
        self.open_button.setObjectName("open-facilitator")
        self.open_button.clicked.connect(self._open)
        self.password.returnPressed.connect(self._open)
        self.again.returnPressed.connect(self._open)
        self.message = message_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addLayout(form)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.message)
        holder = Screen()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.retranslate()

    def _open(self) -> None:
        if not self.first_time:
            facilitator = check_password(self.context.database, self.password.text())
            self.password.clear()
            if facilitator is None:
                self.message.setText(self.tr("That password is not right."))
                return
            self.opened.emit(facilitator)
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
