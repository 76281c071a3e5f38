"""What a facilitator's detail dialogs show: one learner's answers and reviews due, and one
module's difficult questions."""

from dataclasses import dataclass
from datetime import datetime

from trainer.course.model import Library, Module, Question
from trainer.learning.confidence import confident_errors
from trainer.learning.dashboard import Difficulty, difficult_questions
from trainer.learning.events import Event
from trainer.learning.review import review_questions
from trainer.store import events
from trainer.store.database import Database
from trainer.store.reviews import DueCount, due_counts


@dataclass(frozen=True)
class LearnerAnswers:
    answers: list[tuple[Event, Module | None, Question | None]]
    """Newest first, each with its module and question (None when the content lacks them now)."""
    reviews: DueCount | None
    """Questions due for review, and how many of them late; None when none are due."""


def learner_answers(database: Database, library: Library, learner_id: str, now: datetime) -> LearnerAnswers:
    rows = []
    for event in reversed(events.answers(database, learner_id=learner_id)):
        module = library.module(event.module_id)
        question = module.question(event.context.get("question", "")) if module else None
        rows.append((event, module, question))
    due = due_counts(database, now, review_questions(library)).get(learner_id)
    return LearnerAnswers(rows, due if due is not None and due.due else None)


@dataclass(frozen=True)
class Difficult:
    question: Question
    difficulty: Difficulty
    sure_but_wrong: int
    """Wrong answers given as "very sure": a misconception rather than a guess."""


def difficult_of(database: Database, module: Module) -> list[Difficult]:
    """The module's questions, most often answered wrong first."""
    answers = events.answers(database, module_id=module.id)
    sure_and_wrong = confident_errors(answers)
    found = []
    for difficulty in difficult_questions(module, answers):
        question = module.question(difficulty.question_id)
        assert question is not None
        asked = f"{module.id}/{question.id}"
        sure = sum(n for (_, about), n in sure_and_wrong.items() if about == asked)
        found.append(Difficult(question, difficulty, sure))
    return found
