"""The settings of this PC: interface language, idle sign-out, mastery rule, skipping ahead."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout

from trainer import LANGUAGES
from trainer.reports.wording import local_digits
from trainer.store.settings import get_setting, set_setting
from trainer.ui.context import AppContext
from trainer.ui.layouts import at_left
from trainer.ui.local_numbers import LocalSpinBox
from trainer.ui.widgets import Screen, WrapButton, fields, label

MASTERY_CHOICES = ("", "3/4", "4/5", "5/6", "8/10")
LANGUAGE_NAMES = {"km": "ខ្មែរ", "en": "English"}


class SettingsScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        database = context.database
        self.heading = label(role="heading")
        self.language = QComboBox()
        self.language.setObjectName("setting-language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(get_setting(database, "language")))
        self.idle = LocalSpinBox(context.lang)
        self.idle.setObjectName("setting-idle")
        self.idle.setRange(1, 240)
        self.idle.setValue(get_setting(database, "idle_minutes"))
        self.mastery = QComboBox()
        self.mastery.setObjectName("setting-mastery")
        for rule in MASTERY_CHOICES:
            self.mastery.addItem(local_digits(rule, context.lang), rule)
        self.mastery.setCurrentIndex(max(0, self.mastery.findData(get_setting(database, "mastery"))))
        self.skip_ahead = QCheckBox()
        self.skip_ahead.setObjectName("setting-skip-ahead")
        self.skip_ahead.setChecked(get_setting(database, "skip_ahead"))
        self.centre = QLineEdit(get_setting(database, "centre"))
        self.centre.setObjectName("setting-centre")
        self.centre.setMaxLength(80)
        self.labels = [label() for _ in range(5)]
        form = fields(
            *zip(
                self.labels,
                (self.centre, self.language, self.idle, self.mastery, self.skip_ahead),
                strict=True,
            )
        )
        self.save_button = WrapButton(primary=True)
        self.save_button.setObjectName("save-settings")
        self.save_button.clicked.connect(self.save)
        self.saved = label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(at_left(self.save_button))
        layout.addWidget(self.saved)
        layout.addStretch()
        self.retranslate()

    def save(self) -> None:
        database = self.context.database
        set_setting(database, "centre", self.centre.text())
        set_setting(database, "language", self.language.currentData())
        set_setting(database, "idle_minutes", self.idle.value())
        set_setting(database, "mastery", self.mastery.currentData())
        set_setting(database, "skip_ahead", self.skip_ahead.isChecked())
        self.saved.setText(self.tr("Saved. Learners get the new settings the next time they sign in."))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings of this PC"))
        texts = (
            self.tr("Name of the centre, for reports and certificates"),
            self.tr("Language the trainer starts in"),
            self.tr("Sign a learner out after this many minutes without a touch"),
            self.tr("Mastery: right answers among the last answers"),
            self.tr("Learners may open modules in any order"),
        )
        for text, widget in zip(texts, self.labels, strict=True):
            widget.setText(text)
        self.mastery.setItemText(0, self.tr("Each module's own rule"))
        self.skip_ahead.setText(self.tr("Yes (otherwise: one module after the other)"))
        self.save_button.setText(self.tr("Save"))
        self.saved.clear()
