"""An unexpected error: a kind message with "Copy details", the details in the log, never a raw
traceback in front of a learner. Answers are already saved: every answer is committed first."""

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("trainer")


class CrashReporter(QObject):
    """Catches uncaught errors on any thread and shows them on the main thread."""

    caught = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.dialog: QMessageBox | None = None
        self.caught.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.hook
        threading.excepthook = lambda args: self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def hook(
        self, kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        self.caught.emit(details)

    def _show(self, details: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Sorry, something went wrong. Your answers are saved. "
                "Please tell your facilitator, and carry on."
            )
        )
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()
