"""The keys whose packs this PC installs: the project's own, and those the facilitator adds."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout

from trainer.packs.keys import KeyFileError, read_public_key
from trainer.packs.trust import TrustedKey, TrustError, distrust, trust, trusted_keys
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.refusals import refusal_text
from trainer.ui.widgets import Screen, button, icon, label, shown_as_written

log = logging.getLogger(__name__)


class TrustedKeysPanel(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.database = context.database
        self.heading = label(role="heading")
        self.help = label(role="quiet")
        self.keys = QListWidget()
        self.keys.setObjectName("trusted-keys")
        self.keys.setWordWrap(True)
        self.keys.setSpacing(6)
        self.keys.currentItemChanged.connect(self._selected)
        self.message = message_label(centred=False)
        self.add_button = button(icon_=icon("ui", "plus"))
        self.add_button.setObjectName("add-key")
        self.add_button.clicked.connect(self.add_key)
        self.remove_button = button(icon_=icon("ui", "cross"))
        self.remove_button.setObjectName("remove-key")
        self.remove_button.clicked.connect(self.remove_key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.help, self.keys, self.message):
            layout.addWidget(widget)
        for key_button in (self.add_button, self.remove_button):
            layout.addWidget(key_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def add_key(self) -> None:
        """Trust the key in a .pub file an editor gave, once the facilitator has compared it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a key"), "", self.tr("Public keys (*.pub)")
        )
        if not path:
            return
        try:
            key = read_public_key(Path(path))
        except KeyFileError as error:
            log.warning("a file chosen as a key was refused: %s", error)
            self.message.setText(self.tr("This file is not a trainer public key."))
            return
        question = self.tr("Install packs signed by {}? Check with them that their key is {}.")
        if not self._confirm(self.tr("Trust this key?"), question.format(key.name, key.fingerprint)):
            return
        try:
            trust(self.database, key)
        except TrustError as error:
            log.warning("key not trusted (%s): %s", error.reason.value, error)
            self.message.setText(refusal_text(error, self.context.lang), "info")
            return
        self.message.clear()
        self._fill()

    def remove_key(self) -> None:
        item = self.keys.currentItem()
        if item is None:
            return
        trusted: TrustedKey = item.data(Qt.ItemDataRole.UserRole)
        question = self.tr("Stop installing packs signed by {}? Packs already installed stay.")
        if self._confirm(self.tr("Remove this key?"), question.format(trusted.public.name)):
            distrust(self.database, trusted.public)
            self._fill()

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, shown_as_written(text)) == QMessageBox.StandardButton.Yes

    def _fill(self) -> None:
        self.keys.clear()
        for trusted in trusted_keys(self.database):
            text = self.tr("{} (key {})").format(trusted.public.name, trusted.public.fingerprint)
            if trusted.built_in:
                text += " · " + self.tr("signs the bundled content")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, trusted)
            self.keys.addItem(item)
        self._selected(self.keys.currentItem())

    def _selected(self, item: QListWidgetItem | None) -> None:
        removable = item is not None and not item.data(Qt.ItemDataRole.UserRole).built_in
        self.remove_button.setEnabled(removable)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Trusted keys"))
        self.help.setText(self.tr("Packs signed with one of these keys can be installed on this computer."))
        self.add_button.setText(self.tr("Add a key…"))
        self.remove_button.setText(self.tr("Remove the key"))
        self._fill()
