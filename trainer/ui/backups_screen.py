"""Backups, for the facilitator: the automatic ones, a backup to a USB stick, and restore with a
confirmation that says what will be replaced. Also what happened if the records were damaged."""

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.reports.wording import local_digits
from trainer.store.backup import Backup, backups_folder, backups_in, make_backup
from trainer.store.recovery import Found, Notice, dismiss_notices, pending_notices
from trainer.store.restore import RestoreError, RestorePlan, plan_restore, restore
from trainer.ui.background import run_in_background
from trainer.ui.context import AppContext
from trainer.ui.layouts import at_left, flow_row
from trainer.ui.message import message_label
from trainer.ui.refusals import refusal_text
from trainer.ui.widgets import Screen, WrapButton, label, shown_as_written

log = logging.getLogger(__name__)


def when(moment: datetime | str, language: str) -> str:
    """A UTC time as the facilitator reads it: local time, month in words."""
    stamp = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    local = QDateTime.fromSecsSinceEpoch(int(stamp.timestamp()))
    return local_digits(QLocale(language).toString(local, "d MMMM yyyy, HH:mm"), language)


def notice_text(notice: Notice, language: str) -> str:
    """What the facilitator is told after records were found damaged, missing or empty at start."""
    translate = QCoreApplication.translate
    found = {
        Found.DAMAGED: translate(
            "BackupsScreen", "On {}, the learners' records on this computer were found damaged."
        ),
        Found.MISSING: translate(
            "BackupsScreen",
            "On {}, the learners' records on this computer were missing: their file had been deleted "
            "or moved.",
        ),
        Found.EMPTY: translate(
            "BackupsScreen",
            "On {}, the learners' records on this computer were found empty: a failing disk or USB "
            "stick can do this.",
        ),
    }[notice.found]
    if notice.backup_made_at is None:
        lost = translate(
            "BackupsScreen", "There was no backup to bring back, so the trainer started with no records."
        )
    else:
        lost = translate(
            "BackupsScreen",
            "The backup of {} was brought back (learners {}, answers {}). "
            "What learners did on this computer after that time is lost.",
        ).format(
            when(notice.backup_made_at, language),
            local_digits(notice.learners, language),
            local_digits(notice.answers, language),
        )
    text = f"{found.format(when(notice.found_at, language))} {lost}"
    if notice.set_aside_as:
        kept = translate("BackupsScreen", "The damaged file is kept in the data folder as {}.")
        text += f" {kept.format(notice.set_aside_as)}"
    return text


class BackupsScreen(Screen):
    restored = Signal()
    """The records were replaced by a backup's: learners and progress may all have changed."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.backups: list[Backup] = []
        self.title = label(role="title")
        self.notices = label(role="message")
        self.notices.setObjectName("recovery-notices")
        self.dismiss_button = WrapButton()
        self.dismiss_button.setObjectName("dismiss-notices")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.about = label(role="quiet")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("backups")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.to_folder_button = WrapButton(primary=True)
        self.to_folder_button.setObjectName("back-up-to-folder")
        self.to_folder_button.clicked.connect(self.back_up_to_folder)
        self.restore_chosen_button = WrapButton()
        self.restore_chosen_button.setObjectName("restore-chosen")
        self.restore_chosen_button.clicked.connect(self.restore_chosen)
        self.restore_file_button = WrapButton()
        self.restore_file_button.setObjectName("restore-from-file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.status = message_label(centred=False)
        self.status.setObjectName("backup-status")

        actions = flow_row(self.to_folder_button, self.restore_chosen_button, self.restore_file_button)
        self.notice_box = QWidget()
        notice_layout = QVBoxLayout(self.notice_box)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(self.notices)
        notice_layout.addLayout(at_left(self.dismiss_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.notice_box)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.refresh()

    @property
    def database_path(self) -> Path:
        return self.context.database.path

    def refresh(self) -> None:
        """List the automatic backups, newest first, and any notice of damaged records."""
        self.backups = backups_in(backups_folder(self.database_path))
        self.table.setRowCount(len(self.backups))
        self.retranslate()

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_chosen_button.setEnabled(self.chosen() is not None)

    def dismiss(self) -> None:
        dismiss_notices(self.context.database)
        self.retranslate()

    def back_up_to_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder, for example on a USB stick")
        )
        if not chosen:
            return
        folder, database = Path(chosen), self.context.database
        run_in_background(
            self,
            self.tr("Backing up…"),
            lambda progress: make_backup(database, folder),
            lambda backup: self.status.setText(self.tr("Backed up to {}").format(backup.path), "success"),
            lambda error: self._backup_failed(folder, error),
        )

    def _backup_failed(self, folder: Path, error: Exception) -> None:
        log.warning("the backup to %s failed: %r", folder, error)
        text = self.tr("The backup could not be written to {}. Is the USB stick full or locked?")
        QMessageBox.warning(self, self.tr("Back up"), shown_as_written(f"{text.format(folder)}\n\n{error}"))

    def restore_chosen(self) -> None:
        backup = self.chosen()
        if backup is not None:
            self.confirm_restore(backup.path)

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(backups_folder(self.database_path)),
            self.tr("Trainer backups (*.db);;All files (*)"),
        )
        if chosen:
            self.confirm_restore(Path(chosen))

    def confirm_restore(self, source: Path) -> None:
        """Say what the backup holds and what it replaces; restore only if the facilitator agrees."""
        try:
            plan = plan_restore(self.context.database, source)
        except RestoreError as refused:
            self.refuse(refused)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            shown_as_written(self.replacing(plan)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.context.database
        run_in_background(
            self,
            self.tr("Restoring…"),
            lambda progress: restore(database, plan),
            lambda safety: self._restored(plan),
            self._restore_failed,
        )

    def replacing(self, plan: RestorePlan) -> str:
        lang = self.context.lang
        return "\n\n".join(
            (
                self.tr("Restore the backup made on {}?").format(when(plan.made_at, lang)),
                self.tr("In the backup: learners {}, answers {}.").format(
                    plan.backup.learners, plan.backup.answers
                ),
                self.tr("On this computer now: learners {}, answers {}.").format(
                    plan.current.learners, plan.current.answers
                ),
                self.tr(
                    "All the records on this computer will be replaced by the backup's: "
                    "what was done after the backup was made will be gone."
                ),
                self.tr("A copy of the records now on this computer is kept first, in the backups folder."),
            )
        )

    def _restored(self, plan: RestorePlan) -> None:
        self.status.setText(
            self.tr("Restored the backup made on {}.").format(when(plan.made_at, self.context.lang)),
            "success",
        )
        self.refresh()
        self.restored.emit()

    def _restore_failed(self, error: Exception) -> None:
        if isinstance(error, RestoreError):
            self.refuse(error)
        else:
            log.warning("restoring failed: %r", error)
            QMessageBox.warning(
                self,
                self.tr("Restore a backup"),
                shown_as_written(self.tr("Restoring failed: {}").format(error)),
            )

    def refuse(self, refused: RestoreError) -> None:
        log.warning("restore refused (%s): %s", refused.reason.value, refused)
        words = refusal_text(refused, self.context.lang)
        unchanged = self.tr("Nothing was changed.")
        text = f"{words}\n\n{unchanged}\n\n{refused.path}"
        QMessageBox.warning(self, self.tr("Cannot restore"), shown_as_written(text))

    def retranslate(self) -> None:
        notices = pending_notices(self.context.database)
        self.notice_box.setVisible(bool(notices))
        self.notices.setText("\n\n".join(notice_text(notice, self.context.lang) for notice in notices))
        self.dismiss_button.setText(self.tr("I have read this"))
        self.title.setText(self.tr("Backups"))
        self.about.setText(
            self.tr(
                "The trainer backs up the learners' records by itself when it starts and when it "
                "closes, at most once every 30 minutes. It keeps one backup for each of the last 7 days, "
                "4 weeks and 12 months. These are its backups, newest first:"
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size")])
        locale = QLocale(self.context.lang)
        for row, backup in enumerate(self.backups):
            self.table.setItem(row, 0, QTableWidgetItem(when(backup.made_at, self.context.lang)))
            size = locale.formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            self.table.setItem(row, 1, QTableWidgetItem(local_digits(size, self.context.lang)))
        self.to_folder_button.setText(self.tr("Back up now to a folder (USB)…"))
        self.restore_chosen_button.setText(self.tr("Restore the chosen backup…"))
        self.restore_chosen_button.setEnabled(self.chosen() is not None)
        self.restore_file_button.setText(self.tr("Restore from a file…"))
