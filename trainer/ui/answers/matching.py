"""Matching: for each item on the left, choose its partner from a list."""

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout

from trainer.course.model import Pair, Question, pick
from trainer.learning.shuffle import ShownOrder
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.widgets import icon, label


class MatchingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        pairs = {pair.id: pair for pair in question.pairs}
        self.partners: list[Pair] = [pairs[pair_id] for pair_id in self.order.ids]
        grid = QGridLayout()
        self.lefts: list[QLabel] = []
        self.choices: list[QComboBox] = []
        self.marks: list[QLabel] = []
        for row, pair in enumerate(question.pairs):
            left, choice, mark = label(), QComboBox(), QLabel()
            choice.setObjectName(f"match-{pair.id}")
            choice.setMinimumHeight(48)
            grid.addWidget(mark, row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(choice, row, 2)
            self.lefts.append(left)
            self.choices.append(choice)
            self.marks.append(mark)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.explanation = label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.explanation)

    def response(self) -> dict[str, str] | None:
        chosen = {
            pair.id: self.partners[choice.currentIndex() - 1].id
            for pair, choice in zip(self.question.pairs, self.choices, strict=True)
            if choice.currentIndex() > 0
        }
        return chosen if len(chosen) == len(self.question.pairs) else None

    def retranslate(self, lang: str) -> None:
        for pair, left, choice, mark in zip(
            self.question.pairs, self.lefts, self.choices, self.marks, strict=True
        ):
            left.setText(pick(pair.left, lang))
            index = choice.currentIndex()
            choice.clear()
            choice.addItems([self.tr("Choose…"), *(pick(p.right, lang) for p in self.partners)])
            choice.setCurrentIndex(max(index, 0))
            choice.setEnabled(not self.answered)
            if self.answered:
                right = self.partners[index - 1].id == pair.id if index > 0 else False
                mark.setPixmap(icon("ui", "check" if right else "cross").pixmap(28, 28))
                if not right:
                    left.setText(f"{pick(pair.left, lang)}\n→ {pick(pair.right, lang)}")
        self.explanation.setVisible(self.answered)
        self.explanation.setText(pick(self.question.explanation or {}, lang))
