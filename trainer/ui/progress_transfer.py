"""Facilitators move progress between PCs: export to a USB folder, import a bundle file, and
see the versions kept when two PCs changed the same record at once."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trainer.store.versions import KeptVersion, kept_versions
from trainer.sync.bundle import BundleError
from trainer.sync.export import Exported, bundle_name, export_progress
from trainer.sync.merge import Imported, import_all
from trainer.ui.background import Progress, run_in_background
from trainer.ui.context import AppContext
from trainer.ui.widgets import Screen, button, icon, label, set_role


def _section(*widgets: QWidget | QHBoxLayout) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    for number, widget in enumerate(widgets):
        if number == len(widgets) - 1:
            layout.addStretch()  # the buttons of both sections line up at the bottom
        if isinstance(widget, QHBoxLayout):
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
        self.export_heading = label(role="heading")
        self.only_new = QRadioButton()
        self.only_new.setObjectName("export-new")
        self.only_new.setChecked(True)
        self.everything = QRadioButton()
        self.everything.setObjectName("export-all")
        for radio in (self.only_new, self.everything):
            radio.setMinimumHeight(44)
        choice = QHBoxLayout()
        choice.addWidget(self.only_new)
        choice.addWidget(self.everything)
        choice.addStretch()
        self.export_button = button(icon_=icon("ui", "next"), primary=True)
        self.export_button.setObjectName("export-progress")
        self.export_button.clicked.connect(self.export)
        self.import_heading = label(role="heading")
        self.import_button = button(icon_=icon("ui", "plus"), primary=True)
        self.import_button.setObjectName("import-progress")
        self.import_button.clicked.connect(self.import_file)
        self.summary = label()
        self.summary.setObjectName("transfer-summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept_heading = label(role="heading")
        self.kept_note = label(role="quiet")
        self.kept_list = QListWidget()
        self.kept_list.setObjectName("kept-versions")
        self.kept_list.setWordWrap(True)

        moves = QHBoxLayout()
        moves.addWidget(_section(self.export_heading, choice, self.export_button), 1)
        moves.addWidget(_section(self.import_heading, self.import_button), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(moves)
        layout.addWidget(self.summary)
        layout.addWidget(self.kept_heading)
        layout.addWidget(self.kept_note)
        layout.addWidget(self.kept_list, 1)
        self.kept: list[KeptVersion] = []
        self.show_kept()
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
        self._say(text.format(exported.path.name, counts["events"], counts["learners"]))

    def _imported(self, results: list[tuple[Path, Imported | BundleError]]) -> None:
        self._idle()
        several = len(results) > 1
        paragraphs = []
        for path, result in results:
            if isinstance(result, Imported):
                lines = self._summary_of(result)
            else:
                lines = [self.tr("Not done: {} Nothing was changed.").format(result)]
            paragraphs.append("\n".join([path.name, *lines] if several else lines))
        refused = all(isinstance(result, BundleError) for _, result in results)
        self._say("\n\n".join(paragraphs), problem=refused)
        self.show_kept()

    def _summary_of(self, imported: Imported) -> list[str]:
        records = imported.records
        lines = [
            self.tr("Imported progress from PC {}: {} new events ({} were here already).").format(
                imported.source_pc[:8], imported.events_added, imported.events_known
            ),
            self.tr("Learners: {} new, {} updated. Classes: {} new, {} updated. Assignments: {} new.").format(
                records["learners"].added,
                records["learners"].updated,
                records["classes"].added,
                records["classes"].updated,
                records["assignments"].added,
            ),
        ]
        if imported.kept:
            lines.append(
                self.tr("{} records were changed on two PCs at once.").format(imported.kept)
                + " "
                + self.tr("The newer change is used; the other is listed below.")
            )
        if imported.gap:
            lines.append(
                self.tr("This PC lacks that PC's earlier progress.")
                + " "
                + self.tr("On that PC, export everything and import it here.")
            )
        return lines

    def _failed(self, error: Exception) -> None:
        self._idle()
        reason = str(error) if isinstance(error, BundleError | OSError) else repr(error)
        self._say(self.tr("Not done: {} Nothing was changed.").format(reason), problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        self.summary.setText(text)
        set_role(self.summary, "role", "message" if problem else None)

    def show_kept(self) -> None:
        self.kept = kept_versions(self.context.database)
        self.retranslate()

    def _describe(self, kept: KeptVersion) -> str:
        kinds = {
            "learners": self.tr("Learner"),
            "classes": self.tr("Class"),
            "assignments": self.tr("Assignment"),
        }
        name = kept.current.get("name") or " / ".join(kept.key)
        fields = {
            "name": self.tr("name"),
            "avatar": self.tr("picture"),
            "position": self.tr("place in the list"),
            "target_date": self.tr("target date"),
            "class_id": self.tr("class"),
            "code_hash": self.tr("picture code"),
            "removed": self.tr("whether the module is assigned"),
        }
        shown = ("name", "avatar", "position", "target_date")
        changes = "; ".join(
            self.tr("{}: “{}” (now “{}”)").format(fields[field], old, new)
            if field in shown
            else self.tr("{} changed").format(fields.get(field, field))
            for field, (old, new) in kept.differences.items()
        )
        return self.tr("{} {} — kept from PC {}: {}").format(
            kinds[kept.kind], name, kept.version.pc[:8], changes
        )

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
        self.kept_heading.setText(self.tr("Changed on two PCs at once"))
        self.kept_note.setText(
            self.tr(
                "The newer change is used. The other one is kept here, so that you can put it back by hand."
            )
            if self.kept
            else self.tr("Nothing: no record was changed on two PCs at once.")
        )
        self.kept_list.clear()
        self.kept_list.addItems([self._describe(kept) for kept in self.kept])
        self.kept_list.setVisible(bool(self.kept))
