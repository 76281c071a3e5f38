"""A module's difficult questions: how many answered wrong, and the wrong answer most chosen."""

from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from trainer.course.model import Module, pick
from trainer.learning.responses import describe
from trainer.operations.details import difficult_of
from trainer.reports.wording import local_digits
from trainer.ui.answers.choices import option_names
from trainer.ui.context import AppContext
from trainer.ui.tables import fit_columns
from trainer.ui.widgets import button, fit_to_window, label


class ModuleDetail(QDialog):
    def __init__(self, context: AppContext, module: Module, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("module-detail")
        lang = context.lang
        self.setWindowTitle(pick(module.title, lang))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Answers"),
                self.tr("Wrong"),
                self.tr("Wrong answer chosen most"),
                self.tr("Very sure, but wrong"),
            ]
        )
        for found in difficult_of(context.database, module):
            question, difficulty, sure = found.question, found.difficulty, found.sure_but_wrong
            common = difficulty.most_chosen_wrong
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [
                pick(question.prompt, lang),
                local_digits(difficulty.answers, lang),
                local_digits(f"{difficulty.share_wrong:.0%}", lang),
                f"{describe(question, common[0], lang, option_names())} ({local_digits(common[1], lang)})"
                if common
                else "",
                local_digits(sure, lang),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.table, stretch=(0, 3))  # the question, the wrong answer chosen most
        self.table.verticalHeader().hide()
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label(pick(module.title, lang), role="heading"))
        layout.addWidget(label(self.tr("The questions most often answered wrong come first.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        fit_to_window(self, 1100, 640)
