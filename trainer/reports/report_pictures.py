"""The class report's pictures: its charts, drawn on the main thread before the PDF is
written (QtCharts is a widgets module), and the round status marks of its tables, which read
in black and white too."""

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCharts import QChart
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from trainer.colours import STATUS_COLOURS
from trainer.learning.progress import Status
from trainer.learning.summary import status_counts
from trainer.reports.charts import chart_image, gain_chart, mastery_chart, progress_chart
from trainer.reports.class_data import ClassData
from trainer.reports.pdf import DPI, HTML_DPI, picture, pixels
from trainer.reports.wording import Wording

CHART_WIDTH_MM, CHART_HEIGHT_MM = 180, 85
MM_PER_BAR, MAX_CHART_MM, MOST_BARS = 8, 255, 30
"""Charts of learners per module and of scores per learner grow with their bars."""
CHART_WIDTH = pixels(CHART_WIDTH_MM, HTML_DPI)
MARK_SIZE = pixels(4)
"""The status marks are drawn at print density and shown 4 mm wide."""
MARK_WIDTH = pixels(4, HTML_DPI)


def _chart_size(bars: int) -> QSize:
    """A chart's size on paper: taller with more bars, so that each keeps its label."""
    height = min(MAX_CHART_MM, max(CHART_HEIGHT_MM, 35 + MM_PER_BAR * bars))
    return QSize(pixels(CHART_WIDTH_MM), pixels(height))


def class_charts(data: ClassData, words: Wording) -> dict[str, QImage]:
    """The report's charts as images, in the order shown; on the main thread, before
    `write_class_report`. Charts with more bars than fit a page come in parts."""
    lessons = [m for m in data.modules if m.test is None]
    names = {m.id: m.name for m in data.members}
    counts = status_counts(data.rows, lessons)
    charts: dict[str, tuple[QChart, int]] = {}
    for part, start in enumerate(range(0, len(lessons), MOST_BARS)):
        shown = lessons[start : start + MOST_BARS]
        charts[f"chart:mastery-{part}"] = (mastery_chart(shown, counts, words), len(shown))
    if data.weeks:
        charts["chart:progress"] = (progress_chart(data.weeks, words), 0)
    for number, summary in enumerate(data.gains):
        took = [s for s in summary.learners if s.pre is not None or s.post is not None]
        for part, start in enumerate(range(0, len(took), MOST_BARS)):
            chunk = replace(summary, learners=tuple(took[start : start + MOST_BARS]))
            charts[f"chart:gain-{number}-{part}"] = (gain_chart(chunk, names, words), len(chunk.learners))
    return {
        name: chart_image(chart, _chart_size(bars), DPI / HTML_DPI) for name, (chart, bars) in charts.items()
    }


def pictures_of(images: Mapping[str, QImage], prefix: str) -> str:
    return "".join(picture(name, CHART_WIDTH) for name in images if name.startswith(prefix))


def mark(status: Status) -> QImage:
    """A small round mark per status that reads in black and white too: full, half, empty."""
    image = QImage(MARK_SIZE, MARK_SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS[status.value])
    painter.setPen(QPen(colour, MARK_SIZE / 8))
    inside = QRectF(image.rect()).adjusted(*(MARK_SIZE / 8, MARK_SIZE / 8, -MARK_SIZE / 8, -MARK_SIZE / 8))
    if status is Status.IN_PROGRESS:
        painter.setBrush(colour)
        painter.drawPie(inside, 90 * 16, 180 * 16)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    elif status is not Status.NOT_STARTED:
        painter.setBrush(colour)
    painter.drawEllipse(inside)
    if status is Status.MASTERED:
        painter.setPen(QPen(QColor("white"), MARK_SIZE / 7))
        w = MARK_SIZE
        painter.drawPolyline(
            [QPointF(w * 0.3, w * 0.52), QPointF(w * 0.45, w * 0.67), QPointF(w * 0.72, w * 0.35)]
        )
    painter.end()
    return image


def mark_img(status: Status) -> str:
    size = f'width="{MARK_WIDTH}" height="{MARK_WIDTH}"'
    return f'<img src="mark:{status.value}" {size} style="vertical-align: middle">'
