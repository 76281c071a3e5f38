"""A short message under a form: what went well, what went wrong, or a note.

Its kind shows twice, for people who cannot tell red from green and people who read little:
by the colour of the text and by a symbol before it (a tick, an exclamation mark, an "i").
"""

from typing import Literal

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from trainer.ui.widgets import icon, label, set_role

Kind = Literal["success", "error", "info"]
SYMBOL_SIZE = 24
UNWRAPPED = 400
"""A centred message takes up to this width before it wraps (a label alone wraps much sooner)."""


class MessageLine(QWidget):
    """Says what happened, in the colour and with the symbol of its kind; empty, it shows nothing."""

    def __init__(self, centred: bool = True) -> None:
        super().__init__()
        self._centred = centred
        self._kind: Kind | None = None
        self.symbol = QLabel()
        self.symbol.setObjectName("message-symbol")
        self.symbol.setFixedSize(QSize(SYMBOL_SIZE, SYMBOL_SIZE))
        self.symbol.hide()
        self.words = label()
        self.words.setObjectName("message-text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if centred:
            layout.addStretch()
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 0 if centred else 1)
        if centred:
            layout.addStretch()

    def setText(self, text: str, kind: Kind = "error") -> None:  # noqa: N802 - named like QLabel's
        if not text:
            self.clear()
            return
        self._kind = kind
        set_role(self.words, "kind", kind)
        self.words.setText(text)
        if self._centred:
            widest = max(self.words.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
            self.words.setMinimumWidth(min(widest + 4, UNWRAPPED))
        self.symbol.setPixmap(icon("message", kind).pixmap(QSize(SYMBOL_SIZE, SYMBOL_SIZE)))
        self.symbol.setAccessibleName(
            {"success": self.tr("Done"), "error": self.tr("Problem"), "info": self.tr("Note")}[kind]
        )
        self.symbol.show()

    def text(self) -> str:
        return self.words.text()

    def kind(self) -> Kind | None:
        """ "success", "error" or "info" while a message shows; None when there is none."""
        return self._kind

    def clear_error(self) -> None:
        """Take an error away once its problem is fixed; a success or a note stays."""
        if self._kind == "error":
            self.clear()

    def clear(self) -> None:
        self._kind = None
        self.words.clear()
        self.symbol.clear()
        self.symbol.hide()


def message_label(centred: bool = True) -> MessageLine:
    """A line for kind corrections and confirmations: wrong code, missing name, saved."""
    return MessageLine(centred)
