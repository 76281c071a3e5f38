"""Putting steps in order: move each step up or down (by touch, mouse or keyboard)."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trainer.course.model import Item, Question, pick
from trainer.course.types.order import ShownOrder
from trainer.learning.grading import grade
from trainer.reports.wording import local_digits
from trainer.ui.answers.base import AnswerWidget, OptionColumns
from trainer.ui.widgets import label, set_role


class StepRow(QFrame):
    def __init__(self, item: Item) -> None:
        super().__init__()
        self.item = item
        self.setObjectName(f"step-{item.id}")
        self.setProperty("role", "row")
        self.number = label(role="heading", wrap=False)
        self.text = label()
        self.state = label(role="state")
        self.state.setObjectName(f"state-step-{item.id}")
        self.state.hide()
        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.state)
        self.up, self.down = QPushButton("▲"), QPushButton("▼")
        self.up.setObjectName(f"up-{item.id}")
        self.down.setObjectName(f"down-{item.id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 2, 2)  # rows no taller than their arrows: more steps show at once
        layout.addWidget(self.number)
        layout.addLayout(words, 1)
        for move in (self.up, self.down):
            move.setFixedWidth(64)  # room for the arrow in the Khmer font and the focus ring
            move.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(move)

    def show_verdict(self, in_place: bool, words: str) -> None:
        verdict = "right" if in_place else "wrong"
        set_role(self, "verdict", verdict)
        set_role(self.state, "verdict", verdict)
        self.state.setText(words)
        self.state.show()
        self.up.hide()
        self.down.hide()


class OrderingAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        items = {item.id: item for item in question.items}
        self.rows = [StepRow(items[item_id]) for item_id in self.order.ids]
        self._lang = "en"
        """The language of the steps' numbers, set by retranslate."""
        self.box = OptionColumns(self)
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
        self.changed.emit()
        (row.up if step < 0 and to > 0 else row.down if to < len(self.rows) - 1 else row.up).setFocus()

    def fit(self, room: QSize) -> None:
        if not self.answered:
            self.box.fit(list(self.rows), room)

    def _lay_out(self) -> None:
        self.box.place(list(self.rows))
        for index, row in enumerate(self.rows):
            row.number.setText(f"{local_digits(index + 1, self._lang)}.")
            row.up.setEnabled(index > 0 and not self.answered)
            row.down.setEnabled(index < len(self.rows) - 1 and not self.answered)

    def response(self) -> list[str]:
        return [row.item.id for row in self.rows]

    def first_focus(self) -> QWidget | None:
        return self.rows[0].down if self.rows else None

    def tab_chain(self) -> list[QWidget]:
        return [move for row in self.rows for move in (row.up, row.down)]

    def options(self) -> list[QWidget]:
        return list(self.rows)

    def seen_after_check(self) -> list[QWidget]:
        return [self.result, self.explanation]

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self._lay_out()
        for row in self.rows:
            row.text.setText(pick(row.item.text, lang))
            row.up.setToolTip(self.tr("Move up"))
            row.down.setToolTip(self.tr("Move down"))
        self.result.setVisible(self.answered)
        self.explanation.setVisible(self.answered)
        if not self.answered:
            return
        places = {item.id: n for n, item in enumerate(self.question.items, 1)}
        for index, row in enumerate(self.rows, 1):
            right = places[row.item.id] == index
            words = (
                self.tr("✓ In the right place")
                if right
                else self.tr("✗ Goes at step {}").format(local_digits(places[row.item.id], lang))
            )
            row.show_verdict(right, words)
        in_place = round(grade(self.question, self.response()).score * len(self.rows))
        right_order = "\n".join(
            f"{local_digits(n, lang)}. {pick(item.text, lang)}"
            for n, item in enumerate(self.question.items, 1)
        )
        self.result.setText(
            self.tr("{} of {} in place. The right order:").format(
                local_digits(in_place, lang), local_digits(len(self.rows), lang)
            )
        )
        self.explanation.setText(f"{right_order}\n\n{pick(self.question.explanation or {}, lang)}")
