"""Rating a post from 1 (not reliable at all) to 7 (very reliable); then whether it is true."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from trainer.course.model import Question, pick
from trainer.learning.grading import RATING_SCALE, grade
from trainer.learning.shuffle import ShownOrder
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.choice import ChoiceCard
from trainer.ui.widgets import icon, label


class RatingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        self.post = label()
        self.post.setObjectName("post")
        post_frame = QFrame()
        post_frame.setObjectName("card")
        QVBoxLayout(post_frame).addWidget(self.post)
        post_frame.setVisible(question.post is not None)
        self.scale = [ChoiceCard(f"rating-{value}") for value in RATING_SCALE]
        row = QHBoxLayout()
        for value, card in zip(RATING_SCALE, self.scale, strict=True):
            card.text.setText(str(value))
            card.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card.mark.hide()
            card.setMinimumWidth(64)
            card.clicked.connect(lambda v=value: self.rate(v))
            row.addWidget(card)
        self.low, self.high = label(role="quiet"), label(role="quiet")
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends = QHBoxLayout()
        ends.addWidget(self.low)
        ends.addWidget(self.high)
        self.truth = label(role="heading")
        self.truth.setObjectName("truth")
        self.mark = QLabel()
        self.explanation = label()
        self.explanation.setObjectName("explanation")
        verdict = QHBoxLayout()
        verdict.addWidget(self.mark)
        verdict.addWidget(self.truth, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(post_frame)
        layout.addLayout(row)
        layout.addLayout(ends)
        layout.addLayout(verdict)
        layout.addWidget(self.explanation)
        self._rating: int | None = None

    def rate(self, value: int) -> None:
        if self.answered:
            return
        self._rating = value
        for scale_value, card in zip(RATING_SCALE, self.scale, strict=True):
            card.setChecked(scale_value == value)

    def response(self) -> int | None:
        return self._rating

    def retranslate(self, lang: str) -> None:
        if self.question.post is not None:
            self.post.setText(pick(self.question.post, lang))
        self.low.setText(self.tr("1 = not reliable at all"))
        self.high.setText(self.tr("7 = very reliable"))
        self.truth.setVisible(self.answered)
        self.explanation.setVisible(self.answered)
        if not self.answered or self._rating is None:
            return
        good = grade(self.question, self._rating).correct
        self.mark.setPixmap(icon("ui", "check" if good else "cross").pixmap(QSize(32, 32)))
        post = self.tr("This post is true.") if self.question.post_is_true else self.tr("This post is false.")
        judged = self.tr("You judged it well.") if good else self.tr("Look again at why.")
        self.truth.setText(f"{post} {judged}")
        self.explanation.setText(pick(self.question.explanation or {}, lang))
