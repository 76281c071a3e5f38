"""The class charts: what each shows for known data, in Khmer and English, and drawn to an image."""

from collections import Counter
from datetime import UTC, date

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QCategoryAxis, QChart, QLineSeries
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from trainer.colours import STATUS_COLOURS
from trainer.course.loader import load_library
from trainer.learning.progress import Status
from trainer.learning.summary import status_counts
from trainer.reports.charts import chart_image, gain_chart, mastery_chart, progress_chart
from trainer.reports.class_data import ClassData, load_class
from trainer.reports.report_pictures import MOST_BARS, class_charts
from trainer.reports.wording import Wording
from trainer.store.classes import add_class
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import Profile, add_learner
from trainer.ui.app import make_app

from .class_seed import NOW, seed_class, took_test
from .conftest import TYPES_CONTENT


@pytest.fixture
def data(qapp: object, database: Database) -> ClassData:
    make_app()
    return load_class(database, load_library([TYPES_CONTENT]), seed_class(database)["class"], NOW, UTC)


def bars(chart: QChart) -> dict[str, list[float]]:
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries)
    return {bar_set.label(): [bar_set.at(n) for n in range(bar_set.count())] for bar_set in series.barSets()}


def axis_labels(chart: QChart, side: Qt.AlignmentFlag) -> list[str]:
    (axis,) = chart.axes(
        Qt.Orientation.Horizontal if side == Qt.AlignmentFlag.AlignBottom else Qt.Orientation.Vertical
    )
    if isinstance(axis, QCategoryAxis):
        return list(axis.categoriesLabels())
    assert isinstance(axis, QBarCategoryAxis)
    return list(axis.categories())


def test_mastery_chart_counts_learners_per_module_in_khmer(data: ClassData) -> None:
    lessons = [m for m in data.modules if m.test is None]
    chart = mastery_chart(lessons, status_counts(data.rows, lessons), Wording("km"))
    mastered, in_progress, not_started = "ស្ទាត់ជំនាញ", "កំពុងដំណើរការ", "មិនទាន់ចាប់ផ្ដើម"
    assert bars(chart) == {mastered: [0, 1], in_progress: [0, 1], not_started: [3, 1]}, (
        "the first module (judge-posts) is drawn at the top, so last in each set"
    )
    assert axis_labels(chart, Qt.AlignmentFlag.AlignLeft) == ["ការហាត់", "វាយតម្លៃការបង្ហោះ"]
    assert axis_labels(chart, Qt.AlignmentFlag.AlignBottom) == ["០", "១", "២", "៣"], "Khmer digits"
    assert chart.titleFont().families()[0] == "Noto Sans Khmer"


def test_progress_chart_adds_masteries_week_by_week(data: ClassData) -> None:
    assert data.weeks == [(date(2026, 10, 5), 1), (date(2026, 10, 12), 1), (date(2026, 10, 19), 1)]
    chart = progress_chart(data.weeks, Wording("en"))
    (line,) = chart.series()
    assert isinstance(line, QLineSeries)
    assert [(p.x(), p.y()) for p in line.points()] == [(0, 1), (1, 1), (2, 1)]
    assert axis_labels(chart, Qt.AlignmentFlag.AlignBottom) == ["5 Oct", "12 Oct", "19 Oct"]
    assert chart.title() == "Modules mastered, week by week"


def test_gain_chart_shows_pre_and_post_of_who_took_a_test(data: ClassData) -> None:
    names = {m.id: m.name for m in data.members}
    chart = gain_chart(data.gains[0], names, Wording("en"))
    assert axis_labels(chart, Qt.AlignmentFlag.AlignLeft) == ["សុខា", "Dara"], "Vannak took no test"
    scores = bars(chart)
    assert [round(s) for s in scores["Pre-test"]] == [54, 50]
    assert [round(s) for s in scores["Post-test"]] == [92, 67]


def test_a_chart_is_drawn_to_an_image_of_the_size_asked(data: ClassData) -> None:
    lessons = [m for m in data.modules if m.test is None]
    image = chart_image(
        mastery_chart(lessons, {m.id: Counter({Status.MASTERED: 2}) for m in lessons}, Wording("km")),
        QSize(900, 450),
    )
    assert (image.width(), image.height()) == (900, 450)
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in range(0, 450, 7)}
    assert QColor(STATUS_COLOURS["mastered"]).name() in colours, "the mastered bars are drawn"


def test_charts_with_more_bars_than_a_page_holds_come_in_parts(qapp: object, database: Database) -> None:
    make_app()
    klass = add_class(database, "Big class")
    for number in range(MOST_BARS + 1):
        learner = add_learner(database, f"Learner {number}", "fish", None, Profile(klass.id))
        for event in took_test(learner.id, "news-pretest", (5, 3, 5, 3), day=number / 100):
            record(database, event)
    data = load_class(database, load_library([TYPES_CONTENT]), klass.id, NOW, UTC)
    images = class_charts(data, Wording("en"))
    assert list(images) == ["chart:gain-0-0", "chart:gain-0-1"], "no lessons worked in: no mastery chart"
    assert images["chart:gain-0-0"].height() > images["chart:gain-0-1"].height(), "30 bars, then 1"
