"""Run slow work (exports, imports, reports) off the main thread and show its progress.

The work gets a `progress(done, total)` callback; results and errors come back to the main
thread by signal, so no widget is ever touched from the worker.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(Exception)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work, self.signals = work, _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # handed to the main thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> QProgressDialog:
    """Start `work` on Qt's thread pool behind a progress dialog; it appears only if work is slow."""
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setCancelButton(None)  # no cancel: the work finishes or fails on its own
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    job = _Job(work)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def fail(error: Exception) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_error(error)

    job.signals.progress.connect(show_progress)
    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    dialog.job = job  # type: ignore[attr-defined]  # keep the signals alive as long as the dialog
    QThreadPool.globalInstance().start(job)
    return dialog
