"""python -m trainer screenshots: render each main screen to a PNG, on data seeded in a temp folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import LANGUAGES
from trainer.learning.events import Event, Verb
from trainer.store.events import record
from trainer.store.learners import add_learner

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow

SIZE = (1280, 800)
SEED_LEARNERS = (("សុខា", "lotus"), ("Dara", "buffalo"), ("ស្រីមុំ", "mango"), ("Vannak", "rooster"))


def take_screenshots(out: Path, language: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.ui.app import make_app, open_window

    app = make_app()
    out.mkdir(parents=True, exist_ok=True)
    for lang in [language] if language else list(LANGUAGES):
        with tempfile.TemporaryDirectory() as data:
            window = open_window(Path(data), lang, None)
            window.resize(*SIZE)
            window.show()
            for name, step in _steps(window):
                step()
                for _ in range(3):
                    app.processEvents()
                path = out / f"{name}-{lang}.png"
                window.grab().save(str(path))
                print(path)
            window.idle.stop()
            window.close()
            window.context.database.close()
    return 0


def _steps(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    from trainer.ui.answers.choices import ChoicesAnswer
    from trainer.ui.quiz import QuizScreen

    database, library = window.context.database, window.context.library
    learners = [add_learner(database, name, avatar, "sun-moon-star") for name, avatar in SEED_LEARNERS]
    learner = learners[0]
    first, second = library.modules[0], library.modules[1]
    record(database, Event(learner.id, Verb.READ, first.id, context={"page": 1}))
    record(database, Event(learner.id, Verb.MASTERED, second.id))

    def quiz() -> QuizScreen:
        screen = window.screen_widget
        assert isinstance(screen, QuizScreen)
        return screen

    def feedback() -> None:
        screen = quiz()
        assert screen.question is not None
        wrong = next(o for o in screen.question.options if o.id not in screen.question.answer)
        assert isinstance(screen.answer, ChoicesAnswer)
        screen.answer.rows[screen.question.options.index(wrong)].choice.clicked.emit()
        screen.check()

    def mastered() -> None:
        window.show_result(first, True)

    return [
        ("picker", window.show_picker),
        ("new-learner", window.show_new_learner),
        ("home", lambda: window.sign_in(learner)),
        ("lesson", lambda: window.open_lesson(first, 0)),
        ("quiz-question", lambda: window.open_quiz(first)),
        ("quiz-feedback", feedback),
        ("module-mastered", mastered),
    ]
