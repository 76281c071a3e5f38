"""Add learners to a class by typing or pasting a list, or opening a CSV file."""

from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.reports.wording import local_digits
from trainer.store.learners import Profile, add_learner, all_learners
from trainer.store.roster import AGE_GROUPS, Problem, parse_roster
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.widgets import avatars, button, fit_to_window, label


class AddLearners(QDialog):
    def __init__(self, context: AppContext, class_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add-learners")
        self.context, self.class_id = context, class_id
        self.added = 0
        self.setWindowTitle(self.tr("Add learners"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("roster")
        self.text.textChanged.connect(self._recheck)
        self.text.setPlaceholderText("Sokha, female, 15-24\nDara, male, 31\nសុខា\n")
        self.consent = QCheckBox(self.tr("These learners agreed that their gender and age group be recorded"))
        self.consent.setObjectName("consent")
        self.message = message_label()
        open_file = button(self.tr("Open a CSV file…"))
        open_file.clicked.connect(self._open_file)
        self.add_button = button(self.tr("Add"), primary=True)
        self.add_button.setObjectName("add-roster")
        self.add_button.clicked.connect(self.add)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(open_file)
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "One learner per line: name, then gender (female, male or other) and age group "
                    "({}) if you wish. Learners choose their picture code the first time they sign in."
                ).format(", ".join(AGE_GROUPS))
            )
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(self.consent)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_window(self, 720, 520)

    def _open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a class list"), "", "CSV (*.csv *.txt)")
        if not name:
            return
        try:
            self.text.setPlainText(Path(name).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            self.message.setText(
                self.tr("This file could not be read. Save it as CSV (UTF-8) and try again.")
            )

    def _problem(self, problem: Problem) -> str:
        if problem.field == "gender":
            text = self.tr(
                "Line {}: gender '{}' is not clear. Write female, male or other, or leave it empty."
            )
        else:
            text = self.tr(
                "Line {}: age group '{}' is not clear. Write an age or one of {}, or leave it empty."
            )
        return text.format(
            local_digits(problem.line, self.context.lang), problem.value, ", ".join(AGE_GROUPS)
        )

    def _problems(self) -> str:
        entries, problems = parse_roster(self.text.toPlainText())
        if problems:
            return "\n".join(map(self._problem, problems))
        return "" if entries else self.tr("Type at least one name.")

    def _recheck(self) -> None:
        """As the list is corrected, its remaining problems show, and none once all are fixed."""
        if self.message.kind() == "error":
            self.message.setText(self._problems())

    def add(self) -> None:
        """Add everyone, or no one if a line cannot be read, so nothing is added twice on a retry."""
        if problems := self._problems():
            self.message.setText(problems)
            return
        entries, _ = parse_roster(self.text.toPlainText())
        taken = Counter(learner.avatar for learner in all_learners(self.context.database))
        for entry in entries:
            profile = Profile(self.class_id, entry.gender, entry.age_group, self.consent.isChecked())
            picture = least_used(taken)
            taken[picture] += 1
            add_learner(self.context.database, entry.name, picture, None, profile)
        self.added = len(entries)
        self.accept()


def least_used(taken: Counter[str]) -> str:
    """A picture no learner on this PC has yet, when one is left; else one of the least used."""
    return min(avatars(), key=lambda picture: taken[picture])
