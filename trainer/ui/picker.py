"""The first screen: every learner on this PC as a big card. Tap yours; or add yourself."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
)

from trainer.reports.wording import local_digits
from trainer.store.learners import Learner, all_learners
from trainer.ui.context import AppContext
from trainer.ui.layouts import CardGrid
from trainer.ui.widgets import Screen, avatar_icon, button, icon, label

if TYPE_CHECKING:
    from trainer.course.model import Library


def _card(text: str, picture: object) -> QToolButton:
    card = QToolButton()
    card.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    card.setIcon(picture)  # type: ignore[arg-type]
    card.setIconSize(QSize(96, 96))
    card.setProperty("role", "learner-card")  # its size is in the style sheet
    card.setText(text)
    card.setCursor(Qt.CursorShape.PointingHandCursor)
    return card


class PickerScreen(Screen):
    learner_chosen = Signal(object)
    add_learner = Signal()
    language_chosen = Signal(str)
    facilitator = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.title = label(role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.khmer = button("ខ្មែរ")
        self.english = button("English")
        for code, choice in (("km", self.khmer), ("en", self.english)):
            choice.setCheckable(True)
            choice.setChecked(context.lang == code)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.khmer)
        top.addWidget(self.english)

        self.cards: dict[str, QToolButton] = {}
        holder = CardGrid(most=5, centred=True)
        for learner in all_learners(context.database):
            card = _card(learner.name, avatar_icon(learner.avatar))
            card.clicked.connect(lambda _=False, chosen=learner: self._choose(chosen))
            self.cards[learner.id] = card
            holder.add(card)
        self.add_card = _card("", icon("ui", "plus"))
        self.add_card.setObjectName("add-learner")
        self.add_card.clicked.connect(self.add_learner)
        holder.add(self.add_card)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)

        self.problems_button = button()
        self.problems_button.setObjectName("content-problems")
        self.problems_button.setProperty("role", "quiet")
        self.problems_button.clicked.connect(self._show_problems)
        self.problems_button.hide()
        self.library: Library | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.about_button = button()
        self.about_button.setObjectName("about-button")
        self.about_button.setProperty("role", "quiet")
        self.about_button.clicked.connect(self._show_about)
        self.facilitator_button = button()
        self.facilitator_button.setObjectName("facilitator")
        self.facilitator_button.setProperty("role", "quiet")
        self.facilitator_button.clicked.connect(self.facilitator)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems_button)
        bottom.addStretch()
        bottom.addWidget(self.facilitator_button)
        bottom.addWidget(self.about_button)
        layout.addLayout(bottom)
        self.retranslate()

    def note_content_problems(self, library: "Library") -> None:
        """Tell the facilitator, discreetly, which modules were left out and why."""
        self.library = library
        self.problems_button.setVisible(bool(library.skipped))
        self.retranslate()

    def _show_about(self) -> None:
        from trainer.ui.about import show_about

        self.about = show_about(self)

    def _show_problems(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        assert self.library is not None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.problems_button.text())
        box.setText(
            self.tr("These modules were left out. Learners see the others. For the content editor:")
            + "\n\n" + "\n".join(str(folder) for folder in self.library.skipped)
        )  # fmt: skip
        box.setDetailedText("\n".join(str(problem) for problem in self.library.problems))
        box.exec()

    def _choose(self, learner: Learner) -> None:
        self.learner_chosen.emit(learner)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is learning today?"))
        self.about_button.setText(self.tr("About"))
        self.facilitator_button.setText(self.tr("Facilitator"))
        self.add_card.setText(self.tr("Add yourself"))
        if self.library is not None:
            count = len(self.library.skipped)
            self.problems_button.setText(
                self.tr("Modules left out because of errors: {}").format(
                    local_digits(count, self.context.lang)
                )
            )
        self.khmer.setChecked(self.context.lang == "km")
        self.english.setChecked(self.context.lang == "en")
