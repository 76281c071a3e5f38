"""A class at a glance: progress week by week, mastery per module, and learning gain."""

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.course.model import pick
from trainer.learning.dashboard import Fading
from trainer.learning.summary import SMALLEST_GROUP, Average, GainSummary, status_counts
from trainer.reports.charts import gain_chart, mastery_chart, progress_chart
from trainer.reports.class_data import ClassData
from trainer.reports.wording import Wording
from trainer.ui.widgets import button, fit_to_window, label

CHART_HEIGHT = 360


def _view(chart: QChart, height: int = CHART_HEIGHT) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


class ClassCharts(QDialog):
    def __init__(
        self, data: ClassData, fading: list[Fading], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("class-charts")
        self.setWindowTitle(data.klass.name)
        words = Wording(language)
        lessons = [m for m in data.modules if m.test is None]
        body = QVBoxLayout()
        body.addWidget(label(data.klass.name, role="heading"))
        body.addWidget(_view(progress_chart(data.weeks, words)))
        self.fading = label()
        self.fading.setObjectName("fading")
        self.fading.setText(self._fading_text(data, fading, language, words))
        body.addWidget(self.fading)
        body.addWidget(
            _view(mastery_chart(lessons, status_counts(data.rows, lessons), words), 120 + 28 * len(lessons))
        )
        names = {member.id: member.name for member in data.members}
        self.gain_tables: list[QTableWidget] = []
        for summary in data.gains:
            body.addWidget(
                label(
                    f"{pick(summary.pre_test.title, language)} → {pick(summary.post_test.title, language)}",
                    role="heading",
                )
            )
            body.addWidget(_view(gain_chart(summary, names, words)))
            table = self._gain_table(summary, names, words)
            self.gain_tables.append(table)
            body.addWidget(table)
        if data.gains:
            body.addWidget(label(self.small_groups(words), role="quiet"))
        else:
            body.addWidget(label(self.tr("No one in this class has taken a pre-test or post-test yet.")))
        holder = QWidget()
        holder.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        fit_to_window(self, 1100, 720)

    def _fading_text(self, data: ClassData, fading: list[Fading], language: str, words: Wording) -> str:
        """Modules whose booster reviews went worse in the last two weeks: time to go over them."""
        if not fading:
            return self.tr("No module is fading: review answers are as good as before.")
        lines = [self.tr("Fading (review answers right, before → last 2 weeks):")]
        for each in fading:
            module = data.library.module(each.module_id)
            title = pick(module.title, language) if module else each.module_id
            before, recent = words.number(each.before * 100), words.number(each.recent * 100)
            lines.append(f"• {title}: {before}% → {recent}%")
        return "\n".join(lines)

    def small_groups(self, words: Wording) -> str:
        return self.tr(
            "Averages by gender or age group are shown only for {} learners or more, so that no one's"
            " scores can be told from them."
        ).format(words.number(SMALLEST_GROUP))

    def _gain_table(self, summary: GainSummary, names: dict[str, str], words: Wording) -> QTableWidget:
        """Each learner's scores and gain, then the class average and the groups recorded."""
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Learner or group"), self.tr("Before"), self.tr("After"), self.tr("Gain")]
        )

        def number(value: float | None, decimals: int = 0) -> str:
            return "—" if value is None else words.number(value, decimals)

        def add(name: str, pre: float | None, post: float | None, gain: float | None) -> None:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((name, number(pre), number(post), number(gain, 2))):
                table.setItem(row, column, QTableWidgetItem(text))

        for scores in summary.learners:
            add(names.get(scores.learner_id, "?"), scores.pre, scores.post, scores.gain)
        groups: list[Average] = [summary.average, *summary.by_gender, *summary.by_age_group]
        for group in groups:
            add(self._group_name(group.group, group.learners, words), group.pre, group.post, group.gain)
        table.setColumnWidth(0, 320)
        table.verticalHeader().hide()
        table.setMinimumHeight(min(600, 40 + 34 * table.rowCount()))
        return table

    def _group_name(self, group: str, learners: int, words: Wording) -> str:
        names = {
            "": self.tr("Class average"),
            "female": self.tr("Women and girls"),
            "male": self.tr("Men and boys"),
            "other": self.tr("Other"),
        }
        return self.tr("{} ({} learners)").format(
            words.digits(names.get(group, group)), words.number(learners)
        )
