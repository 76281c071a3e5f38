"""Write A4 PDF files with Qt's own PDF writer: the text shaped by Qt (Khmer included) in the
bundled fonts, which the PDF embeds. Safe to run off the main thread (QtGui only).

Text extraction from these files is exact for Latin script and digits, Khmer digits included,
but not for Khmer words: Qt maps each shaped glyph back to one character through the font's
character map and writes no /ActualText, so Khmer ligatures, subscript consonants and split
vowels come back as nothing or as stray codes, and vowels written before a consonant come back
in drawing order. The page shows the right text; search and copy-paste of Khmer do not work.
The document title (set here) keeps the exact text.
"""

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from trainer.files import written_atomically
from trainer.reports import Progress, no_progress
from trainer.reports.wording import Wording

log = logging.getLogger(__name__)

DPI = 300
MARGIN_MM = 15.0
CREATOR = "Khmer Digital Trainer"
FOOTER_POINTS = 8.0
BODY_POINTS = 10.0


HTML_DPI = 96
"""QTextDocument scales sizes in its HTML (images, padding) from 96 dpi to the writer's."""


def pixels(millimetres: float, dpi: int = DPI) -> int:
    """Millimetres in the writer's pixels, or with HTML_DPI in the HTML's."""
    return round(millimetres / 25.4 * dpi)


def picture(name: str, width: int) -> str:
    """HTML for a large image (a chart) that moves whole to the next page when it does not fit.

    Qt 6 does not move a line holding a tall inline image to the next page: the image is cut at
    the page's foot, and after a table with repeated header rows the lines below it can then be
    cut as well. A table row is moved whole, so the image sits in a table of one cell."""
    return (
        f"<table cellspacing='0' cellpadding='0'><tr><td><img src='{name}' width='{width}'></td></tr></table>"
    )


@contextmanager
def pdf_writer(path: Path, title: str, landscape: bool = False) -> Iterator[QPdfWriter]:
    """A writer on a file beside `path`, put in place when the block ends; the block must end
    its QPainter, which completes and closes the file."""
    with written_atomically(path) as partial:
        yield _writer(partial, title, landscape)


def _writer(partial: Path, title: str, landscape: bool) -> QPdfWriter:
    writer = QPdfWriter(str(partial))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter)
    )
    return writer


def cut_lines(document: QTextDocument) -> list[str]:
    """The texts of lines that the document's layout leaves across a page's foot (an empty
    line there, like the one Qt adds after each table, shows nothing and does not count)."""
    height, layout, cut = document.pageSize().height(), document.documentLayout(), []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for number in range(block.layout().lineCount()):
            line = block.layout().lineAt(number)
            start, end = top + line.y(), top + line.y() + line.height()
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            if text.strip() and start // height != (end - 0.5) // height:
                cut.append(text)
        block = block.next()
    return cut


def write_document(
    path: Path,
    title: str,
    html: str,
    images: Mapping[str, QImage],
    words: Wording,
    footer: Callable[[int, int], str],
    progress: Progress = no_progress,
) -> int:
    """Lay out HTML (with `images` named as in its <img src>) on A4 pages, with `footer(page,
    pages)` at the foot of each page; returns the number of pages."""
    with pdf_writer(path, title) as writer:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(words.font(BODY_POINTS))
        for name, image in images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml(html)
        area = writer.pageLayout().paintRectPixels(DPI)
        footer_height = pixels(8)
        page = QSizeF(area.width(), area.height() - footer_height)
        document.setPageSize(page)
        pages = document.pageCount()
        for text in cut_lines(document):
            log.warning("%s: a line is cut at the foot of a page: %s", path.name, text)
        painter = QPainter(writer)
        painter.setFont(words.font(FOOTER_POINTS))
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            # clipped to the page's height only: anything too wide shows in the margin, not cut off unseen
            document.drawContents(
                painter, QRectF(0, number * page.height(), writer.width() * 2, page.height())
            )
            painter.restore()
            foot = QRectF(0, page.height(), page.width(), footer_height)
            painter.drawText(
                foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, footer(number + 1, pages)
            )
            progress(number + 1, pages)
        painter.end()
    return pages
