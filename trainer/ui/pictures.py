"""Module pictures handed to Qt only as checked bytes, never as a path or address Qt would follow.

Qt reads an SVG's `<image href>` from any path, and a lesson's `<img src>` from wherever its
address leads; so every picture of a lesson, question or hotspot comes through here, from
inside its module's folder, with the SVG's links to other files taken out.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser

from trainer.course.module_files import module_file
from trainer.course.pictures import is_raster, shown_picture


def picture_bytes(path: Path) -> QByteArray | None:
    data = shown_picture(path)
    return None if data is None else QByteArray(data)


def drawn_picture(path: Path, width: int) -> tuple[QRectF, QPixmap]:
    """The picture drawn `width` pixels wide on white, and the area it covers in its own units:
    an SVG's viewBox or a PNG's or JPEG's pixels (an unreadable file: a blank square)."""
    data = shown_picture(path) or b""
    image = QImage.fromData(data) if is_raster(data) else None
    renderer = QSvgRenderer(QByteArray(data)) if image is None else None
    box = QRectF(image.rect()) if image is not None else renderer.viewBoxF() if renderer else QRectF()
    if box.isEmpty():
        box = QRectF(0, 0, width, width)
    pixmap = QPixmap(QSize(width, round(box.height() * width / box.width())))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    if image is not None:
        painter.drawImage(QRectF(pixmap.rect()), image)
    elif renderer is not None and renderer.isValid():
        renderer.render(painter)
    painter.end()
    return box, pixmap


def picture_pixmap(path: Path, box: QSize) -> QPixmap:
    """The picture fitted into `box` (a raster picture is only made smaller, never bigger)."""
    data = shown_picture(path)
    if data is None:
        return QPixmap()
    if is_raster(data):
        image = QImage.fromData(data)
        if image.width() > box.width() or image.height() > box.height():
            image = image.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        return QPixmap.fromImage(image)
    renderer = QSvgRenderer(QByteArray(data))
    pixmap = QPixmap(renderer.defaultSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


class ModulePage(QTextBrowser):
    """A text browser that loads a picture only from inside its module's folder.

    Qt asks `loadResource` for every picture of the page; a relative name that leads to a
    file of the module gets that file's checked bytes, anything else gets nothing."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        name = QUrl(name)
        if kind != QTextDocument.ResourceType.ImageResource.value or not name.isRelative() or name.host():
            return None
        found = module_file(self.folder, name.path())
        return picture_bytes(found) if isinstance(found, Path) else None
