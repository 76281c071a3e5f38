"""Facilitators move progress between PCs: export to a USB folder, import a bundle file, and
see the versions kept when two PCs changed the same record at once."""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QProgressDialog,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.reports.wording import local_digits
from trainer.sync.export import Exported, bundle_name, export_progress
from trainer.sync.merge import Imported, import_all
from trainer.sync.refusal import BundleError, BundleRefusal
from trainer.ui.background import Progress, run_in_background
from trainer.ui.centre_key_panel import CentreKeyPanel
from trainer.ui.context import AppContext
from trainer.ui.kept_versions import KeptVersions
from trainer.ui.message import message_label
from trainer.ui.refusals import refusal_text
from trainer.ui.widgets import Screen, WrapButton, icon, label

KEY_REFUSALS = {BundleRefusal.NO_CENTRE_KEY, BundleRefusal.OTHER_CENTRE}
"""Refusals that making or joining the right centre key fixes."""

log = logging.getLogger(__name__)


def _section(*widgets: QWidget | QHBoxLayout | QVBoxLayout) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    for number, widget in enumerate(widgets):
        if number == len(widgets) - 1:
            layout.addStretch()  # the buttons of both sections line up at the bottom
        if isinstance(widget, (QHBoxLayout, QVBoxLayout)):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget)
    return frame


class ProgressTransferScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.dialog: QProgressDialog | None = None
        self.title = label(role="title")
        self.intro = label(role="quiet")
        self.centre_key = CentreKeyPanel(context)
        self.centre_key.key_changed.connect(self._key_changed)
        self._key_refusal = False
        """The summary says a file was refused for want of this centre's key: a new key fixes that."""
        self.export_heading = label(role="heading")
        self.only_new = QRadioButton()
        self.only_new.setObjectName("export-new")
        self.only_new.setChecked(True)
        self.everything = QRadioButton()
        self.everything.setObjectName("export-all")
        for radio in (self.only_new, self.everything):
            radio.setMinimumHeight(44)
        choice = QVBoxLayout()  # one under the other: side by side they are cut in half a page
        choice.addWidget(self.only_new)
        choice.addWidget(self.everything)
        self.export_button = WrapButton(icon_=icon("ui", "next-light"), primary=True)
        self.export_button.setObjectName("export-progress")
        self.export_button.clicked.connect(self.export)
        self.import_heading = label(role="heading")
        self.import_button = WrapButton(icon_=icon("ui", "plus-light"), primary=True)
        self.import_button.setObjectName("import-progress")
        self.import_button.clicked.connect(self.import_file)
        self.summary = message_label(centred=False)
        self.summary.setObjectName("transfer-summary")
        self.summary.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.words.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary_area = QScrollArea()  # a line for each of many files
        summary_area.setWidget(self.summary)
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QFrame.Shape.NoFrame)
        summary_area.setMaximumHeight(230)
        self.kept = KeptVersions(context)

        moves = QHBoxLayout()
        moves.addWidget(_section(self.export_heading, choice, self.export_button), 1)
        moves.addWidget(_section(self.import_heading, self.import_button), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.centre_key)
        layout.addLayout(moves)
        layout.addWidget(summary_area)
        layout.addWidget(self.kept, 1)
        self.retranslate()

    def _busy(self, title: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None]) -> None:
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.dialog = run_in_background(self, title, work, on_done, self._failed)

    def _idle(self) -> None:
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.dialog = None

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if not folder:
            return
        path = Path(folder) / bundle_name(self.context.database)
        everything = self.everything.isChecked()

        def work(progress: Progress) -> Exported:
            return export_progress(self.context.database, path, everything=everything)

        self._busy(self.tr("Exporting progress…"), work, self._exported)

    def import_file(self) -> None:
        """Import one or several bundles (say, one from each PC, gathered on a USB stick)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose progress files"), "", self.tr("Progress files (*.zip)")
        )
        if not paths:
            return

        def work(progress: Progress) -> list[tuple[Path, Imported | BundleError]]:
            return import_all(self.context.database, [Path(path) for path in paths], progress)

        self._busy(self.tr("Importing progress…"), work, self._imported)

    def _exported(self, exported: Exported) -> None:
        self._idle()
        counts = exported.manifest.counts
        text = self.tr("Saved {}: {} events and {} learners. Import this file on the other PC.")
        self._say(
            text.format(exported.path.name, self._digits(counts["events"]), self._digits(counts["learners"]))
        )

    def _imported(self, results: list[tuple[Path, Imported | BundleError]]) -> None:
        self._idle()
        for path, result in results:
            if isinstance(result, BundleError):
                log.warning("progress bundle %s refused (%s): %s", path, result.reason.value, result)
        done = [result for _, result in results if isinstance(result, Imported)]
        if len(results) == 1:
            [(_, result)] = results
            lines = self._summary_of(result) if isinstance(result, Imported) else [self._not_done(result)]
        else:
            events = sum(imported.events_added for imported in done)
            lines = [
                self.tr("Files imported: {} of {}. New events: {}.").format(
                    self._digits(len(done)), self._digits(len(results)), self._digits(events)
                )
            ]
            for path, result in results:
                if isinstance(result, BundleError):
                    lines.append(f"{path.name}: {self._not_done(result)}")
                    continue
                line = self.tr("{} new events from PC {}.").format(
                    self._digits(result.events_added), result.source_pc[:8]
                )
                gap = " " + self._gap() if result.gap else ""
                lines.append(f"{path.name}: {line}{gap}")
            if same_id := sum(imported.same_id for imported in done):
                lines.append(self._same_id_line(same_id))
            if kept := sum(imported.kept for imported in done):
                lines.append(self._kept_line(kept))
        refusals = [result.reason for _, result in results if isinstance(result, BundleError)]
        self._say("\n".join(lines), problem=not done, key_refusal=not done and set(refusals) <= KEY_REFUSALS)
        self.kept.refresh()

    def _not_done(self, error: BundleError) -> str:
        return self.tr("Not done: {} Nothing was changed.").format(refusal_text(error, self.context.lang))

    def _same_id_line(self, same_id: int) -> str:
        return (
            self.tr("{} records had the same id as different ones here; both are kept.").format(
                self._digits(same_id)
            )
            + " "
            + self.tr("Every PC uses the same one of them.")
        )

    def _kept_line(self, kept: int) -> str:
        return (
            self.tr("{} records were changed on two PCs at once.").format(self._digits(kept))
            + " "
            + self.tr("The newer change is used; the other is listed below.")
        )

    def _gap(self) -> str:
        return (
            self.tr("This PC lacks that PC's earlier progress.")
            + " "
            + self.tr("On that PC, export everything and import it here.")
        )

    def _digits(self, number: object) -> str:
        """A count as the reader writes it: Khmer digits in Khmer; codes and file names stay Latin."""
        return local_digits(number, self.context.lang)

    def _summary_of(self, imported: Imported) -> list[str]:
        records = imported.records
        lines = [
            self.tr("Imported progress from PC {}: {} new events ({} were here already).").format(
                imported.source_pc[:8],
                self._digits(imported.events_added),
                self._digits(imported.events_known),
            ),
            self.tr("Learners: {} new, {} updated. Classes: {} new, {} updated. Assignments: {} new.").format(
                *(
                    self._digits(number)
                    for number in (
                        records["learners"].added,
                        records["learners"].updated,
                        records["classes"].added,
                        records["classes"].updated,
                        records["assignments"].added,
                    )
                )
            ),
        ]
        if imported.same_id:
            lines.append(self._same_id_line(imported.same_id))
        if imported.kept:
            lines.append(self._kept_line(imported.kept))
        if imported.gap:
            lines.append(self._gap())
        return lines

    def _failed(self, error: Exception) -> None:
        self._idle()
        if isinstance(error, BundleError):
            log.warning("progress refused (%s): %s", error.reason.value, error)
            self._say(self._not_done(error), problem=True, key_refusal=error.reason in KEY_REFUSALS)
            return
        log.warning("moving progress failed: %r", error)
        reason = str(error) if isinstance(error, OSError) else repr(error)
        self._say(self.tr("Not done: {} Nothing was changed.").format(reason), problem=True)

    def _say(self, text: str, problem: bool = False, key_refusal: bool = False) -> None:
        self.summary.setText(text, "error" if problem else "success")
        self._key_refusal = key_refusal

    def _key_changed(self) -> None:
        if self._key_refusal:
            self.summary.clear_error()
            self._key_refusal = False

    def retranslate(self) -> None:
        self.title.setText(self.tr("Move progress between PCs"))
        self.intro.setText(
            self.tr("Take learners' progress to another PC on a USB stick, or bring it from one.")
            + " "
            + self.tr("Importing a file twice changes nothing.")
        )
        self.export_heading.setText(self.tr("Export progress to a folder (USB)"))
        self.only_new.setText(self.tr("Only what other PCs do not have"))
        self.everything.setText(self.tr("Everything"))
        self.export_button.setText(self.tr("Choose a folder and export"))
        self.import_heading.setText(self.tr("Import progress from files"))
        self.import_button.setText(self.tr("Choose files and import"))
        self.kept.retranslate()
