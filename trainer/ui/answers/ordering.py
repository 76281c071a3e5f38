"""Putting steps in order: move each step up or down (by touch, mouse or keyboard)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from trainer.course.model import Item, Question, pick
from trainer.learning.grading import grade
from trainer.learning.shuffle import ShownOrder
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.widgets import label


class StepRow(QFrame):
    def __init__(self, item: Item) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("card")
        self.number = label(role="heading", wrap=False)
        self.text = label()
        self.up, self.down = QPushButton("▲"), QPushButton("▼")
        self.up.setObjectName(f"up-{item.id}")
        self.down.setObjectName(f"down-{item.id}")
        layout = QHBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.text, 1)
        for move in (self.up, self.down):
            move.setFixedSize(56, 48)
            move.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(move)


class OrderingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        items = {item.id: item for item in question.items}
        self.rows = [StepRow(items[item_id]) for item_id in self.order.ids]
        self.box = QVBoxLayout()
        self.result = label(role="heading")
        self.result.setObjectName("order-result")
        self.explanation = label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.result)
        layout.addWidget(self.explanation)
        for row in self.rows:
            row.up.clicked.connect(lambda _=False, r=row: self.move_step(r, -1))
            row.down.clicked.connect(lambda _=False, r=row: self.move_step(r, 1))
        self._lay_out()

    def move_step(self, row: StepRow, step: int) -> None:
        at = self.rows.index(row)
        to = at + step
        if self.answered or not 0 <= to < len(self.rows):
            return
        self.rows[at], self.rows[to] = self.rows[to], self.rows[at]
        self._lay_out()
        (row.up if step < 0 and to > 0 else row.down if to < len(self.rows) - 1 else row.up).setFocus()

    def _lay_out(self) -> None:
        for index, row in enumerate(self.rows):
            self.box.insertWidget(index, row)
            row.number.setText(f"{index + 1}.")
            row.up.setEnabled(index > 0 and not self.answered)
            row.down.setEnabled(index < len(self.rows) - 1 and not self.answered)

    def response(self) -> list[str]:
        return [row.item.id for row in self.rows]

    def retranslate(self, lang: str) -> None:
        for row in self.rows:
            row.text.setText(pick(row.item.text, lang))
            row.up.setToolTip(self.tr("Move up"))
            row.down.setToolTip(self.tr("Move down"))
        self.result.setVisible(self.answered)
        self.explanation.setVisible(self.answered)
        if not self.answered:
            return
        self._lay_out()
        in_place = round(grade(self.question, self.response()).score * len(self.rows))
        right_order = "\n".join(
            f"{n}. {pick(item.text, lang)}" for n, item in enumerate(self.question.items, 1)
        )
        self.result.setText(self.tr("{} of {} in place. The right order:").format(in_place, len(self.rows)))
        self.explanation.setText(f"{right_order}\n\n{pick(self.question.explanation or {}, lang)}")
