"""Matching: for each item on the left, choose its partner from a list."""

from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.course.model import Pair, Question, pick
from trainer.course.types.order import ShownOrder
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.widgets import icon, label, set_role


class MatchRow(QFrame):
    """One item on the left and the list to choose its partner from; after Check, coloured with
    a tick or a cross and, when wrong, the right partner in words."""

    def __init__(self, pair: Pair) -> None:
        super().__init__()
        self.pair = pair
        self.setObjectName(f"match-row-{pair.id}")
        self.setProperty("role", "row")
        self.mark = QLabel()
        self.mark.setFixedSize(32, 32)
        self.mark.hide()
        self.left = label()
        self.choice = QComboBox()
        self.choice.setObjectName(f"match-{pair.id}")
        self.choice.setMinimumHeight(48)
        self.state = label(role="state")
        self.state.setObjectName(f"state-match-{pair.id}")
        self.state.hide()
        words = QVBoxLayout()
        words.addWidget(self.left)
        words.addWidget(self.state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)  # five rows under a question fit a netbook
        layout.addWidget(self.mark)
        layout.addLayout(words, 1)
        layout.addWidget(self.choice, 1)

    def show_verdict(self, right: bool, words: str) -> None:
        verdict = "right" if right else "wrong"
        set_role(self, "verdict", verdict)
        set_role(self.state, "verdict", verdict)
        self.mark.setPixmap(icon("ui", "check" if right else "cross").pixmap(28, 28))
        self.mark.show()
        self.state.setText(words)
        self.state.show()


class MatchingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        pairs = {pair.id: pair for pair in question.pairs}
        self.partners: list[Pair] = [pairs[pair_id] for pair_id in self.order.ids]
        self.rows = [MatchRow(pair) for pair in question.pairs]
        self.explanation = label()
        self.explanation.setObjectName("match-explanation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in self.rows:
            row.choice.currentIndexChanged.connect(self.changed)
            layout.addWidget(row)
        layout.addWidget(self.explanation)

    @property
    def choices(self) -> list[QComboBox]:
        """The lists to choose each partner from, top to bottom."""
        return [row.choice for row in self.rows]

    def response(self) -> dict[str, str] | None:
        chosen = {
            row.pair.id: self.partners[row.choice.currentIndex() - 1].id
            for row in self.rows
            if row.choice.currentIndex() > 0
        }
        return chosen if len(chosen) == len(self.question.pairs) else None

    def first_focus(self) -> QWidget | None:
        return self.rows[0].choice if self.rows else None

    def tab_chain(self) -> list[QWidget]:
        return list(self.choices)

    def options(self) -> list[QWidget]:
        return list(self.rows)

    def seen_after_check(self) -> list[QWidget]:
        """The first row the learner got wrong (or the first row), which says the right partner:
        where the reason to read on is, as with options."""
        wrong = [row for row in self.rows if row.property("verdict") == "wrong"]
        first: list[QWidget] = [*(wrong or self.rows)[:1]]
        return first

    def retranslate(self, lang: str) -> None:
        for row in self.rows:
            row.left.setText(pick(row.pair.left, lang))
            index = row.choice.currentIndex()
            row.choice.blockSignals(True)
            row.choice.clear()
            row.choice.addItems([self.tr("Choose…"), *(pick(p.right, lang) for p in self.partners)])
            row.choice.setCurrentIndex(max(index, 0))
            row.choice.blockSignals(False)
            row.choice.setEnabled(not self.answered)
            if self.answered:
                right = index > 0 and self.partners[index - 1].id == row.pair.id
                words = (
                    self.tr("✓ Right")
                    if right
                    else self.tr("✗ Not this one. It goes with: {}").format(pick(row.pair.right, lang))
                )
                row.show_verdict(right, words)
        self.explanation.setVisible(self.answered)
        self.explanation.setText(pick(self.question.explanation or {}, lang))
