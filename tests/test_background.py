"""Slow work runs off the main thread; its result or error comes back to the main thread."""

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trainer.ui.background import Progress, run_in_background


def test_result_and_progress_reach_the_main_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[object] = []

    def work(progress: Progress) -> str:
        for done in range(3):
            progress(done + 1, 3)
        return threading.current_thread().name

    run_in_background(parent, "Working", work, seen.append, seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] != threading.main_thread().name


def test_an_error_is_handed_back_not_raised_in_the_worker(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[Exception] = []

    def work(progress: Progress) -> None:
        raise ValueError("this bundle is damaged")

    run_in_background(parent, "Working", work, lambda result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "this bundle is damaged"
