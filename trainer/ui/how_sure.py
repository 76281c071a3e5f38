""" "How sure are you?", asked before a learner's answer is checked where the module asks it:
three cards with a picture each, moved between with the arrow keys."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from trainer.ui.choice import ChoiceCard, link_arrows
from trainer.ui.widgets import icon

LEVELS = ("unsure", "bit-sure", "sure")


class HowSure(QWidget):
    chosen = Signal(str)
    """One of LEVELS."""

    def __init__(self) -> None:
        super().__init__()
        self.cards = {level: ChoiceCard(f"confidence-{level}") for level in LEVELS}
        row = QHBoxLayout(self)
        for level, card in self.cards.items():
            card.setMark(icon("confidence", level), size=44)
            card.clicked.connect(lambda level=level: self.chosen.emit(level))
            row.addWidget(card)
        link_arrows(list(self.cards.values()))
        self.hide()

    def ask(self) -> None:
        self.show()
        self.cards[LEVELS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        names = {
            "unsure": self.tr("Not sure"),
            "bit-sure": self.tr("A bit sure"),
            "sure": self.tr("Very sure"),
        }
        for level, card in self.cards.items():
            card.text.setText(names[level])
