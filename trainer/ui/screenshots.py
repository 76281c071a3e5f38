"""python -m trainer screenshots: render each main screen to a PNG, on data seeded in a temp folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import LANGUAGES
from trainer.ui.screen_catalogue import Shot, catalogue

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


SIZE = (1280, 800)
"""The size of the gallery in the README."""
SIZES = ((1024, 600), (1280, 720), (1366, 768), (1920, 1080))
"""The screens a centre has, from a netbook to a full-HD monitor: the layout check's matrix."""


def take_screenshots(
    out: Path,
    language: str | None = None,
    content: list[Path] | None = None,
    sizes: tuple[tuple[int, int], ...] | None = None,
) -> int:
    """Every screen as a PNG: at SIZE named NAME-LANG.png, or at each of `sizes` named
    NAME-WxH-LANG.png."""
    out.mkdir(parents=True, exist_ok=True)

    def save(shot: Shot, size: tuple[int, int], lang: str, shown: QWidget) -> None:
        tag = "" if sizes is None else f"-{size[0]}x{size[1]}"
        path = out / f"{shot.name}{tag}-{lang}.png"
        shown.grab().save(str(path))
        print(path)

    for lang in [language] if language else list(LANGUAGES):
        visit_screens(lang, content, sizes or (SIZE,), save)
    return 0


def pointer_away() -> None:
    """In a real window, the pointer off every screen's widgets, so that no option shows the
    look of one under the mouse (in a gallery it would look like a hint)."""
    from PySide6.QtGui import QCursor, QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        QCursor.setPos(screen.geometry().bottomRight())


Visit = Callable[["Shot", tuple[int, int], str, "QWidget"], None]
"""Called with each screen, size and language, and what is on screen: the window or a dialog."""


def visit_screens(
    lang: str, content: list[Path] | None, sizes: tuple[tuple[int, int], ...], visit: Visit
) -> None:
    """Show every screen of the catalogue at each size, in one language, on realistic data in a
    temporary folder; `visit` sees each. The window is resized to the size (a dialog fits in
    it), as on a screen of that size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent

    from trainer.ui.app import make_app, open_window

    app = make_app()
    with tempfile.TemporaryDirectory() as data:
        window = open_window(Path(data), lang, content)
        window.show()
        pointer_away()
        for shot in catalogue(window):
            shown: QWidget | None = None
            for size in sizes:
                window.resize(*size)
                if shown is not window:  # a screen is shown once and resized; a dialog made again
                    if shown is not None:
                        _close(shown)
                    shown = shot.show() or window
                    window.resize(*size)  # the screen before may have made it grow
                for _ in range(3):
                    app.processEvents()
                visit(shot, size, lang, shown)
            if shown is not None and shown is not window:
                _close(shown)
        window.idle.stop()
        window.close()
        window.deleteLater()  # gone before the next language comes: its screens read the records
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.context.database.close()


def _close(dialog: QWidget) -> None:
    dialog.close()
    dialog.deleteLater()
