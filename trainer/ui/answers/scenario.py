"""A branching story: choose at each step, see the consequence, and reach an ending."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from trainer.course.model import Choice, Question, Step, pick
from trainer.course.types.order import ShownOrder
from trainer.course.types.scenario import ending_of
from trainer.ui.answers.base import AnswerWidget
from trainer.ui.choice import ChoiceCard, Mark, Verdict, link_arrows
from trainer.ui.widgets import forward_button, label


class ScenarioAnswer(AnswerWidget):
    def __init__(self, question: Question, order: ShownOrder | None = None) -> None:
        super().__init__(question, order)
        self.path: list[str] = []
        self.story = label()
        self.story.setObjectName("story")
        self.step_text = label(role="heading")
        self.choices_box = QVBoxLayout()
        self.consequence = label()
        self.consequence.setObjectName("consequence")
        self.go_on: QPushButton = forward_button("story-next")
        self.go_on.clicked.connect(self.next_step)
        self.ending = label(role="heading")
        self.ending.setObjectName("ending")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.story)
        layout.addWidget(self.step_text)
        layout.addLayout(self.choices_box)
        layout.addWidget(self.consequence)
        layout.addWidget(self.go_on)
        layout.addWidget(self.ending)
        self.step: Step = question.steps[0]
        self.chosen: Choice | None = None
        self.cards: list[ChoiceCard] = []
        self.shown: list[Choice] = []
        """The step's choices, in the learner's order."""
        self._lang = "en"
        self._show_step()

    def _show_step(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.shown = [self._choice(choice_id) for choice_id in self.order.choices[self.step.id]]
        for choice in self.shown:
            card = ChoiceCard(f"choice-{choice.id}", Mark.RADIO)
            card.clicked.connect(lambda c=choice: self.choose(c))
            self.choices_box.addWidget(card)
            card.show()
            self.cards.append(card)
        link_arrows(self.cards)
        self.chosen = None

    def _choice(self, choice_id: str) -> Choice:
        return next(choice for choice in self.step.choices if choice.id == choice_id)

    def choose(self, choice: Choice) -> None:
        if self.chosen is not None or self.answered:
            return
        self.chosen = choice
        self.path.append(choice.id)
        for card, option in zip(self.cards, self.shown, strict=True):
            card.setChecked(option is choice)
        self.retranslate(self._lang)
        self.changed.emit()
        if choice.next is not None:
            self.go_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_step(self) -> None:
        if self.chosen is not None and self.chosen.next is not None:
            self.story.setText(f"{self.story.text()}\n{self._told(self.chosen)}".strip())
            self.step = self.question.step(self.chosen.next)
            self._show_step()
            self.retranslate(self._lang)
            self.changed.emit()
            self.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _told(self, choice: Choice) -> str:
        return f"→ {pick(choice.text, self._lang)}: {pick(choice.consequence, self._lang)}"

    def response(self) -> list[str] | None:
        """The path, once it has reached an ending."""
        return list(self.path) if self.chosen is not None and self.chosen.ending else None

    def first_focus(self) -> QWidget | None:
        return self.cards[0] if self.cards else None

    def tab_chain(self) -> list[QWidget]:
        return [*self.cards, self.go_on]

    def options(self) -> list[QWidget]:
        return list(self.cards)

    def seen_after_check(self) -> list[QWidget]:
        """The learner's last choice, what came of it, and how the story ended."""
        return [*(card for card in self.cards if card.isChecked()), self.consequence, self.ending]

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.step_text.setText(pick(self.step.text, lang))
        for card, choice in zip(self.cards, self.shown, strict=True):
            card.text.setText(pick(choice.text, lang))
        self.story.setVisible(bool(self.story.text()))
        chosen = self.chosen
        self.consequence.setVisible(chosen is not None)
        self.consequence.setText(pick(chosen.consequence, lang) if chosen else "")
        self.go_on.setVisible(chosen is not None and chosen.next is not None)
        self.go_on.setText(self.tr("Continue the story"))
        ending = ending_of(self.question, self.path) if self.answered else None
        self.ending.setVisible(ending is not None)
        names = {
            "good": self.tr("A good ending: you stayed safe."),
            "risky": self.tr("A risky ending: it could have gone wrong."),
            "harmful": self.tr("A harmful ending: this is how people lose money or trust."),
        }
        self.ending.setText(names.get(ending or "", ""))
        if ending is not None:
            self._show_verdict(ending == "good")

    def _show_verdict(self, good: bool) -> None:
        """The card that ended the story, coloured by how it ended, with a symbol and words."""
        for card in self.cards:
            if card.isChecked():
                verdict = Verdict.CHOSEN_RIGHT if good else Verdict.CHOSEN_WRONG
                words = (
                    self.tr("✓ Your choice: a good ending")
                    if good
                    else self.tr("✗ Your choice: it did not end well")
                )
                card.show_verdict(verdict, words)
