"""The dashboard: who is stuck, and on what, in one glance.

A grid of learners by modules, coloured by status, with a "needs help" column. Click a
learner for their answers; click a module's heading for its difficult questions.
"""

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout

from trainer.course.model import Module, pick
from trainer.learning.dashboard import Help, Row, fading_modules, grid
from trainer.learning.progress import Status
from trainer.learning.review import review_questions
from trainer.store import overview
from trainer.store.classes import all_classes, assignments_of
from trainer.store.learners import Learner, all_learners
from trainer.store.reviews import DueCount, due_counts
from trainer.ui.context import AppContext
from trainer.ui.layout_check import WIDE_GRID
from trainer.ui.style import STATUS_COLOURS
from trainer.ui.widgets import Screen, button, label
from trainer.ui.wording import local_digits

FIXED_COLUMNS = 4
"""Learner, needs help, last active, reviews due; then one column per module."""
MARKS = {Status.MASTERED: "✓", Status.DONE: "✓", Status.NOT_STARTED: ""}
Index = QModelIndex | QPersistentModelIndex


class GridModel(QAbstractTableModel):
    """Learners by modules; texts come from the screen so they follow the language."""

    def __init__(self, screen: "DashboardScreen") -> None:
        super().__init__()
        self.screen = screen
        self.learners: list[Learner] = []
        self.modules: list[Module] = []
        self.rows: list[Row] = []
        self.due: dict[str, DueCount] = {}

    def reset(
        self, learners: list[Learner], modules: list[Module], rows: list[Row], due: dict[str, DueCount]
    ) -> None:
        self.beginResetModel()
        self.learners, self.modules, self.rows, self.due = learners, modules, rows, due
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return FIXED_COLUMNS + len(self.modules)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if section < FIXED_COLUMNS:
            return self.screen.column_titles()[section]
        number, lang = section - FIXED_COLUMNS + 1, self.screen.context.lang
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{local_digits(number, lang)}. {pick(self.modules[number - 1].title, lang)}"
        return local_digits(number, lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.screen.learner_text(self.learners[index.row()], row, column, self.due)
            if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.needs_help:
                return QBrush(QColor("#c0392b"))
            return None
        cell = row.cells[self.modules[column - FIXED_COLUMNS].id]
        if role == Qt.ItemDataRole.DisplayRole:
            share = f"{cell.right * 100 // cell.answers}%" if cell.answers else "…"
            return MARKS.get(cell.status, local_digits(share, self.screen.context.lang))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[cell.status.value]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.screen.status_text(cell.status)
        return None


class DashboardScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.heading = label(role="heading")
        self.classes = QComboBox()
        self.classes.setObjectName("dashboard-class")
        self.classes.currentIndexChanged.connect(self.refresh)
        self.summary = label()
        self.summary.setObjectName("dashboard-summary")
        self.model = GridModel(self)
        self.table = QTableView()
        self.table.setObjectName("dashboard-grid")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setProperty(WIDE_GRID, True)  # a column per module: it scrolls sideways by design
        self.table.horizontalHeader().sectionClicked.connect(self._open_module)
        self.table.clicked.connect(self._open_learner)
        self.charts_button = button()
        self.charts_button.setObjectName("class-charts")
        self.charts_button.clicked.connect(self._open_charts)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.charts_button)
        top.addWidget(self.classes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.legend = label(role="quiet")
        self.legend.setObjectName("dashboard-legend")
        layout.addWidget(self.legend)
        self._fill_classes()
        self.retranslate()

    def _fill_classes(self) -> None:
        self.classes.blockSignals(True)
        self.classes.clear()
        self.classes.addItem("", None)
        for each in all_classes(self.context.database):
            self.classes.addItem(each.name, each.id)
        self.classes.blockSignals(False)

    @property
    def class_id(self) -> str | None:
        value = self.classes.currentData()
        return str(value) if value else None

    def refresh(self) -> None:
        """Read the counts again and redraw the grid."""
        database, library = self.context.database, self.context.library
        learners = all_learners(database, self.class_id)
        assigned = [a.module_id for a in assignments_of(database, self.class_id)] if self.class_id else []
        modules = [m for m in map(library.module, assigned) if m is not None] or list(library.modules)
        ids = [learner.id for learner in learners]
        now = datetime.now(UTC)
        due = due_counts(database, now, review_questions(library))
        rows = grid(
            ids,
            modules,
            overview.activity(database, ids),
            overview.wrong_in_a_row(database, ids),
            now,
        )
        self.model.reset(learners, modules, rows, due)
        self.charts_button.setEnabled(self.class_id is not None)
        lang = self.context.lang
        self.legend.setText(
            "   ".join(
                f"{local_digits(number, lang)}. {pick(m.title, lang)}"
                for number, m in enumerate(modules, start=1)
            )
        )
        helped = sum(1 for row in rows if row.needs_help)
        self.summary.setText(
            self.tr("{} learners; {} need help. Click a learner or a module for more.").format(
                local_digits(len(rows), lang), local_digits(helped, lang)
            )
        )

    def column_titles(self) -> list[str]:
        return [self.tr("Learner"), self.tr("Needs help"), self.tr("Last active"), self.tr("Reviews due")]

    def learner_text(self, learner: Learner, row: Row, column: int, due: dict[str, DueCount]) -> str:
        if column == 0:
            return learner.name
        if column == 1:
            reasons = {
                Help.WRONG_IN_A_ROW: self.tr("Wrong answers in a row"),
                Help.INACTIVE: self.tr("Away for 2 weeks"),
            }
            return "; ".join(reasons[flag] for flag in row.needs_help)
        if column == 2:
            return self.digits(row.last_active.date().isoformat()) if row.last_active else self.tr("never")
        count = due.get(learner.id)
        if count is None or not count.due:
            return ""
        if count.overdue:
            return self.tr("{} ({} late)").format(self.digits(count.due), self.digits(count.overdue))
        return self.digits(count.due)

    def digits(self, value: object) -> str:
        return local_digits(value, self.context.lang)

    def status_text(self, status: Status) -> str:
        return {
            Status.NOT_STARTED: self.tr("Not started"),
            Status.IN_PROGRESS: self.tr("In progress (share of answers right)"),
            Status.MASTERED: self.tr("Mastered"),
            Status.DONE: self.tr("Done"),
        }[status]

    def _open_learner(self, index: QModelIndex) -> None:
        if index.column() != 0:
            return
        from trainer.ui.learner_detail import LearnerDetail

        self.detail: QDialog = LearnerDetail(self.context, self.model.learners[index.row()], self)
        self.detail.open()

    def _open_module(self, section: int) -> None:
        if section < FIXED_COLUMNS:
            return
        from trainer.ui.module_detail import ModuleDetail

        self.detail = ModuleDetail(self.context, self.model.modules[section - FIXED_COLUMNS], self)
        self.detail.open()

    def _open_charts(self) -> None:
        from trainer.reports.class_data import load_class
        from trainer.ui.class_charts import ClassCharts

        assert self.class_id is not None
        database = self.context.database
        data = load_class(database, self.context.library, self.class_id)
        reviews = overview.review_answers(database, [member.id for member in data.members])
        fading = fading_modules(reviews, datetime.now(UTC))
        self.detail = ClassCharts(data, fading, self.context.lang, self)
        self.detail.open()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who needs help?"))
        self.charts_button.setText(self.tr("Charts and learning gain"))
        self.classes.setItemText(0, self.tr("All learners"))
        self.refresh()
