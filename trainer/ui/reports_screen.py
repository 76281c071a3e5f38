"""Reports: a class's progress and answers as CSV, the class report and certificates as PDF."""

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QGridLayout, QVBoxLayout

from trainer import LANGUAGES
from trainer.course.model import pick
from trainer.reports import ReportKind
from trainer.reports.certificate import certificates, write_certificates
from trainer.reports.class_data import ClassData, class_answers, load_class
from trainer.reports.class_report import write_class_report
from trainer.reports.csv_export import write_answers_csv, write_progress_csv
from trainer.reports.report_pictures import class_charts
from trainer.reports.wording import Wording
from trainer.store.classes import all_classes
from trainer.store.settings import get_setting
from trainer.ui.background import Progress, run_in_background
from trainer.ui.context import AppContext
from trainer.ui.facilitator_settings import LANGUAGE_NAMES
from trainer.ui.message import message_label
from trainer.ui.widgets import Screen, button, label

Work = Callable[[Progress], Any]
log = logging.getLogger("trainer")


class ReportsScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        assert context.facilitator is not None, "only in the facilitator area"
        self.facilitator = context.facilitator
        self.heading = label(role="heading")
        self.classes = QComboBox()
        self.classes.setObjectName("report-class")
        for each in all_classes(context.database):
            self.classes.addItem(each.name, each.id)
        self.language = QComboBox()
        self.language.setObjectName("report-language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(context.lang))
        self.curriculum = QComboBox()
        self.curriculum.setObjectName("report-curriculum")
        for curriculum in context.library.curricula:
            self.curriculum.addItem(pick(curriculum.title, context.lang), curriculum.id)
        self.labels = [label() for _ in range(3)]
        form = QFormLayout()
        for text, field in zip(self.labels, (self.classes, self.language, self.curriculum), strict=True):
            form.addRow(text, field)
        self.buttons = {kind: button(primary=kind == ReportKind.CLASS_REPORT) for kind in ReportKind}
        actions = QGridLayout()
        for index, (name, widget) in enumerate(self.buttons.items()):
            widget.setObjectName(name)
            widget.clicked.connect(lambda _=False, n=name: self.save(n))
            actions.addWidget(widget, index // 2, index % 2)
        self.note = label(role="quiet")
        self.message = message_label()
        self.message.setObjectName("report-message")
        self.problem = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.problem)
        layout.addStretch()
        self.retranslate()

    def save(self, kind: ReportKind) -> None:
        """Ask where to save, then write in the background behind a progress bar."""
        class_id = self.classes.currentData()
        if not class_id:
            self.problem.setText(self.tr("Make a class first (Classes and learners)."))
            return
        suffix = kind.suffix
        name = f"{self.classes.currentText()}-{kind}.{suffix}".replace("/", "-")
        kinds = f"{suffix.upper()} (*.{suffix})"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), name, kinds)
        if chosen:
            self.write(kind, Path(chosen), str(class_id))

    def write(self, kind: ReportKind, path: Path, class_id: str) -> None:
        context, language = self.context, str(self.language.currentData())
        data = load_class(context.database, context.library, class_id)
        self.message.clear()
        self.problem.clear()
        if kind == ReportKind.CERTIFICATES and not certificates(data, str(self.curriculum.currentData())):
            self.problem.setText(
                self.tr("No one in this class has mastered a module of this curriculum yet.")
            )
            return
        run_in_background(
            self,
            self.tr("Writing {}…").format(path.name),
            self._work(kind, path, data, language),
            lambda _: self._saved(kind, path),
            lambda error: self.problem.setText(self.tr("Could not save: {}").format(error)),
        )

    def _saved(self, kind: ReportKind, path: Path) -> None:
        log.info("%s saved: %s", kind.value, path)
        self.message.setText(self.tr("Saved: {}").format(path), "success")

    def _work(self, kind: ReportKind, path: Path, data: ClassData, language: str) -> Work:
        centre = get_setting(self.context.database, "centre")
        if kind == ReportKind.PROGRESS_CSV:
            return lambda progress: write_progress_csv(path, data, language, progress)
        answers = class_answers(self.context.database, data)
        if kind == ReportKind.ANSWERS_CSV:
            return lambda progress: write_answers_csv(path, data, answers, language, progress)
        words = Wording(language)
        if kind == ReportKind.CLASS_REPORT:
            charts = class_charts(data, words)  # drawn here: charts need the main thread
            by = self.facilitator.name
            return lambda progress: write_class_report(
                path, data, answers, words, charts, by, centre, progress
            )
        found = certificates(data, str(self.curriculum.currentData()))
        today = date.today()
        return lambda progress: write_certificates(
            path, found, words, today, centre, self.facilitator.name, progress
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports and certificates"))
        self.note.setText(
            self.tr("CSV files open in a spreadsheet. PDF files print as they are, in the language chosen.")
        )
        for widget, text in zip(
            self.labels, (self.tr("Class"), self.tr("Language"), self.tr("Certificates for")), strict=True
        ):
            widget.setText(text)
        texts = {
            ReportKind.PROGRESS_CSV: self.tr("Progress (CSV)…"),
            ReportKind.ANSWERS_CSV: self.tr("Every answer (CSV)…"),
            ReportKind.CLASS_REPORT: self.tr("Class report (PDF)…"),
            ReportKind.CERTIFICATES: self.tr("Certificates (PDF)…"),
        }
        for name, action in self.buttons.items():
            action.setText(texts[name])
