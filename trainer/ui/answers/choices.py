"""Answers picked from options: single, multiple, true/false, share decision and technique."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer import resources
from trainer.course.model import Option, Question, pick
from trainer.course.types import TYPES
from trainer.course.types.order import ShownOrder
from trainer.ui.answers.base import AnswerWidget, OptionColumns
from trainer.ui.choice import ChoiceCard, Mark, Verdict, link_arrows
from trainer.ui.widgets import icon, label


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


def _has_picture(option_id: str) -> bool:
    """Options the app names show a picture beside their words where assets/icons/answer has
    one: True and False do."""
    return (resources.assets() / "icons" / "answer" / f"{option_id}.svg").is_file()


class OptionRow(QWidget):
    """An option to pick, and under it the option's own explanation once answered."""

    def __init__(self, option: Option, mark: Mark) -> None:
        super().__init__()
        self.option = option
        self.choice = ChoiceCard(f"option-{option.id}", mark)
        self.feedback = label()
        self.feedback.setObjectName(f"feedback-{option.id}")
        self.feedback.setContentsMargins(62, 0, 0, 8)
        self.feedback.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.feedback)

    def show_verdict(self, verdict: Verdict, words: str, text: str) -> None:
        self.choice.show_verdict(verdict, words)
        self.feedback.setText(text)
        self.feedback.show()


def verdict_of(chosen: bool, right: bool) -> Verdict:
    if chosen:
        return Verdict.CHOSEN_RIGHT if right else Verdict.CHOSEN_WRONG
    return Verdict.MISSED if right else Verdict.PLAIN


class ChoicesAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        kind = TYPES[question.type]
        self.many = kind.many_answers
        mark = Mark.BOX if self.many else Mark.RADIO
        self.rows = [OptionRow(question.option(option_id), mark) for option_id in self.order.ids]
        self.how = label(role="quiet")
        self.how.setObjectName("how-to-answer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.how)
        for row in self.rows:
            row.choice.clicked.connect(lambda r=row: self.pick(r))
            if row.option.id in kind.named_options and _has_picture(row.option.id):
                row.choice.setPicture(icon("answer", row.option.id))
        self.columns = OptionColumns(self)
        self.columns.place(list(self.rows))
        layout.addLayout(self.columns)
        link_arrows([row.choice for row in self.rows])

    def fit(self, room: QSize) -> None:
        if not self.answered:
            self.columns.fit(list(self.rows), room)

    def pick(self, picked: OptionRow) -> None:
        if self.answered:
            return
        if self.many:
            picked.choice.setChecked(not picked.choice.isChecked())
        else:
            for row in self.rows:
                row.choice.setChecked(row is picked)
        self.changed.emit()

    def response(self) -> frozenset[str] | None:
        chosen = frozenset(row.option.id for row in self.rows if row.choice.isChecked())
        return chosen or None

    def first_focus(self) -> QWidget | None:
        return self.rows[0].choice if self.rows else None

    def tab_chain(self) -> list[QWidget]:
        return [row.choice for row in self.rows]

    def options(self) -> list[QWidget]:
        return [row.choice for row in self.rows]

    def seen_after_check(self) -> list[QWidget]:
        """The learner's own choice and its explanation: the first wrong one, if any, since that
        is where the reason to read on is. (The quiz's own line says how they did.)"""
        chosen = [row for row in self.rows if row.choice.isChecked()]
        wrong = [row for row in chosen if row.option.id not in self.question.answer]
        return [(wrong or chosen or self.rows)[0]]

    def _words(self, verdict: Verdict) -> str:
        return {
            Verdict.CHOSEN_RIGHT: self.tr("✓ Your answer: right"),
            Verdict.CHOSEN_WRONG: self.tr("✗ Your answer: not right"),
            Verdict.MISSED: self.tr("You missed this one: it is right too")
            if self.many
            else self.tr("This is the right answer"),
            Verdict.PLAIN: "",
        }[verdict]

    def retranslate(self, lang: str) -> None:
        names = option_names()
        chosen = self.response() or frozenset()
        self.how.setText(self.tr("Tick every right answer.") if self.many else self.tr("Pick one answer."))
        self.how.setVisible(not self.answered)
        for row in self.rows:
            row.choice.text.setText(pick(row.option.text, lang) or names.get(row.option.id, row.option.id))
            if self.answered:
                verdict = verdict_of(row.option.id in chosen, row.option.id in self.question.answer)
                row.show_verdict(verdict, self._words(verdict), pick(row.option.feedback, lang))
