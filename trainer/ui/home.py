"""Home: the curricula and their modules with progress, and "continue where you left off"."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from trainer.colours import STATUS_COLOURS
from trainer.course.card_pictures import card_pictures
from trainer.course.model import Module, pick
from trainer.learning.progress import Status
from trainer.operations.home import home_of
from trainer.reports.wording import local_digits
from trainer.store.learners import Learner
from trainer.ui.context import AppContext
from trainer.ui.layouts import CardGrid
from trainer.ui.pictures import picture_pixmap
from trainer.ui.widgets import Screen, button, icon, label

PICTURE = QSize(218, 88)
"""The room for a module's picture at the top of its card."""


class ModuleCard(QPushButton):
    """A big button showing a module's picture, its title, its status and its length."""

    def __init__(self, module: Module, progress: Status) -> None:
        super().__init__()
        self.module, self.progress = module, progress
        self.setObjectName(f"module-{module.id}")
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)  # as tall as its row
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(True)  # Enter opens the module, as Space does
        self.picture = QLabel()
        self.picture.setObjectName("module-picture")
        self.picture.setFixedHeight(PICTURE.height())
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_path: Path | None = None
        self.title = label(role="heading")
        self.status_label = label()
        colour = STATUS_COLOURS[progress.value]
        self.status_label.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 8px; padding: 2px 10px;"
        )
        self.minutes = label(role="quiet")
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addStretch()
        layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.minutes)
        for child in (self.picture, self.title, self.status_label, self.minutes):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Tall enough for what the card holds: a button sizes itself by its own text, not its layout."""
        hint = super().sizeHint()
        layout = self.layout()
        if layout is None:
            return hint
        width = max(hint.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        return QSize(width, max(hint.height(), height, layout.totalMinimumSize().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def show_picture(self, path: Path | None) -> None:
        """The module's picture, or none at all (the card keeps its room, so cards line up)."""
        self.picture_path = path
        if path is None:
            self.picture.clear()
        else:
            self.picture.setPixmap(picture_pixmap(path, PICTURE))


class HomeScreen(Screen):
    review = Signal(object)
    """A list of (Module, Question) due for review."""
    open_module = Signal(object, object)
    """(Module, Place or None): open a module, at a place or at its start."""

    def __init__(self, context: AppContext, learner: Learner) -> None:
        super().__init__()
        self.context, self.learner = context, learner
        home = home_of(context.database, context.library, learner.id, datetime.now(UTC))
        self.progress, self.finish_by, self.sections = home.progress, home.finish_by, home.sections
        self.locked, self.target, self.place, self.reviews = (
            home.locked,
            home.target,
            home.place,
            home.reviews,
        )
        self.review_button = button(icon_=icon("ui", "play"), size=40)
        self.review_button.setObjectName("review")
        self.review_button.clicked.connect(lambda: self.review.emit(self.reviews))
        self.greeting = label(role="title")
        self.continue_button = button(icon_=icon("ui", "next-light"), primary=True, size=40)
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(self._continue)
        body = QVBoxLayout()
        self.section_titles = []
        self.cards: dict[str, ModuleCard] = {}
        for section in self.sections:
            heading = label(role="heading")
            self.section_titles.append((heading, section.curriculum))
            body.addWidget(heading)
            grid = CardGrid(most=5)
            for module in section.modules:
                card = ModuleCard(module, self.progress[module.id])
                card.setEnabled(module.id not in self.locked)
                card.clicked.connect(lambda _=False, m=module: self.open_module.emit(m, None))
                self.cards[module.id] = card
                grid.add(card)
            body.addWidget(grid)
        body.addStretch()
        holder = QWidget()
        holder.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.greeting)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.review_button)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _continue(self) -> None:
        if self.target is not None:
            self.open_module.emit(self.target, self.place)

    def _continue_text(self) -> str:
        if self.target is None:
            return self.tr("You have mastered every module!")
        title = pick(self.target.title, self.context.lang)
        if self.place is None:
            return self.tr("Start: {}").format(title)
        if self.place.in_quiz:
            return self.tr("Continue: {} (quiz)").format(title)
        return self.tr("Continue: {} (page {})").format(
            title, local_digits(self.place.page + 1, self.context.lang)
        )

    def retranslate(self) -> None:
        lang = self.context.lang
        self.greeting.setText(self.tr("Hello, {}!").format(self.learner.name))
        self.continue_button.setText(self._continue_text())
        self.continue_button.setEnabled(self.target is not None)
        self.review_button.setText(
            self.tr("Review: {} questions to keep fresh").format(local_digits(len(self.reviews), lang))
        )
        self.review_button.setVisible(bool(self.reviews))
        for heading, curriculum in self.section_titles:
            heading.setText(pick(curriculum.title, lang) if curriculum else self.tr("For your class"))
        names = {
            Status.NOT_STARTED: self.tr("Not started"),
            Status.IN_PROGRESS: self.tr("In progress"),
            Status.MASTERED: self.tr("Mastered"),
            Status.DONE: self.tr("Done"),
        }
        pictures = {
            module_id: picture
            for curriculum in self.context.library.curricula
            for module_id, picture in card_pictures(curriculum, lang).items()
        }
        for card in self.cards.values():
            card.show_picture(pictures.get(card.module.id))
            card.title.setText(pick(card.module.title, lang))
            card.status_label.setText(names[card.progress])
            minutes = self.tr("About {} minutes").format(local_digits(card.module.minutes, lang))
            kind = {"pre": self.tr("Test before you start"), "post": self.tr("Test at the end")}
            parts = [kind[card.module.test]] if card.module.test else []
            parts.append(minutes)
            if card.module.id in self.finish_by:
                parts.append(
                    self.tr("Finish by {}").format(local_digits(self.finish_by[card.module.id], lang))
                )
            if card.module.id in self.locked:
                parts.append(self.tr("Opens when the one before is mastered"))
            card.minutes.setText(" · ".join(parts))
