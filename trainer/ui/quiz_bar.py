"""The bar under a quiz question, always in view: listen, a hint, how the learner did, Check and
Next. It notes whether the learner goes on with the keyboard, so the next question can start
with the focus ring on its first option."""

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from trainer.ui.listen import Listen
from trainer.ui.widgets import button, forward_button, icon, label


class QuizBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.listen = Listen("quiz-listen")
        self.hint_button = button(icon_=icon("ui", "plus"))
        self.hint_button.setObjectName("hint")
        self.verdict_mark = QLabel()
        self.verdict_mark.setObjectName("verdict-mark")
        self.verdict_mark.setFixedSize(QSize(40, 40))
        self.verdict = label(role="heading")
        self.verdict.setObjectName("verdict")
        self.check_button = button(icon_=icon("ui", "check-light"), primary=True)
        self.check_button.setObjectName("check")
        self.check_button.setAutoDefault(True)
        self.next_button = forward_button("quiz-next")
        self.next_button.setAutoDefault(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.listen.button, self.hint_button, self.verdict_mark):
            row.addWidget(widget)
        row.addWidget(self.verdict, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.next_button)
        self.by_keyboard = False
        """Whether the learner last pressed a key (not the mouse) on Check or Next."""
        for step in (self.check_button, self.next_button):
            step.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            self.by_keyboard = True
        elif event.type() == QEvent.Type.MouseButtonPress:
            self.by_keyboard = False
        return False
