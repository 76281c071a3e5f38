"""Content packs, for the facilitator: install a signed pack from a USB stick, choose trusted keys."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from trainer.course.model import local_digits, pick
from trainer.packs.install import Change, Status, changes, install, remove
from trainer.packs.installed import (
    InstalledPack,
    installed_folders,
    installed_packs,
    packs_folder,
    remove_leftovers,
)
from trainer.packs.refusal import PackRefusedError
from trainer.packs.trust import trusted_key_set
from trainer.packs.unpack import CheckedPack, discard_folder, open_pack
from trainer.ui.background import Progress, run_in_background
from trainer.ui.context import AppContext
from trainer.ui.message import message_label
from trainer.ui.refusals import refusal_text
from trainer.ui.tables import read_only_table
from trainer.ui.trusted_keys import TrustedKeysPanel
from trainer.ui.widgets import Screen, button, icon, label, shown_as_written

log = logging.getLogger(__name__)


class PacksScreen(Screen):
    content_changed = Signal()
    """A pack was installed or removed: the library changed."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.data_dir = context.database.path.parent
        self.pending: CheckedPack | None = None
        self.changes: list[Change] = []
        remove_leftovers(self.data_dir)

        self.title = label(role="title")
        self.install_heading = label(role="heading")
        self.install_help = label(role="quiet")
        self.choose_button = button(primary=True)
        self.choose_button.setObjectName("choose-pack")
        self.choose_button.clicked.connect(self.choose_pack)
        self.message = message_label(centred=False)
        self.detail = label(role="quiet")
        self.done = label()
        self.summary = self._summary_panel()
        install_column = QVBoxLayout()
        install_column.addWidget(self.install_heading)
        install_column.addWidget(self.install_help)
        install_column.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.message, self.detail, self.done):
            install_column.addWidget(widget)
        install_column.addWidget(self.summary, 1)
        self.installed_heading = label(role="heading")
        self.installed = read_only_table(4, "installed-packs")
        header = self.installed.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        install_column.addWidget(self.installed_heading)
        install_column.addWidget(self.installed, 1)
        install_column.addStretch()

        self.keys_panel = TrustedKeysPanel(context)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(install_column, 3)
        columns.addWidget(self.keys_panel, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        self.retranslate()
        self._say()

    def _summary_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("card")
        self.signer = label(role="heading")
        self.version = label(role="quiet")
        self.modules = read_only_table(3, "pack-modules")
        self.modules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.downgrade = message_label(centred=False)
        self.install_button = button(icon_=icon("ui", "check-light"), primary=True)
        self.install_button.setObjectName("install-pack")
        self.install_button.clicked.connect(self.install_pending)
        self.cancel_button = button(icon_=icon("ui", "cross"))
        self.cancel_button.setObjectName("cancel-pack")
        self.cancel_button.clicked.connect(self.cancel_pending)
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(panel)
        for widget in (self.signer, self.version):
            layout.addWidget(widget)
        layout.addWidget(self.modules, 1)
        layout.addWidget(self.downgrade)
        layout.addLayout(buttons)
        return panel

    def choose_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a pack"), "", self.tr("Trainer packs (*.pack)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Check the pack in the background; its summary or the reason it is refused follows."""
        self.cancel_pending()
        self._say()
        trusted = trusted_key_set(self.context.database)

        def work(progress: Progress) -> CheckedPack:
            return open_pack(path, self.data_dir, trusted, progress=progress)

        self.choose_button.setEnabled(False)
        run_in_background(self, self.tr("Checking the pack…"), work, self._checked, self._failed)

    def _checked(self, pack: CheckedPack) -> None:
        self.choose_button.setEnabled(True)
        self.pending = pack
        self.changes = changes(pack, self.context.library)
        self._show_pending()

    def _failed(self, error: Exception) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(error, PackRefusedError):
            self._refused(error)
        else:
            log.warning("a pack could not be opened: %r", error)
            self._say(self.tr("The pack could not be opened."), str(error))

    def _refused(self, error: PackRefusedError) -> None:
        log.warning("pack refused (%s): %s", error.reason.value, error)
        not_installed = self.tr("It was not installed.")
        self._say(f"{refusal_text(error, self.context.lang)} {not_installed}", error.detail)

    def install_pending(self) -> None:
        if self.pending is None:
            return
        older = any(change.status is Status.OLDER for change in self.changes)
        if older and not self._confirm(
            self.tr("Install an older version?"),
            self.tr(
                "This pack is older than the content on this computer. Learners will see the older version."
            ),
        ):
            return
        try:
            install(self.pending, self.data_dir, self.context.library, allow_downgrade=older)
        except PackRefusedError as error:
            self._refused(error)
            return
        count = len(self.changes)
        self.pending, self.changes = None, []
        self._reload_content()
        self._show_pending()
        self._show_installed()
        installed = self.tr("Installed. Learners see the %n module(s) of this pack now.", "", count)
        self._say(done=local_digits(installed, self.context.lang))  # the only digits are the count

    def remove_pack(self, pack: InstalledPack) -> None:
        if not self._confirm(
            self.tr("Remove this pack?"),
            self.tr(
                "The modules of the pack {} go back to the version that came with the trainer, or"
                " disappear if the pack brought them. Learners' progress is kept: it comes back if"
                " the pack is installed again."
            ).format(pack.name),
        ):
            return
        remove(self.data_dir, pack.name)
        self._reload_content()
        self._show_installed()
        self._say(done=self.tr("The pack {} was removed.").format(pack.name))

    def _show_installed(self) -> None:
        """Each installed pack, its version and modules, with a button to remove it."""
        packs = installed_packs(self.data_dir)
        self.installed_heading.setVisible(bool(packs))
        self.installed.setVisible(bool(packs))
        for row in range(self.installed.rowCount()):  # replaced buttons go later: hide them now
            if (old := self.installed.cellWidget(row, 3)) is not None:
                old.hide()
        self.installed.setRowCount(len(packs))
        for row, pack in enumerate(packs):
            titles = [
                pick(module.title, self.context.lang)
                for module in self.context.library.modules
                if module.folder.is_relative_to(pack.folder)
            ]
            for column, text in enumerate((pack.name, pack.version, "\n".join(titles))):
                self.installed.setItem(row, column, QTableWidgetItem(text))
            removing = button(self.tr("Remove"), icon("ui", "cross"), size=20)
            removing.setObjectName(f"remove-pack-{pack.name}")
            removing.clicked.connect(lambda _=False, pack=pack: self.remove_pack(pack))
            self.installed.setCellWidget(row, 3, removing)
        self.installed.resizeRowsToContents()

    def cancel_pending(self) -> None:
        if self.pending is not None:
            discard_folder(self.pending.folder)
        self.pending, self.changes = None, []
        self._show_pending()

    def _reload_content(self) -> None:
        packs = packs_folder(self.data_dir)
        kept = [folder for folder in self.context.content if not folder.is_relative_to(packs)]
        self.context.use_content([*kept, *installed_folders(self.data_dir)])
        self.content_changed.emit()

    def _show_pending(self) -> None:
        pack = self.pending
        self.summary.setVisible(pack is not None)
        if pack is None:
            return
        signer = pack.manifest.signer
        self.signer.setText(self.tr("Signed by {} (key {})").format(signer.name, signer.fingerprint))
        self.version.setText(self.tr("Content version {}").format(pack.manifest.content_version))
        self.modules.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            texts = (pick(change.module.title, self.context.lang), self._status(change), self._review(change))
            for column, text in enumerate(texts):
                self.modules.setItem(row, column, QTableWidgetItem(text))
        self.modules.resizeRowsToContents()
        older = any(change.status is Status.OLDER for change in self.changes)
        self.downgrade.setText(
            self.tr("This pack is older than what is installed: installing it is a downgrade.")
            if older
            else ""
        )
        self.downgrade.setVisible(older)
        self.install_button.setText(self.tr("Install the older version") if older else self.tr("Install"))

    def _status(self, change: Change) -> str:
        if change.status is Status.NEW:
            return self.tr("New module")
        texts = {
            Status.NEWER: self.tr("Update: replaces version {}"),
            Status.SAME: self.tr("Same version as installed ({})"),
            Status.OLDER: self.tr("Older than installed ({}): a downgrade"),
        }
        return texts[change.status].format(change.installed_version or "?")

    def _review(self, change: Change) -> str:
        names = {"km": self.tr("Khmer"), "en": self.tr("English")}
        states = {"draft": self.tr("draft, not yet checked"), "reviewed": self.tr("reviewed")}
        return "\n".join(
            f"{names.get(language, language)}: {states.get(state, state)}"
            for language, state in sorted(change.module.translations.items())
        )

    def _say(self, message: str = "", detail: str = "", done: str = "") -> None:
        """Show a refusal (with its technical detail for the editor) or a success; hide the rest."""
        self.message.setText(message)
        self.detail.setText(self.tr("Details: {}").format(detail) if detail else "")
        self.done.setText(done)
        for widget in (self.message, self.detail, self.done):
            widget.setVisible(bool(widget.text()))

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, shown_as_written(text)) == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self.title.setText(self.tr("Content packs"))
        self.install_heading.setText(self.tr("Install a pack"))
        self.install_help.setText(
            self.tr(
                "Content editors send new or updated modules as a pack file, for example on a USB stick. "
                "Only packs signed with a trusted key are installed."
            )
        )
        self.choose_button.setText(self.tr("Install a pack…"))
        self.modules.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("What changes"), self.tr("Translation")]
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.installed_heading.setText(self.tr("Installed packs"))
        self.installed.setHorizontalHeaderLabels(
            [self.tr("Pack"), self.tr("Version"), self.tr("Modules"), ""]
        )
        self._show_pending()
        self._show_installed()
