"""An unexpected error shows a kind message with "Copy details" and goes to the log."""

import logging

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from trainer.ui.crash import CrashReporter
from trainer.ui.main_window import MainWindow


def test_an_error_shows_a_friendly_dialog_and_copies_details(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    reporter = CrashReporter(window)
    try:
        raise RuntimeError("the disk fell off")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="trainer"):
            reporter.hook(RuntimeError, error, error.__traceback__)
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Your answers are saved" in dialog.text()
    assert "Traceback" not in dialog.text(), "no raw traceback in front of a learner"
    (copy,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details"]
    copy.click()
    assert "RuntimeError: the disk fell off" in QGuiApplication.clipboard().text()
    assert "the disk fell off" in caplog.text
    dialog.close()
