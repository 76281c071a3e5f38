"""Live preview for editors: `python -m trainer --content PATH` watches PATH while the app runs.

Saving a file reloads the content, and the open lesson page or question shows the new version.
A file with a mistake does not take anything away: its module keeps its last version that
loaded, and a "Content problems" panel lists each problem as `path:line: message`.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QVBoxLayout, QWidget

from trainer.course.last_good import keep_last_good
from trainer.course.loader import load_library
from trainer.course.model import Library
from trainer.ui.widgets import label

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow

PANEL_HEIGHT = 170
SETTLE_MS = 150
"""Editors write a file in several steps (or write a new one and rename it): wait until they are done."""


class ContentWatcher(QObject):
    """Watches every folder and file under the roots, and reloads the content after a change."""

    reloaded = Signal(object)
    """The content as it is on disk now (a Library)."""

    def __init__(self, roots: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots = roots
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.reload)
        self.watcher.fileChanged.connect(lambda _path: self.settle.start())
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        self._watch()

    def _watch(self) -> None:
        """Watch what exists now: a file saved by rename is a new file, and a new folder may appear."""
        wanted = {str(path) for root in self.roots for path in (root, *root.rglob("*")) if path.exists()}
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        if missing := sorted(wanted - watched):
            self.watcher.addPaths(missing)

    def reload(self) -> None:
        self._watch()
        self.reloaded.emit(load_library(self.roots))


class ProblemsPanel(QDockWidget):
    """Each content problem as `path:line: message`, shown only while there are some."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("content-problems-panel")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.note = label(role="quiet")
        self.list = QListWidget()
        self.list.setObjectName("content-problems-list")
        self.list.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        self.setWidget(body)
        self.show_problems(Library(()))

    def show_problems(self, library: Library) -> None:
        self.list.clear()
        self.list.addItems([str(problem) for problem in library.problems])
        self.setVisible(bool(library.problems))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Content problems: {}").format(self.list.count()))
        self.note.setText(
            self.tr(
                "A module with a problem keeps showing its last version that worked. Fix the file and save."
            )
        )


class LiveContent(QObject):
    """Keeps the window's content in step with the files: reload, keep what worked, refresh the screen."""

    def __init__(self, window: "MainWindow", roots: list[Path]) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = ContentWatcher(roots, self)
        self.watcher.reloaded.connect(self.show_content)
        self.panel = ProblemsPanel()
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        window.resizeDocks([self.panel], [PANEL_HEIGHT], Qt.Orientation.Vertical)
        QTimer.singleShot(0, lambda: self.panel.show_problems(window.context.library))

    def show_content(self, fresh: Library) -> None:
        library = keep_last_good(self.window.context.library, fresh)
        self.window.context.library = library
        self.panel.show_problems(library)
        self._refresh(library)

    def _refresh(self, library: Library) -> None:
        from trainer.ui.home import HomeScreen
        from trainer.ui.picker import PickerScreen

        screen = self.window.screen_widget
        if isinstance(screen, PickerScreen):
            screen.note_content_problems(library)
        elif isinstance(screen, HomeScreen):
            self.window.show_home()
        elif callable(refresh := getattr(screen, "content_changed", None)):
            refresh(library)
