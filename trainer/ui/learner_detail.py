"""One learner's answers, newest first, with time spent and hints used; their reviews due;
and a code reset."""

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.course.model import pick
from trainer.learning.responses import describe
from trainer.operations.details import learner_answers
from trainer.reports.wording import local_digits
from trainer.store.learners import Learner, reset_code
from trainer.store.reviews import DueCount
from trainer.ui.answers.choices import option_names
from trainer.ui.context import AppContext
from trainer.ui.tables import fit_columns
from trainer.ui.widgets import button, fit_to_window, label, shown_as_written


class LearnerDetail(QDialog):
    def __init__(self, context: AppContext, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learner-detail")
        self.context, self.learner = context, learner
        self.setWindowTitle(learner.name)
        lang, library = context.lang, context.library
        shown = learner_answers(context.database, library, learner.id, datetime.now(UTC))
        answers = shown.answers
        self.table = QTableWidget(len(answers), 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Module"),
                self.tr("Question"),
                self.tr("Answer"),
                self.tr("Right?"),
                self.tr("Seconds"),
                self.tr("Hint used"),
            ]
        )
        for row, (event, module, question) in enumerate(answers):
            cells = [
                local_digits(event.timestamp[:16].replace("T", " "), lang),
                pick(module.title, lang) if module else event.module_id,
                pick(question.prompt, lang) if question else event.object_id,
                describe(question, event.result.get("response"), lang, option_names()),
                self.tr("yes") if event.result.get("success") else self.tr("no"),
                local_digits(round(int(event.result.get("duration_ms", 0)) / 1000), lang),
                self.tr("yes") if event.context.get("hint_used") else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.table, stretch=(1, 2, 3))  # module, question, answer: long texts
        self.table.verticalHeader().hide()
        self.reset_button = button(self.tr("Reset picture code"))
        self.reset_button.setObjectName("reset-code")
        self.reset_button.clicked.connect(self._reset_code)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(label(learner.name, role="heading"))
        layout.addWidget(
            label(self.tr("{} answers, newest first.").format(local_digits(len(answers), self.context.lang)))
        )
        self.reviews = label(self._reviews_text(shown.reviews))
        self.reviews.setObjectName("learner-reviews")
        layout.addWidget(self.reviews)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_to_window(self, 1200, 640)

    def _reviews_text(self, count: DueCount | None) -> str:
        lang = self.context.lang
        if count is None:
            return self.tr("No reviews due.")
        return self.tr("Reviews due: {} questions, {} of them late.").format(
            local_digits(count.due, lang), local_digits(count.overdue, lang)
        )

    def _reset_code(self) -> None:
        sure = QMessageBox.question(
            self,
            self.tr("Reset picture code"),
            shown_as_written(
                self.tr("{} will choose new pictures the next time they sign in. Reset the code?").format(
                    self.learner.name
                )
            ),
        )
        if sure == QMessageBox.StandardButton.Yes:
            reset_code(self.context.database, self.learner.id)
            self.reset_button.setEnabled(False)
            self.reset_button.setText(self.tr("Code reset: new pictures at next sign-in"))
