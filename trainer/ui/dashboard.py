"""The dashboard: who is stuck, and on what, in one glance.

A row per learner: why they need help, when they last came, and a strip of
squares, one per module, coloured by status. Click a learner for their answers; click a
module's square for its difficult questions. It fits a netbook: nothing scrolls sideways.
"""

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout

from trainer.course.model import Module, pick
from trainer.learning.dashboard import Help, Row, fading_modules
from trainer.learning.progress import Status
from trainer.operations.dashboard import Dashboard, dashboard_of
from trainer.reports.wording import local_digits
from trainer.store import events
from trainer.store.classes import all_classes
from trainer.store.learners import Learner
from trainer.ui.context import AppContext
from trainer.ui.progress_strip import CELLS_ROLE, ProgressStrip
from trainer.ui.widgets import Screen, button, label

FIXED_COLUMNS = 3
"""Learner, needs help, last came; then the modules' strip. Reviews due are in the learner's
detail: counted for every learner, they drowned who needs help."""
Index = QModelIndex | QPersistentModelIndex


class GridModel(QAbstractTableModel):
    """Learners by modules; texts come from the screen so they follow the language."""

    def __init__(self, screen: "DashboardScreen") -> None:
        super().__init__()
        self.screen = screen
        self.shown = Dashboard([], [], [], datetime.now(UTC))

    def reset(self, shown: Dashboard) -> None:
        self.beginResetModel()
        self.shown = shown
        self.endResetModel()

    @property
    def modules(self) -> list[Module]:
        return self.shown.modules

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return len(self.shown.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return FIXED_COLUMNS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.screen.column_titles()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.shown.rows[index.row()]
        column = index.column()
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.screen.learner_text(self.shown.learners[index.row()], row, column, self.shown.now)
            if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.needs_help:
                return QBrush(QColor("#c0392b"))
            return None
        if role != CELLS_ROLE:
            return None
        cells = [row.cells[module.id] for module in self.modules]
        return [(cell.status, cell.right / cell.answers if cell.answers else None) for cell in cells]


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
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIXED_COLUMNS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.strip = ProgressStrip(self.square_text, self.table)
        self.strip.module_clicked.connect(self._open_module)
        self.table.setItemDelegateForColumn(FIXED_COLUMNS, self.strip)
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
        shown = dashboard_of(self.context.database, self.context.library, self.class_id, datetime.now(UTC))
        self.model.reset(shown)
        self.charts_button.setEnabled(self.class_id is not None)
        lang = self.context.lang
        self.summary.setText(
            self.tr("{} learners; {} need help. Click a learner or a module for more.").format(
                local_digits(len(shown.rows), lang), local_digits(shown.needing_help, lang)
            )
        )

    def column_titles(self) -> list[str]:
        return [
            self.tr("Learner"),
            self.tr("Needs help"),
            self.tr("Last came"),
            self.tr("Modules"),
        ]

    def learner_text(self, learner: Learner, row: Row, column: int, now: datetime) -> str:
        if column == 0:
            return learner.name
        if column == 1:
            reasons = {
                Help.WRONG_IN_A_ROW: self.tr("Wrong answers in a row"),
                Help.INACTIVE: self.tr("Away for 2 weeks"),
            }
            return "\n".join(reasons[flag] for flag in row.needs_help)
        if row.last_active is None:
            return self.tr("never")
        days = (now.date() - row.last_active.date()).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("{} days ago").format(self.digits(days))

    def digits(self, value: object) -> str:
        return local_digits(value, self.context.lang)

    def status_text(self, status: Status) -> str:
        return {
            Status.NOT_STARTED: self.tr("Not started"),
            Status.IN_PROGRESS: self.tr("In progress"),
            Status.MASTERED: self.tr("Mastered"),
            Status.DONE: self.tr("Done"),
        }[status]

    def _open_learner(self, index: QModelIndex) -> None:
        if index.column() != 0:
            return
        from trainer.ui.learner_detail import LearnerDetail

        self.detail: QDialog = LearnerDetail(self.context, self.model.shown.learners[index.row()], self)
        self.detail.open()

    def square_text(self, number: int, status: Status, share: float | None) -> str:
        """A square's tooltip: the module's number and title, its status, and the share right."""
        module, lang = self.model.modules[number], self.context.lang
        text = self.status_text(status)
        if share is not None and status == Status.IN_PROGRESS:
            text = self.tr("In progress, {} of answers right").format(self.digits(f"{round(share * 100)}%"))
        return f"{self.digits(number + 1)}. {pick(module.title, lang)}: {text}"

    def _open_module(self, number: int) -> None:
        from trainer.ui.module_detail import ModuleDetail

        self.detail = ModuleDetail(self.context, self.model.modules[number], self)
        self.detail.open()

    def _open_charts(self) -> None:
        from trainer.reports.class_data import load_class
        from trainer.ui.class_charts import ClassCharts

        assert self.class_id is not None
        database = self.context.database
        data = load_class(database, self.context.library, self.class_id)
        reviews = events.review_answers(database, [member.id for member in data.members])
        fading = fading_modules(reviews, datetime.now(UTC))
        self.detail = ClassCharts(data, fading, self.context.lang, self)
        self.detail.open()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who needs help?"))
        self.charts_button.setText(self.tr("Charts and learning gain"))
        self.legend.setText(
            self.tr(
                "Each square is a module: ✓ mastered; filled from the bottom: in progress, by the"
                " share of answers right; empty: not started. Point at a square for its module;"
                " click it for the module's difficult questions."
            )
        )
        self.classes.setItemText(0, self.tr("All learners"))
        self.refresh()
