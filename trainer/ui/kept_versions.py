"""Records changed on two PCs at once: the newer change is used, the other is listed here, so
that a facilitator can put it back by hand."""

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from trainer.store.versions import KeptVersion, kept_versions
from trainer.ui.context import AppContext
from trainer.ui.widgets import label


class KeptVersions(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.heading = label(role="heading")
        self.note = label(role="quiet")
        self.listing = QListWidget()
        self.listing.setObjectName("kept-versions")
        self.listing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.listing, 1)
        self.kept: list[KeptVersion] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the kept versions again (after an import) and list them."""
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
        self.heading.setText(self.tr("Changed on two PCs at once"))
        self.note.setText(
            self.tr(
                "The newer change is used. The other one is kept here, so that you can put it back by hand."
            )
            if self.kept
            else self.tr("Nothing: no record was changed on two PCs at once.")
        )
        self.listing.clear()
        self.listing.addItems([self._describe(kept) for kept in self.kept])
        self.listing.setVisible(bool(self.kept))
