"""Start the app: fonts, language, data folder, content, and the main window."""

import logging
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import resources
from trainer.log import log_to
from trainer.store.backup import make_automatic_backup, start_automatic_backup
from trainer.store.database import DATABASE_NAME
from trainer.store.folder import APP_NAME, DataFolderError, data_folder
from trainer.store.recovery import open_safely
from trainer.store.settings import get_setting
from trainer.ui.context import AppContext
from trainer.ui.crash import CrashReporter
from trainer.ui.language import LOADED_FONT_FILES, Language, load_fonts, missing_khmer_glyphs
from trainer.ui.main_window import MainWindow
from trainer.ui.style import STYLE_SHEET

log = logging.getLogger("trainer")


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    load_fonts()
    app.setStyleSheet(STYLE_SHEET)
    return app


def content_folders(data_dir: Path, content: list[Path] | None) -> list[Path]:
    """The folders given with --content (an editor's preview), else the bundled content and then
    the packs installed on this PC, whose modules replace bundled ones with the same id."""
    from trainer.packs.installed import installed_folders

    return content or [resources.bundled_content(), *installed_folders(data_dir)]


def open_window(data_dir: Path, language: str | None, content: list[Path] | None) -> MainWindow:
    """The main window on its data and content; the app must exist already. Without a
    language, the one the facilitator set for this PC."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    database = open_safely(data_dir / DATABASE_NAME)
    language = language or get_setting(database, "language")
    context = AppContext(database, content_folders(data_dir, content), Language(app, language))
    window = MainWindow(context)
    app.installEventFilter(window.watcher)
    return window


def run(data_dir: Path | None, language: str | None, content: list[Path] | None, smoke: bool = False) -> int:
    app = make_app()
    folder = data_folder(data_dir)
    try:
        window = open_window(folder, language, content)
    except DataFolderError as error:
        if smoke:
            raise
        QMessageBox.critical(None, "Khmer Digital Trainer", str(error))  # no language chosen yet
        return 1
    CrashReporter(window).install()
    _close_on_ctrl_c(app)
    window.show_fitted()
    QTimer.singleShot(0, lambda: _after_shown(app, window, folder, smoke))
    if content:  # an editor's folder: show each saved change at once (after the content loads)
        from trainer.ui.live_content import LiveContent

        LiveContent(window, content)
    code = app.exec()
    make_automatic_backup(window.context.database)
    return code


def _close_on_ctrl_c(app: QApplication) -> None:
    """Ctrl+C in the terminal closes the app as its window's close button does, so the backup
    on close still runs. Python runs a signal handler only between its own steps, which Qt's
    event loop never takes by itself: a timer gives it one every 200 ms."""

    def close(number: int, frame: object) -> None:
        log.info("Ctrl+C: closing")
        app.closeAllWindows()

    signal.signal(signal.SIGINT, close)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(200)


def _after_shown(app: QApplication, window: MainWindow, folder: Path, smoke: bool) -> None:
    """Once the picker is on screen: start the log, load what the first click needs, back up.

    With --smoke (the start-up benchmark and packaging checks), also say when the picker was
    shown and how many modules loaded, then quit."""
    if smoke:
        print(f"shown {time.time():.6f}", flush=True)
    log_to(folder)
    window.warm_up()
    start_automatic_backup(window.context.database)
    if smoke:
        print(f"modules {len(window.context.library.modules)}", flush=True)
        for path in LOADED_FONT_FILES:
            print(f"font {path}", flush=True)
        for translator in Language.installed():
            print(f"translation {translator.filePath()}", flush=True)
        print(f"khmer-missing-glyphs {missing_khmer_glyphs()}", flush=True)
        app.quit()
