"""Certificates on landscape A4: one page per learner for a curriculum, listing the modules they
mastered, dated in the chosen language. Safe to run off the main thread (QtGui only)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from trainer.colours import ACCENT, INK
from trainer.course.model import Text, pick
from trainer.reports import Progress, no_progress
from trainer.reports.class_data import ClassData
from trainer.reports.pdf import pdf_writer, pixels
from trainer.reports.wording import Wording

ONE_COLUMN = 6
"""More modules than this are listed in two columns."""


@dataclass(frozen=True)
class Certificate:
    learner: str
    curriculum: Text
    modules: tuple[Text, ...]
    """The modules of the curriculum the learner mastered, in the curriculum's order."""


def certificates(
    data: ClassData, curriculum_id: str, learner_ids: Sequence[str] | None = None
) -> list[Certificate]:
    """For the given learners (or the whole class), each who mastered a module of the curriculum."""
    curriculum = next(c for c in data.library.curricula if c.id == curriculum_id)
    found = []
    for member in data.members:
        if learner_ids is not None and member.id not in learner_ids:
            continue
        mastered = tuple(m.title for m in curriculum.modules if (member.id, m.id) in data.mastered_on)
        if mastered:
            found.append(Certificate(member.name, curriculum.title, mastered))
    return found


class CertificatePage:
    """Draws certificates on the painter, inside `area` (the page less its margins)."""

    def __init__(self, painter: QPainter, area: QRectF, words: Wording) -> None:
        self.painter, self.area, self.words = painter, area, words
        self.y = area.top()

    def tr(self, text: str) -> str:
        return self.words.translate("CertificatePage", text)

    def draw(self, certificate: Certificate, on: date, centre: str, facilitator: str) -> None:
        self.y = self.area.top()
        if centre:
            self.text(centre, 14, gap_mm=4, colour=ACCENT)
        self.text(self.tr("Certificate"), 30, bold=True, gap_mm=6, colour=ACCENT)
        self.text(self.tr("This certificate is presented to"), 14)
        self.text(certificate.learner, 32, bold=True, gap_mm=5)
        curriculum = pick(certificate.curriculum, self.words.language)
        self.text(self.tr("for mastering these modules of {}:").format(curriculum), 14, gap_mm=4)
        self.modules([pick(module, self.words.language) for module in certificate.modules])
        self.signature(on, facilitator)

    def text(
        self, text: str, points: float, bold: bool = False, gap_mm: float = 3, colour: str = INK
    ) -> None:
        self.painter.setFont(self.words.font(points, bold))
        self.painter.setPen(QColor(colour))
        box = QRectF(self.area.left(), self.y, self.area.width(), self.area.height())
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = self.painter.boundingRect(box, flags, text)
        self.painter.drawText(box, flags, text)
        self.y += used.height() + pixels(gap_mm)

    def border(self, page: QRectF) -> None:
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.setPen(QPen(QColor(ACCENT), pixels(1.6)))
        self.painter.drawRect(page.adjusted(pixels(2), pixels(2), -pixels(2), -pixels(2)))
        self.painter.setPen(QPen(QColor(ACCENT), pixels(0.4)))
        self.painter.drawRect(page.adjusted(pixels(4.5), pixels(4.5), -pixels(4.5), -pixels(4.5)))

    def modules(self, titles: Sequence[str]) -> None:
        columns = 1 if len(titles) <= ONE_COLUMN else 2
        rows = -(-len(titles) // columns)
        width = self.area.width() / columns
        self.painter.setFont(self.words.font(13))
        line = self.painter.fontMetrics().height() * 1.35
        for index, title in enumerate(titles):
            column, row = divmod(index, rows)
            box = QRectF(self.area.left() + column * width, self.y + row * line, width, line)
            self.painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
        self.y += rows * line + pixels(4)

    def signature(self, on: date, facilitator: str) -> None:
        self.painter.setFont(self.words.font(12))
        self.painter.setPen(QColor(INK))
        height = self.painter.fontMetrics().height() * 1.3
        third = self.area.width() / 3
        bottom = self.area.bottom() - pixels(8)
        left = QRectF(self.area.left() + pixels(10), bottom - height, third, height)
        dated = self.tr("Date: {}").format(self.words.date(on))
        self.painter.drawText(left, Qt.AlignmentFlag.AlignLeft, dated)
        right = QRectF(self.area.right() - third - pixels(10), bottom - height, third, height)
        line = right.top() - pixels(2)
        self.painter.drawLine(QPointF(right.left(), line), QPointF(right.right(), line))
        under = self.tr("Facilitator: {}").format(facilitator) if facilitator else self.tr("Facilitator")
        self.painter.drawText(right, Qt.AlignmentFlag.AlignHCenter, under)


def write_certificates(
    path: Path,
    found: Sequence[Certificate],
    words: Wording,
    on: date,
    centre: str = "",
    facilitator: str = "",
    progress: Progress = no_progress,
) -> int:
    """One landscape page per certificate; returns the number of pages. Refuses an empty list."""
    if not found:
        raise ValueError("nobody here has mastered a module of this curriculum yet")
    title = (
        words.translate("CertificatePage", "Certificate") + ": " + pick(found[0].curriculum, words.language)
    )
    if len(found) == 1:
        title += f", {found[0].learner}"
    with pdf_writer(path, title, landscape=True) as writer:
        painter = QPainter(writer)
        page_rect = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page_rect.moveTo(0, 0)
        page = CertificatePage(
            painter, page_rect.adjusted(pixels(12), pixels(12), -pixels(12), -pixels(12)), words
        )
        for number, certificate in enumerate(found):
            if number:
                writer.newPage()
            page.border(page_rect)
            page.draw(certificate, on, centre, facilitator)
            progress(number + 1, len(found))
        painter.end()
    return len(found)
