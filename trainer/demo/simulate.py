"""A demo learner's months at the centre, as the events the app records.

Each class day the learner may come for half an hour or so: reviews first when some are due,
then the next assigned module, page by page and question by question, until the time is up
(sometimes in the middle of a lesson or a quiz). Answers are graded by the app's graders, and
mastery, attempts and reviews come from the app's own projections, so that every screen and
report agrees with what the demo recorded.
"""

import random
import uuid
import zlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from trainer.course.model import Library, Module, Question
from trainer.course.types import TYPES
from trainer.learning.answering import answer_parts
from trainer.learning.events import Event, Verb
from trainer.learning.grading import grade
from trainer.learning.progress import Status, is_mastered, place_in, quiz_state, status
from trainer.learning.review import reviews_due
from trainer.learning.shuffle import recorded_order, shown_order


@dataclass(frozen=True)
class Habits:
    skill: float
    """The chance of a first answer being right, before practice."""
    attendance: float
    """The chance of coming on a class day."""
    hints: float
    """The chance of opening a hint where there is one."""
    slowness: float
    """Multiplies reading and answering times."""
    joined: datetime
    stopped: datetime | None = None
    """No more visits after this, for a learner who stopped coming."""
    stuck_from: datetime | None = None
    """From then on, the module the learner is on defeats them: wrong answer after wrong answer."""


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def difficulty(module: Module, question: Question) -> float:
    """How much harder than average a question is, the same for every learner."""
    return (zlib.crc32(f"{module.id}/{question.id}".encode()) % 1000) / 1000 * 0.45 - 0.1


class LearnerMonths:
    """Builds one learner's events, oldest first."""

    def __init__(
        self,
        learner_id: str,
        habits: Habits,
        library: Library,
        plan: list[Module],
        rng: random.Random,
        course_end: datetime,
        max_answers: int | None = None,
    ) -> None:
        self.learner_id, self.habits, self.library, self.plan = learner_id, habits, library, plan
        self.rng, self.course_end, self.max_answers = rng, course_end, max_answers
        self.events: list[Event] = []
        self.by_module: dict[str, list[Event]] = defaultdict(list)
        self.statuses: dict[str, Status] = {}
        """Each module's status, projected again when its events change."""
        self.tries: dict[tuple[str, str], int] = defaultdict(int)
        self.answers = 0
        self.clock = habits.joined
        self.until = habits.joined
        self.discernment = min(0.6, max(0.0, rng.gauss(0.1 + 0.3 * habits.skill, 0.1)))

    @property
    def stuck(self) -> bool:
        return self.habits.stuck_from is not None and self.clock >= self.habits.stuck_from

    @property
    def full(self) -> bool:
        return self.max_answers is not None and self.answers >= self.max_answers

    def visit(self, start: datetime, reviews: bool = True) -> None:
        """One visit to the centre, from `start`. With `max_answers`, a learner with nothing left
        to do practises, until they have given that many answers."""
        rng = self.rng
        self.clock = start + timedelta(minutes=rng.uniform(0, 15))
        self.until = self.clock + timedelta(minutes=rng.uniform(15, 40))
        mastered_some = any(event.verb is Verb.MASTERED for event in self.events)
        if reviews and not self.stuck and mastered_some and rng.random() < 0.4:
            self.review()
        while self.clock < self.until and not self.full:
            module = self.next_module()
            if module is None:
                if self.max_answers is not None:
                    self.practise()
                return
            self.work_on(module)

    def next_module(self) -> Module | None:
        """The first assigned module not finished; the post-test comes once every lesson is
        mastered, or in the course's last two weeks for a learner who mastered three or more and
        is not stuck."""
        lessons = [module for module in self.plan if module.test is None]
        mastered = sum(self.status(module) is Status.MASTERED for module in lessons)
        near_end = self.clock > self.course_end - timedelta(days=14)
        unfinished = [m for m in self.plan if self.status(m) not in (Status.MASTERED, Status.DONE)]
        post_tests = [m for m in unfinished if m.test == "post"]
        if post_tests and (mastered == len(lessons) or (near_end and mastered >= 3 and not self.stuck)):
            return post_tests[0]
        return next((module for module in unfinished if module.test != "post"), None)

    def status(self, module: Module) -> Status:
        if module.id not in self.statuses:
            self.statuses[module.id] = status(self.by_module[module.id], test=module.test is not None)
        return self.statuses[module.id]

    def work_on(self, module: Module) -> None:
        events = self.by_module[module.id]
        place = place_in(events)
        if module.test is None and (place is None or not place.in_quiz):
            tried = any(event.verb is Verb.FINISHED_QUIZ for event in events)
            again = place is not None or not tried or self.rng.random() < 0.4
            if again and not self.read(module, place.page if place else 0):
                return
        while self.clock < self.until and not self.full:
            if self.quiz(module) != "tried":
                return
            if self.rng.random() < 0.5:  # "Read the lesson again" rather than "Try again"
                self.read(module, 0)

    def read(self, module: Module, first_page: int) -> bool:
        """Read the lesson from a page; False when time ran out before its end."""
        pages = module.lesson.in_language("km")
        for page in range(first_page, len(pages)):
            if self.clock >= self.until:
                return False
            self.record(Verb.READ, module, context={"page": page})
            self.wait(self.rng.uniform(120, 360) * self.habits.slowness)
        return True

    def quiz(self, module: Module) -> str:
        """Answer until mastered ("mastered"), to the end ("tried", or "done" for a test), or
        until the time is up ("left", the attempt stays open as in the app)."""
        state = quiz_state(self.by_module[module.id])
        if state.attempt is None:
            self.record(Verb.STARTED_QUIZ, module, context={"attempt": new_id(self.rng)})
            state = quiz_state(self.by_module[module.id])
        while (question_id := state.next_question(module)) is not None:
            if self.clock >= self.until or self.full:
                return "left"
            question = module.question(question_id)
            assert question is not None
            self.answer(module, question, {"attempt": state.attempt})
            state = quiz_state(self.by_module[module.id])
            if module.test is None and is_mastered(state.recent, module.mastery):
                self.record(Verb.MASTERED, module, result={"rule": str(module.mastery)})
                return "mastered"
        self.record(Verb.FINISHED_QUIZ, module, context={"attempt": state.attempt})
        return "done" if module.test else "tried"

    def review(self) -> None:
        for module, question in reviews_due(self.library, self.events, self.clock):
            if self.full:
                return
            self.answer(module, question, {"review": True})

    def practise(self) -> None:
        """Questions of mastered modules picked at random, answered as boosters, until time is up."""
        mastered = [m for m in self.plan if self.status(m) is Status.MASTERED]
        while mastered and self.clock < self.until and not self.full:
            module = self.rng.choice(mastered)
            self.answer(module, self.rng.choice(module.questions), {"review": True})

    def answer(self, module: Module, question: Question, where: dict[str, Any]) -> None:
        """Answer as quiz.py records it: the answer's event when "Check" is pressed."""
        rng, kind = self.rng, TYPES[question.type]
        hint_used = question.hint is not None and rng.random() < self.habits.hints
        if module.test is not None and kind.measures_discernment:
            response: Any = self.rating(module, question)
        elif rng.random() < self.chance(module, question, hint_used, "review" in where):
            response = kind.right_answer(question, rng)
        else:
            response = kind.wrong_answer(question, rng)
        result = grade(question, response)
        seconds = kind.seconds_to_answer * self.habits.slowness * rng.uniform(0.5, 1.6)
        seconds += 20 if hint_used else 0
        self.wait(seconds)
        sure = ("sure" if result.correct else "bit-sure") if rng.random() < 0.6 else "unsure"
        session = str(where.get("attempt") or f"review-{self.answers}")
        order = recorded_order(question, shown_order(question, self.learner_id, session), response)
        self.record(
            Verb.ANSWERED,
            module,
            *answer_parts(
                question,
                response,
                result,
                where,
                confidence=sure if module.confidence else None,
                duration_ms=round(seconds * 1000),
                hint_used=hint_used,
                order=order,
            ),
        )
        self.tries[module.id, question.id] += 1
        self.answers += 1
        self.wait(rng.uniform(10, 40) if module.test is None else 1)  # reading the explanations

    def chance(self, module: Module, question: Question, hint_used: bool, review: bool) -> float:
        if self.stuck and not review:
            return 0.05
        practice = 0.12 * min(self.tries[module.id, question.id], 3) + (0.1 if hint_used else 0)
        return min(0.97, max(0.05, self.habits.skill + practice - difficulty(module, question)))

    def rating(self, module: Module, question: Question) -> int:
        """A reliability rating in a test: true posts rated higher, the more discerning the learner;
        the modules mastered before a post-test make them more discerning."""
        discernment = self.discernment
        if module.test == "post":
            lessons = [m for m in self.plan if m.test is None]
            mastered = sum(self.status(m) is Status.MASTERED for m in lessons) / max(1, len(lessons))
            discernment = min(1.0, discernment + 0.1 + 0.4 * mastered + self.rng.gauss(0, 0.08))
        lean = 3 * discernment if question.post_is_true else -3 * discernment
        return min(7, max(1, round(4 + lean + self.rng.gauss(0, 1.1))))

    def wait(self, seconds: float) -> None:
        self.clock += timedelta(seconds=seconds)

    def record(
        self,
        verb: Verb,
        module: Module,
        result: dict[str, Any] | None = None,
        context: dict[str, Any] | None = None,
    ) -> None:
        event = Event(
            self.learner_id,
            verb,
            module.id,
            result=result or {},
            context=context or {},
            id=new_id(self.rng),
            timestamp=self.clock.isoformat(timespec="microseconds"),
        )
        self.events.append(event)
        self.by_module[module.id].append(event)
        self.statuses.pop(module.id, None)
