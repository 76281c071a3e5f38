"""The centre key on the "Move progress between PCs" page: make it on the first PC, read it
out, and type it on each other PC (trainer/store/centre_key.py)."""

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QMessageBox, QVBoxLayout

from trainer.store.centre_key import (
    CodeError,
    centre_key,
    new_code,
    parse_code,
    set_centre_key,
    shown,
)
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.refusals import refusal_text
from trainer.ui.widgets import button, icon, label

log = logging.getLogger(__name__)


class CentreKeyPanel(QFrame):
    key_changed = Signal()
    """This PC made or joined a centre key."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("card")
        self.heading = label(role="heading")
        self.status = label()
        self.status.setObjectName("centre-key-status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.make_button = button(icon_=icon("ui", "plus"))
        self.make_button.setObjectName("make-centre-key")
        self.make_button.clicked.connect(self.make)
        self.code_field = QLineEdit()
        self.code_field.setObjectName("centre-key-code")
        self.code_field.setMinimumHeight(44)
        self.code_field.returnPressed.connect(self.join)
        self.join_button = button()
        self.join_button.setObjectName("join-centre")
        self.join_button.clicked.connect(self.join)
        self.message = message_label(centred=False)
        self.message.setObjectName("centre-key-message")
        self.message.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_field.textEdited.connect(lambda _: self.message.clear_error())  # being fixed
        row = QHBoxLayout()
        row.addWidget(self.code_field, 1)
        row.addWidget(self.join_button)
        row.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate()

    def make(self) -> None:
        """The first PC of a centre: a new key, shown to read out on the others."""
        key = set_centre_key(self.context.database, new_code())
        self._tell(
            self.tr("Centre key made: {}. Type it on each other PC of the centre.").format(shown(key.code))
        )
        self.retranslate()
        self.key_changed.emit()

    def join(self) -> None:
        typed = self.code_field.text()
        try:
            code = parse_code(typed)
        except CodeError as error:
            log.warning("a centre key was not accepted (%s)", error.reason.value)  # not the key itself
            self._tell(refusal_text(error, self.context.lang), problem=True)
            return
        current = centre_key(self.context.database)
        if current is not None and current.code != code and not self._replace_agreed():
            return
        set_centre_key(self.context.database, code)
        self.code_field.clear()
        self._tell(self.tr("This PC now uses the centre key {}.").format(shown(code)))
        self.retranslate()
        self.key_changed.emit()

    def _replace_agreed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Change the centre key"),
            self.tr(
                "This PC has another centre key. With the new one, it refuses files sealed with the old one."
                " Use the new key?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, text: str, problem: bool = False) -> None:
        self.message.setText(text, "error" if problem else "success")

    def retranslate(self) -> None:
        key = centre_key(self.context.database)
        self.heading.setText(self.tr("Centre key"))
        if key is None:
            self.status.setText(
                self.tr("This PC has no centre key yet, so it can neither export nor import progress.")
                + " "
                + self.tr("On the centre's first PC, make one; on each other PC, type that key and join.")
            )
        else:
            self.status.setText(
                self.tr("This PC's centre key: {}").format(shown(key.code))
                + "\n"
                + self.tr("Only PCs with this key can exchange progress with this one.")
            )
        self.make_button.setText(self.tr("Make a centre key"))
        self.make_button.setVisible(key is None)
        self.code_field.setPlaceholderText(self.tr("Type the centre key, e.g. ABCD-EFGH-JKMN-PQRT-VWXY"))
        self.join_button.setText(self.tr("Join the centre"))
