"""Answers picked from options: single, multiple, true/false, share decision and technique."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.course.model import Option, Question, pick
from trainer.learning.shuffle import ShownOrder
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.choice import ChoiceCard
from trainer.ui.widgets import icon, label, set_role

MANY = ("multiple", "technique")


def option_names() -> dict[str, str]:
    """What the app calls the options an editor may leave without text (learning.responses.
    OPTION_NAMES), in the interface language."""

    return {
        "true": QCoreApplication.translate("ChoicesAnswer", "True"),
        "false": QCoreApplication.translate("ChoicesAnswer", "False"),
        "share": QCoreApplication.translate("ChoicesAnswer", "Share it"),
        "dont-share": QCoreApplication.translate("ChoicesAnswer", "Don't share it"),
        "check-first": QCoreApplication.translate("ChoicesAnswer", "Check it first"),
        "impersonation": QCoreApplication.translate(
            "ChoicesAnswer", "Impersonation: pretending to be someone trusted"
        ),
        "emotion": QCoreApplication.translate("ChoicesAnswer", "Emotion: making you scared or angry"),
        "polarisation": QCoreApplication.translate(
            "ChoicesAnswer", "Polarisation: turning groups against each other"
        ),
        "conspiracy": QCoreApplication.translate(
            "ChoicesAnswer", "Conspiracy: a secret plot behind the news"
        ),
        "discrediting": QCoreApplication.translate(
            "ChoicesAnswer", "Discrediting: attacking the people who check facts"
        ),
        "trolling": QCoreApplication.translate("ChoicesAnswer", "Trolling: provoking people to react"),
        "fake-followers": QCoreApplication.translate(
            "ChoicesAnswer", "Fake followers: making it look popular"
        ),
    }


class OptionRow(QWidget):
    """An option to pick, and under it the option's own explanation once answered."""

    def __init__(self, option: Option) -> None:
        super().__init__()
        self.option = option
        self.choice = ChoiceCard(f"option-{option.id}")
        self.feedback = label()
        self.feedback.setObjectName(f"feedback-{option.id}")
        self.feedback.setContentsMargins(20, 0, 0, 8)
        self.feedback.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.feedback)

    def show_verdict(self, chosen: bool, right: bool, text: str) -> None:
        set_role(self.choice, "verdict", ("right" if right else "wrong") if chosen or right else None)
        self.choice.setMark(icon("ui", "check" if right else "cross") if chosen or right else None)
        self.feedback.setText(text)
        self.feedback.show()


class ChoicesAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        self.rows = [OptionRow(question.option(option_id)) for option_id in self.order.ids]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in self.rows:
            row.choice.clicked.connect(lambda r=row: self.pick(r))
            layout.addWidget(row)

    def pick(self, picked: OptionRow) -> None:
        if self.answered:
            return
        if self.question.type in MANY:
            picked.choice.setChecked(not picked.choice.isChecked())
            return
        for row in self.rows:
            row.choice.setChecked(row is picked)

    def response(self) -> frozenset[str] | None:
        chosen = frozenset(row.option.id for row in self.rows if row.choice.isChecked())
        return chosen or None

    def retranslate(self, lang: str) -> None:
        names = option_names()
        chosen = self.response() or frozenset()
        for row in self.rows:
            row.choice.text.setText(pick(row.option.text, lang) or names.get(row.option.id, row.option.id))
            if self.answered:
                right = row.option.id in self.question.answer
                row.show_verdict(row.option.id in chosen, right, pick(row.option.feedback, lang))
