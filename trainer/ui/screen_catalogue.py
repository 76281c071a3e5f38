"""The screens the gallery and the layout check show: every learner and facilitator screen and
dialog, reached as a person would, on the demo class and learners with long Khmer names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from trainer.course.model import Module, Question
from trainer.course.types import TYPES
from trainer.learning.events import Event, Verb
from trainer.store.events import record
from trainer.store.learners import add_learner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from trainer.ui.main_window import MainWindow

Step = Callable[[], "QWidget | None"]
"""Shows a screen; returns the dialog it opened, if any, to be grabbed instead of the window."""


SEED_LEARNERS = (
    ("សុខា", "kite"),
    ("Dara", "buffalo"),
    ("ស្រីមុំ", "mango"),
    ("Vannak", "rooster"),
    ("ព្រហ្មវង្សា សុវណ្ណារ៉ាក្សស្មី", "elephant"),  # a long Khmer name, with subscripts and vowels above
)
LESSON_SCREENS = ("lesson", "quiz-", "type-")
"""Screens of lessons and quizzes (their own modules); the rest are the picker, home, sign-in,
the result and the facilitator's."""


@dataclass(frozen=True)
class Shot:
    """One screen of the catalogue: its name and the step that shows it."""

    name: str
    show: Step

    @property
    def lesson_or_quiz(self) -> bool:
        return self.name.startswith(LESSON_SCREENS)


def catalogue(window: MainWindow) -> list[Shot]:
    """Every screen and dialog, on the demo class and some learners with long names. The
    demo is seeded first: it needs an empty folder."""
    facilitator_steps = _facilitator_steps(window)
    return [Shot(name, step) for name, step in [*_steps(window), *facilitator_steps]]


def _steps(window: MainWindow) -> list[tuple[str, Step]]:
    database, library = window.context.database, window.context.library
    learners = [add_learner(database, name, avatar, "sun-moon-star") for name, avatar in SEED_LEARNERS]
    learner = learners[0]
    lessons = [module for module in library.modules if module.test is None]
    first, last = lessons[0], lessons[-1]
    record(database, Event(learner.id, Verb.READ, first.id, context={"page": 1}))
    record(database, Event(learner.id, Verb.MASTERED, last.id))

    def mastered() -> None:
        window.show_result(first, True)

    steps: list[tuple[str, Step]] = [
        ("picker", window.show_picker),
        ("new-learner", window.show_new_learner),
        ("sign-in", lambda: window.show_sign_in(learners[-1])),
        ("home", lambda: window.sign_in(learner)),
        ("lesson", lambda: window.open_lesson(first, 0)),
        ("quiz-question", lambda: window.open_quiz(first)),
        ("quiz-feedback", partial(answer_wrongly, window)),
        ("module-mastered", mastered),
    ]
    pictured = next(  # a picture above options the editor wrote
        (module, question)
        for module in lessons
        for question in module.questions
        if question.image is not None and question.options and not TYPES[question.type].named_options
    )
    with_picture = replace(pictured[0], id=f"{pictured[0].id}--picture", questions=(pictured[1],))
    steps.append(("quiz-picture", partial(window.open_quiz, with_picture)))
    steps.append(("quiz-picture-feedback", partial(_answer_first_way, window, with_picture)))
    # a module that asks "how sure?" before it checks: the three cards must show with the options
    asks = replace(first, id=f"{first.id}--how-sure", questions=first.questions[:1], confidence=True)
    steps.append(("quiz-how-sure", partial(_answer_first_way, window, asks)))
    for kind, question in _one_question_per_type(library.modules).items():
        module = library.module(question.module_id) or first
        # its own id: the learner's open attempt at the real module must not hold this question
        alone = replace(module, id=f"{module.id}--{kind}", questions=(question.question,))
        steps.append((f"type-{kind}", partial(window.open_quiz, alone)))
        steps.append((f"type-{kind}-feedback", partial(_answer_first_way, window, alone)))
    return steps


def _facilitator_steps(window: MainWindow) -> list[tuple[str, Step]]:
    """The facilitator area on the demo class: four months of varied progress."""
    from trainer.demo.seed import seed_demo
    from trainer.store.backup import backups_folder, make_backup
    from trainer.store.facilitators import (
        add_facilitator,
        check_password,
        has_facilitator,
        open_gate,
        seconds_to_wait,
    )
    from trainer.store.learners import all_learners
    from trainer.ui.facilitator_area import PAGES, FacilitatorArea
    from trainer.ui.learner_detail import LearnerDetail
    from trainer.ui.module_detail import ModuleDetail

    context = window.context
    demo = seed_demo(context.database, context.library)
    with context.database.writing():  # two records the LRS refused: its page shows them
        context.database.execute(
            "INSERT INTO lrs_outbox (event_id, statement, state, problem, queued_at, changed_at)"
            " SELECT id, '{}', 'quarantined', 'HTTP 400: invalid statement', timestamp, timestamp"
            " FROM events WHERE verb = 'answered' ORDER BY timestamp LIMIT 2"
        )
        context.database.execute(  # a "finish by" date on the first module, for the classes page to show
            "UPDATE assignments SET target_date = '2026-12-15' WHERE class_id = ? AND position = 0",
            (demo.class_id,),
        )
    make_backup(context.database, backups_folder(context.database.path))  # a row in the backups table

    def gate(wait: bool) -> None:
        if not has_facilitator(context.database):
            add_facilitator(context.database, "Sokha", "kampot-2026")
        if wait and not seconds_to_wait(context.database):
            for _ in range(5):
                open_gate(context.database, "not-the-password")
        window.sign_out()
        window.show_facilitator_gate()

    def page(name: str) -> None:
        if not isinstance(window.screen_widget, FacilitatorArea):
            signed_in = check_password(context.database, "kampot-2026")
            assert signed_in is not None
            window.open_facilitator_area(signed_in)
        area = window.screen_widget
        assert isinstance(area, FacilitatorArea)
        shown = area.page(name)
        if name == "dashboard":
            from trainer.ui.dashboard import DashboardScreen

            assert isinstance(shown, DashboardScreen)
            shown.classes.setCurrentIndex(shown.classes.findData(demo.class_id))

    def add_learners() -> QWidget:
        from trainer.ui.add_learners import AddLearners

        dialog = AddLearners(context, demo.class_id, window)
        dialog.show()
        return dialog

    def detail(kind: str) -> QWidget:
        dialog: QDialog
        if kind == "learner":
            busiest = max(all_learners(context.database, demo.class_id), key=lambda one: len(one.name))
            dialog = LearnerDetail(context, busiest, window)
        elif kind == "charts":
            from trainer.reports.class_data import load_class
            from trainer.ui.class_charts import ClassCharts

            dialog = ClassCharts(
                load_class(context.database, context.library, demo.class_id), [], context.lang, window
            )
        else:
            dialog = ModuleDetail(context, next(m for m in context.library.modules if m.test is None), window)
        dialog.show()
        return dialog

    def create() -> None:
        window.sign_out()  # the facilitator comes from the picker: no learner's bar above
        window.show_facilitator_gate()

    steps: list[tuple[str, Step]] = [
        ("facilitator-create", create),  # no account yet: the form to make it
        ("facilitator-gate", partial(gate, False)),
        ("facilitator-gate-wait", partial(gate, True)),  # the longest message there
    ]
    steps += [(f"facilitator-{name}", partial(page, name)) for name, _, _ in PAGES]
    steps += [
        (f"facilitator-{kind}-detail", partial(detail, kind)) for kind in ("learner", "module", "charts")
    ]
    steps.append(("facilitator-add-learners", add_learners))
    return steps


@dataclass(frozen=True)
class _Found:
    module_id: str
    question: Question


def _one_question_per_type(modules: tuple[Module, ...]) -> dict[str, _Found]:
    found: dict[str, _Found] = {}
    for module in (module for module in modules if module.test is None):
        for question in module.questions:
            found.setdefault(question.type, _Found(module.id, question))
    return found


def _answer_first_way(window: MainWindow, module: Module) -> None:
    window.open_quiz(module)
    answer_wrongly(window)


def answer_wrongly(window: MainWindow) -> None:
    """Answer the question on screen as a learner might get it wrong, to show the feedback."""
    from trainer.ui.answers.choices import ChoicesAnswer
    from trainer.ui.answers.hotspot import HotspotAnswer
    from trainer.ui.answers.matching import MatchingAnswer
    from trainer.ui.answers.rating import RatingAnswer
    from trainer.ui.answers.scenario import ScenarioAnswer
    from trainer.ui.quiz import QuizScreen

    screen = window.screen_widget
    assert isinstance(screen, QuizScreen) and screen.answer is not None
    answer = screen.answer
    if isinstance(answer, ChoicesAnswer):
        wrong = [row for row in answer.rows if row.option.id not in answer.question.answer]
        (wrong or answer.rows)[0].choice.clicked.emit()
    elif isinstance(answer, RatingAnswer):
        answer.rate(2 if answer.question.post_is_true else 6)
    elif isinstance(answer, MatchingAnswer):
        for choice in answer.choices:
            choice.setCurrentIndex(1)
    elif isinstance(answer, ScenarioAnswer):
        while answer.response() is None:
            answer.choose(answer.step.choices[-1])
            answer.next_step()
    elif isinstance(answer, HotspotAnswer):
        flag = answer.question.regions[0]
        answer.picture.tap(flag.x + flag.width / 2, flag.y + flag.height / 2)
        answer.picture.tap(answer.picture.box.right() - 5, answer.picture.box.top() + 5)
    screen.check()
