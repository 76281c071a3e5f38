"""The end of a quiz attempt: the module mastered, or how close the learner came."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from trainer.course.model import Module, pick
from trainer.learning.progress import quiz_state
from trainer.reports.wording import local_digits
from trainer.store.events import events_of
from trainer.store.learners import Learner
from trainer.ui.context import AppContext
from trainer.ui.widgets import Screen, button, icon, label, set_role


class ResultScreen(Screen):
    home = Signal()
    read_again = Signal(object)
    try_again = Signal(object)

    def __init__(self, context: AppContext, learner: Learner, module: Module, mastered: bool) -> None:
        super().__init__()
        self.context, self.module, self.mastered = context, module, mastered
        recent = quiz_state(events_of(context.database, learner.id, module.id)).recent
        self.right_recently = sum(recent[-module.mastery.of :])
        picture = QLabel()
        picture.setPixmap(icon("code", "star" if mastered else "leaf").pixmap(QSize(160, 160)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = label(role="title")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = label()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.home_button = button(icon_=icon("ui", "home"), primary=mastered)
        self.home_button.setObjectName("result-home")
        self.home_button.clicked.connect(self.home)
        self.read_button = button(icon_=icon("ui", "back"))
        self.read_button.clicked.connect(lambda: self.read_again.emit(module))
        self.again_button = button(icon_=icon("ui", "next"), primary=not mastered)
        self.again_button.setObjectName("try-again")
        self.again_button.clicked.connect(lambda: self.try_again.emit(module))
        choices = QHBoxLayout()
        choices.addStretch()
        for choice in (self.read_button, self.again_button, self.home_button):
            choices.addWidget(choice)
        choices.addStretch()
        test = module.test is not None
        self.again_button.setVisible(not mastered and not test)
        self.read_button.setVisible(not test)
        if test:
            set_role(self.home_button, "role", "primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch()
        layout.addWidget(picture)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addSpacing(24)
        layout.addLayout(choices)
        layout.addStretch()
        for choice in (self.read_button, self.again_button, self.home_button):
            choice.setAutoDefault(True)  # Enter works as Space does
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The keyboard starts on the suggested step: trying again, or back to the modules."""
        super().showEvent(event)
        self.suggested().setFocus(Qt.FocusReason.OtherFocusReason)

    def suggested(self) -> QPushButton:
        return self.again_button if self.again_button.isVisibleTo(self) else self.home_button

    def retranslate(self) -> None:
        title = pick(self.module.title, self.context.lang)
        rule = self.module.mastery
        if self.module.test is not None:
            self.headline.setText(self.tr("Thank you! You finished the test."))
            why = self.tr("This shows what you knew, so that your facilitator can see what you learn.")
            self.detail.setText(f"{title}\n{why}")
        elif self.mastered:
            self.headline.setText(self.tr("Well done! You mastered this module."))
            self.detail.setText(title)
        else:
            self.headline.setText(self.tr("Good practice! Keep going."))
            self.detail.setText(
                self.tr("{} right of your last {} answers. To master “{}”, get {} of {} right.").format(
                    *(local_digits(n, self.context.lang) for n in (self.right_recently, rule.of)),
                    title,
                    *(local_digits(n, self.context.lang) for n in (rule.correct, rule.of)),
                )
            )
        self.home_button.setText(self.tr("Back to my modules"))
        self.read_button.setText(self.tr("Read the lesson again"))
        self.again_button.setText(self.tr("Try the quiz again"))
