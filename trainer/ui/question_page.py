"""The scrolling part of a quiz: the question, its hint, and its picture beside the answer,
fitted so that the options show without scrolling wherever they can, on a netbook too."""

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from trainer.ui import answers
from trainer.ui.picture_view import QuestionPicture
from trainer.ui.widgets import label

LAYOUT_ROUNDS = 10
"""More rounds of layout requests than the quiz page has levels to lay out after Check."""


class QuestionPage(QScrollArea):
    def __init__(self, below: QWidget) -> None:
        """`below` goes under the answer (the quiz's "how sure?" row)."""
        super().__init__()
        self.prompt = label(role="heading")
        self.hint = label(role="quiet")
        self.hint.setObjectName("hint-text")
        self.picture = QuestionPicture()
        self.answer_box = QVBoxLayout()
        self.answer_box.setContentsMargins(0, 0, 0, 0)
        self.beside = QHBoxLayout()
        self.beside.setSpacing(20)
        self.beside.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.beside.addLayout(self.answer_box, 1)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 4, 12, 4)
        self.body_layout.addWidget(self.prompt)
        self.body_layout.addWidget(self.hint)
        self.body_layout.addLayout(self.beside)
        self.body_layout.addWidget(below)
        self.body_layout.addStretch()
        self.setWidgetResizable(True)
        self.setWidget(body)

    def show_answer(self, answer: answers.AnswerWidget) -> None:
        self.answer_box.addWidget(answer, 0, Qt.AlignmentFlag.AlignTop)
        answer.show()

    def fit(self, answer: answers.AnswerWidget | None, hint_shown: bool) -> None:
        """The picture takes at most about a third of the width, beside the options, and never
        more height than the page shows at once; the answer is laid out for the room in view
        beside the picture and below the question."""
        room = self.size()
        above = self.prompt.heightForWidth(room.width() - 24) + 36
        if hint_shown:
            above += self.hint.heightForWidth(room.width() - 24) + 6
        self.picture.fit(QSize(min(420, room.width() * 36 // 100), min(420, max(160, room.height() - above))))
        if answer is not None:
            answer.fit(self._answer_room(hint_shown))

    def _answer_room(self, hint_shown: bool) -> QSize:
        """What the page shows without scrolling beside the picture and below the question (and
        the hint), as wide as it is with a scroll bar."""
        margins, spacing = self.body_layout.contentsMargins(), self.body_layout.spacing()
        bar = self.verticalScrollBar().sizeHint().width()
        width = self.width() - bar - margins.left() - margins.right()
        above = margins.top() + self.prompt.heightForWidth(width) + spacing
        if hint_shown:
            above += self.hint.heightForWidth(width) + spacing
        if not self.picture.isHidden():
            width -= self.picture.width() + self.beside.spacing()
        return QSize(width, self.height() - above - margins.bottom())

    def bring_into_view(self, *widgets: QWidget) -> None:
        """Lay the page out now (explanations just appeared), then scroll the widgets into view:
        the first one, if they do not all fit. Each round of layout requests lays out one level
        more: the words in a row, the row, the answer, the page, the scroll bar it may now need
        and the page again at the narrower width."""
        for _ in range(LAYOUT_ROUNDS):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for widget in reversed(widgets):
            self.ensureWidgetVisible(widget, 0, 12)
