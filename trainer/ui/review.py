"""A booster session: up to 10 due questions from mastered modules, with the quiz's feedback."""

import uuid
from typing import Any

from PySide6.QtCore import Signal

from trainer.course.model import Module, Question
from trainer.store.learners import Learner
from trainer.ui.context import AppContext
from trainer.ui.quiz import QuizScreen


class ReviewScreen(QuizScreen):
    done = Signal()

    def __init__(self, context: AppContext, learner: Learner, plan: list[tuple[Module, Question]]) -> None:
        self.plan, self.index = plan, -1
        super().__init__(context, learner, plan[0][0])

    def _start(self) -> None:
        self.state = self._state()
        self.session = str(uuid.uuid4())

    def _shuffle_key(self) -> str:
        """A booster session is not resumed: its options are shuffled afresh for each session."""
        return self.session

    def _next(self) -> Question | None:
        self.index += 1
        if self.index >= len(self.plan):
            return None
        self.module, question = self.plan[self.index]
        return question

    def _end(self) -> None:
        self.done.emit()

    def _position(self) -> tuple[int, int]:
        return self.index + 1, len(self.plan)

    def _answer_context(self) -> dict[str, Any]:
        return {"review": True}

    def _after_answer(self) -> bool:
        return False
