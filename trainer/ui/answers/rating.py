"""Rating a post from 1 (not at all reliable) to 7 (completely reliable); then whether it is true.

The two ends of the scale say what they mean in words and in a picture (a thumb down, a thumb up),
beside the first and the last number, in the same row, so that they never fall below the fold.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.course.model import Question, pick
from trainer.course.types.order import ShownOrder
from trainer.course.types.reliability import RATING_SCALE
from trainer.learning.grading import grade
from trainer.reports.wording import local_digits
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.choice import ChoiceCard, link_arrows
from trainer.ui.widgets import icon, label

END_PICTURE = 44
END_WIDTH = 160
"""The most an end's words take, beside the scale, before they wrap (Khmer wraps only at spaces)."""


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
        self.low, self.high = label(), label()
        self.low.setObjectName("scale-low")
        self.high.setObjectName("scale-high")
        self.low_picture = _end_picture("unreliable")
        self.high_picture = _end_picture("reliable")
        row = QHBoxLayout()
        row.addLayout(_end(self.low_picture, self.low))
        for value, card in zip(RATING_SCALE, self.scale, strict=True):
            card.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card.mark.hide()
            card.setMinimumWidth(64)
            card.clicked.connect(lambda v=value: self.rate(v))
            row.addWidget(card, 1)
        row.addLayout(_end(self.high_picture, self.high))
        link_arrows(self.scale)
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
        layout.addLayout(verdict)
        layout.addWidget(self.explanation)
        self._rating: int | None = None

    def rate(self, value: int) -> None:
        if self.answered:
            return
        self._rating = value
        for scale_value, card in zip(RATING_SCALE, self.scale, strict=True):
            card.setChecked(scale_value == value)
        self.changed.emit()

    def response(self) -> int | None:
        return self._rating

    def first_focus(self) -> QWidget | None:
        return self.scale[0]

    def tab_chain(self) -> list[QWidget]:
        return list(self.scale)

    def options(self) -> list[QWidget]:
        return list(self.scale)

    def seen_after_check(self) -> list[QWidget]:
        return [self.truth, self.explanation]

    def retranslate(self, lang: str) -> None:
        if self.question.post is not None:
            self.post.setText(pick(self.question.post, lang))
        for value, card in zip(RATING_SCALE, self.scale, strict=True):
            card.text.setText(local_digits(value, lang))
        self.low.setText(self.tr("Not at all reliable"))
        self.high.setText(self.tr("Completely reliable"))
        for words in (self.low, self.high):
            words.setMinimumWidth(min(words.fontMetrics().horizontalAdvance(words.text()) + 8, END_WIDTH))
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


def _end_picture(name: str) -> QLabel:
    picture = QLabel()
    picture.setObjectName(f"scale-{name}-picture")
    picture.setFixedSize(QSize(END_PICTURE, END_PICTURE))
    picture.setPixmap(icon("answer", name).pixmap(QSize(END_PICTURE, END_PICTURE)))
    return picture


def _end(picture: QLabel, words: QLabel) -> QVBoxLayout:
    """An end of the scale: its picture above its words, both centred."""
    words.setAlignment(Qt.AlignmentFlag.AlignCenter)
    words.setMaximumWidth(END_WIDTH)
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
    column.addWidget(words)
    return column
