"""Charts of a class with QtCharts: progress week by week, mastery per module, and learning gain.

Each builder returns a QChart for a QChartView on a screen, or for `chart_image` to print.
Labels are in the Wording's language, with Khmer digits in Khmer, in the bundled fonts.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from math import ceil

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from trainer.colours import ACCENT, INK, STATUS_COLOURS
from trainer.course.model import Module, pick
from trainer.learning.progress import Status
from trainer.learning.summary import GainSummary
from trainer.reports.wording import Wording

LABEL_POINTS = 8.0
TITLE_POINTS = 12.0
MOST_WEEK_LABELS = 8
PRE_COLOUR = "#9fb4c7"


def _styled(chart: QChart, title: str, words: Wording) -> QChart:
    chart.setTitle(title)
    chart.setTitleFont(words.font(TITLE_POINTS, bold=True))
    chart.setTitleBrush(QColor(INK))
    chart.legend().setFont(words.font(LABEL_POINTS))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 28, 6))
    return chart


def _attach(chart: QChart, axis: QAbstractAxis, side: Qt.AlignmentFlag, words: Wording) -> None:
    axis.setLabelsFont(words.font(LABEL_POINTS))
    axis.setTitleFont(words.font(LABEL_POINTS))
    chart.addAxis(axis, side)
    for series in chart.series():
        series.attachAxis(axis)


def _number_axis(top: float, step: float, words: Wording, title: str = "") -> QCategoryAxis:
    """A value axis from 0 whose labels are written by the Wording (Khmer digits in Khmer)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    axis.append(words.number(0), 0)
    value = step
    while value <= top + step / 2:
        axis.append(words.number(value), value)
        value += step
    axis.setRange(0, value - step)
    axis.setTitleText(title)
    return axis


def _count_step(most: int) -> int:
    return max(1, ceil(most / 5))


def progress_chart(weeks: Sequence[tuple[date, int]], words: Wording) -> QChart:
    """Modules mastered by the class by the end of each week (summary.mastered_by_week)."""
    chart = _styled(QChart(), words.translate("Charts", "Modules mastered, week by week"), words)
    series = QLineSeries()
    series.setName(words.translate("Charts", "Modules mastered"))
    series.setPen(QPen(QColor(ACCENT), 3))
    series.setPointsVisible(True)
    for index, (_, total) in enumerate(weeks):
        series.append(QPointF(index, total))
    chart.addSeries(series)
    chart.legend().hide()
    weeks_axis = QCategoryAxis()
    weeks_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    weeks_axis.setStartValue(0)
    every = max(1, ceil(len(weeks) / MOST_WEEK_LABELS))
    for index, (week, _) in enumerate(weeks):
        if index % every == 0:
            weeks_axis.append(words.short_date(week), index)
    weeks_axis.setRange(0, max(1, len(weeks) - 1))
    weeks_axis.setTitleText(words.translate("Charts", "Week starting"))
    _attach(chart, weeks_axis, Qt.AlignmentFlag.AlignBottom, words)
    most = max((total for _, total in weeks), default=0)
    step = _count_step(most)
    _attach(chart, _number_axis(most + step, step, words), Qt.AlignmentFlag.AlignLeft, words)
    return chart


def mastery_chart(modules: Sequence[Module], counts: Mapping[str, Counter[Status]], words: Wording) -> QChart:
    """For each module, how many learners mastered it, are under way, or have not started."""
    chart = _styled(QChart(), words.translate("Charts", "Learners in each module"), words)
    series = QHorizontalStackedBarSeries()
    for status, name in (
        (Status.MASTERED, words.translate("Charts", "Mastered")),
        (Status.IN_PROGRESS, words.translate("Charts", "In progress")),
        (Status.NOT_STARTED, words.translate("Charts", "Not started")),
    ):
        bars = QBarSet(name)
        bars.setColor(QColor(STATUS_COLOURS[status.value]))
        bars.append([counts[m.id][status] for m in reversed(modules)])
        series.append(bars)
    chart.addSeries(series)
    titles = QBarCategoryAxis()
    titles.append([pick(m.title, words.language) for m in reversed(modules)])
    _attach(chart, titles, Qt.AlignmentFlag.AlignLeft, words)
    most = max((sum(counts[m.id].values()) for m in modules), default=0)
    step = _count_step(most)
    learners = words.translate("Charts", "Learners")
    _attach(chart, _number_axis(max(most, step), step, words, learners), Qt.AlignmentFlag.AlignBottom, words)
    return chart


def gain_chart(summary: GainSummary, names: Mapping[str, str], words: Wording) -> QChart:
    """Each learner's pre-test and post-test score (0-100), for those who took either."""
    chart = _styled(QChart(), words.translate("Charts", "Before and after"), words)
    took = [s for s in summary.learners if s.pre is not None or s.post is not None]
    series = QHorizontalBarSeries()
    for name, colour, scores in (
        (words.translate("Charts", "Post-test"), ACCENT, [s.post or 0.0 for s in reversed(took)]),
        (words.translate("Charts", "Pre-test"), PRE_COLOUR, [s.pre or 0.0 for s in reversed(took)]),
    ):
        bars = QBarSet(name)
        bars.setColor(QColor(colour))
        bars.append(scores)
        series.append(bars)
    chart.addSeries(series)
    learners = QBarCategoryAxis()
    learners.append([names[s.learner_id] for s in reversed(took)])
    _attach(chart, learners, Qt.AlignmentFlag.AlignLeft, words)
    score = words.translate("Charts", "Score (0-100)")
    _attach(chart, _number_axis(100, 20, words, score), Qt.AlignmentFlag.AlignBottom, words)
    return chart


def chart_image(chart: QChart, size: QSize, scale: float = 2.0) -> QImage:
    """The chart drawn on a white image of `size` pixels, laid out at 1/scale of it, so that
    text keeps its point size when the image is printed at `scale` times the screen's density.
    Must run on the main thread (QtCharts is a widgets module)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    layout = QRectF(0, 0, size.width() / scale, size.height() / scale)
    chart.setGeometry(layout)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), layout)
    painter.end()
    scene.removeItem(chart)
    return image
