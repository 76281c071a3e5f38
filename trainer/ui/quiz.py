"""A quiz, one question at a time. Each answer is stored before the explanations appear."""

import time
import uuid
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trainer.course.model import Library, Module, Question, pick
from trainer.learning.answering import answer_parts
from trainer.learning.events import Event, Verb
from trainer.learning.grading import grade
from trainer.learning.progress import QuizState, is_mastered, quiz_state
from trainer.learning.shuffle import recorded_order, shown_order
from trainer.reports.wording import local_digits
from trainer.store.events import events_of, record
from trainer.store.learners import Learner
from trainer.store.settings import mastery_rule
from trainer.ui import answers
from trainer.ui.context import AppContext
from trainer.ui.how_sure import HowSure
from trainer.ui.marks import must_show
from trainer.ui.picture_view import PictureOverlay
from trainer.ui.question_page import QuestionPage
from trainer.ui.quiz_bar import QuizBar
from trainer.ui.widgets import Screen, icon, label, set_role


class QuizScreen(Screen):
    finished = Signal(object, bool)
    """(Module, mastered): the attempt ended, with or without mastery."""

    def __init__(self, context: AppContext, learner: Learner, module: Module) -> None:
        super().__init__()
        self.context, self.learner, self.module = context, learner, module
        self._start()
        self.question: Question | None = None
        self.answer: answers.AnswerWidget | None = None
        self.mastered_now = False
        self.hint_used = False  # read by a resize, which may come before the first question

        self.title = label(role="quiet")
        self.counter = label(role="quiet")
        self.bar = QuizBar()
        self.listen, self.hint_button, self.verdict = self.bar.listen, self.bar.hint_button, self.bar.verdict
        self.verdict_mark, self.check_button, self.next_button = (
            self.bar.verdict_mark,
            self.bar.check_button,
            self.bar.next_button,
        )
        self.hint_button.clicked.connect(self.show_hint)
        self.check_button.clicked.connect(self.check)
        self.next_button.clicked.connect(self.advance)
        self.sure_box = HowSure()
        self.sure_box.chosen.connect(self.set_confidence)
        self.scroller = QuestionPage(self.sure_box)
        self.prompt, self.hint, self.picture = self.scroller.prompt, self.scroller.hint, self.scroller.picture
        self.picture.clicked.connect(self.enlarge_picture)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addLayout(header)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.bar)
        self.overlay = PictureOverlay(self)
        self.advance()

    @property
    def answered(self) -> bool:
        return self.answer is not None and self.answer.answered

    def _state(self) -> QuizState:
        return quiz_state(events_of(self.context.database, self.learner.id, self.module.id))

    def _record(
        self, verb: Verb, result: dict[str, Any] | None = None, context: dict[str, Any] | None = None
    ) -> None:
        event = Event(self.learner.id, verb, self.module.id, result=result or {}, context=context or {})
        record(self.context.database, event)

    def _start(self) -> None:
        """Resume the attempt under way, or start one."""
        self.state = self._state()
        if self.state.attempt is None:
            self._record(Verb.STARTED_QUIZ, context={"attempt": str(uuid.uuid4())})
            self.state = self._state()

    def _next(self) -> Question | None:
        question_id = self.state.next_question(self.module)
        return self.module.question(question_id) if question_id else None

    def _end(self) -> None:
        self._record(Verb.FINISHED_QUIZ, context={"attempt": self.state.attempt})
        self.finished.emit(self.module, False)

    def _position(self) -> tuple[int, int]:
        assert self.question is not None
        return list(self.module.questions).index(self.question) + 1, len(self.module.questions)

    def _answer_context(self) -> dict[str, Any]:
        return {"attempt": self.state.attempt}

    def _shuffle_key(self) -> str:
        """What, with the learner and the question, decides the order of the options: the attempt."""
        return str(self.state.attempt)

    def _after_answer(self) -> bool:
        """What the answer changes beyond itself; True when the screen moves straight on."""
        if self.module.test is not None:
            self.advance()  # a test measures: no feedback until the end, no mastery
            return True
        rule = mastery_rule(self.context.database, self.module)
        if is_mastered(self.state.recent, rule):
            attempt = {"attempt": self.state.attempt} if self.state.attempt else None
            self._record(Verb.MASTERED, result={"rule": str(rule)}, context=attempt)
            self.mastered_now = True
        return False

    def advance(self) -> None:
        """Show the next question, or end the attempt."""
        if self.mastered_now:
            self.finished.emit(self.module, True)
            return
        question = self._next()
        if question is None:
            self._end()
            return
        self._show_question(question)

    def content_changed(self, library: Library) -> None:
        """An editor saved a file (live preview): show this question as it is now, not yet answered."""
        module = library.module(self.module.id)
        question = module.question(self.question.id) if module and self.question else None
        if module is not None and question is not None:
            self.module = module
            self.sure_box.hide()
            self._show_question(question)

    def _show_question(self, question: Question) -> None:
        self.question = question
        if self.answer is not None:
            self.answer.setParent(None)
            self.answer.deleteLater()
        self.hint_used = False
        self.confidence: str | None = None
        self.shown_at = time.monotonic()
        self.order = shown_order(question, self.learner.id, self._shuffle_key())
        self.answer = answers.for_question(self.question, self.order)
        self.answer.changed.connect(self._answer_changed)
        self.answer.changed.connect(self._chain_tabs)
        self.scroller.show_answer(self.answer)
        self.picture.show_picture(None if self.answer.shows_picture else self.question.image)
        self.retranslate()
        self._fit()
        self._chain_tabs()
        self.scroller.verticalScrollBar().setValue(0)
        self._focus_start()

    def _focus_start(self) -> None:
        """The keyboard starts on the first option of a new question, never in the top bar."""
        assert self.answer is not None
        start = self.answer.first_focus() or self.check_button
        start.setFocus(
            Qt.FocusReason.TabFocusReason if self.bar.by_keyboard else Qt.FocusReason.OtherFocusReason
        )

    def _chain_tabs(self) -> None:
        """Tab goes from the hint through the answer, top to bottom, to Check and Next."""
        assert self.answer is not None
        chain = [
            self.listen.button,
            self.hint_button,
            self.picture,
            *self.answer.tab_chain(),
            self.check_button,
            self.next_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()  # only shown widgets say how tall their wrapped words make them
        if self.answer is not None and not self.answered:
            self._focus_start()
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.scroller.fit(self.answer, self.hint_used)

    def enlarge_picture(self) -> None:
        if self.picture.path is not None:
            self.overlay.open_picture(self.picture.path, self.picture, self.tr("Close"))

    def _answer_changed(self) -> None:
        """A changed answer takes away "Pick an answer first": it no longer applies."""
        if not self.answered and not self.sure_box.isVisible():
            self.verdict.clear()
        self._mark_in_view()

    def _mark_in_view(self) -> None:
        """Mark what the learner must see without scrolling, for the layout check: before Check
        the options and Check (then, if asked, how sure they are), after it the line that says
        how they did, their own answer and why, and Next."""
        if self.answer is None:
            return
        if self.answered:
            must_show(self, [self.verdict, *self.answer.seen_after_check(), self.next_button])
        elif not self.sure_box.isHidden():
            must_show(self, list(self.sure_box.cards.values()))
        else:
            must_show(self, [*self.answer.options(), self.check_button])

    def set_confidence(self, level: str) -> None:
        """The learner's "how sure?" goes with the answer; then the answer is stored and explained."""
        self.confidence = level
        self.sure_box.hide()
        self.check()

    def show_hint(self) -> None:
        """The hint is shown, and its use goes with the answer's event."""
        self.hint_used = True
        self.retranslate()
        self._fit()

    def check(self) -> None:
        assert self.question is not None and self.answer is not None
        response = self.answer.response()
        if response is None:
            self.verdict.setText(self.tr("Pick an answer first."))
            set_role(self.verdict, "role", "message")
            return
        if self.module.confidence and self.confidence is None:
            self.sure_box.ask()
            self.check_button.hide()
            self.verdict.setText(self.tr("How sure are you?"))
            set_role(self.verdict, "role", "heading")
            self.scroller.bring_into_view(self.sure_box)
            self._mark_in_view()
            return
        result, context = answer_parts(
            self.question,
            response,
            grade(self.question, response),
            self._answer_context(),
            confidence=self.confidence,
            duration_ms=round((time.monotonic() - self.shown_at) * 1000),
            hint_used=self.hint_used,
            order=recorded_order(self.question, self.order, response),
        )
        self._record(Verb.ANSWERED, result, context)
        self.state = self._state()
        if self._after_answer():
            return
        self.answer.reveal(self.context.lang)
        self.retranslate()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroller.bring_into_view(*self.answer.seen_after_check())

    def retranslate(self) -> None:
        lang = self.context.lang
        question = self.question
        if question is None or self.answer is None:
            return
        self.title.setText(pick(self.module.title, lang))
        self.counter.setText(
            self.tr("Question {} of {}").format(*(local_digits(n, lang) for n in self._position()))
        )
        self.prompt.setText(pick(question.prompt, lang))
        if not self.answered:
            self.listen.set_recording(question.audio.get(lang), self.tr("Listen"))
        self.answer.retranslate(lang)
        self.hint_button.setText(self.tr("Show a hint"))
        self.hint_button.setVisible(question.hint is not None and not self.hint_used and not self.answered)
        self.hint.setText(pick(question.hint or {}, lang))
        self.hint.setVisible(self.hint_used)
        self.sure_box.retranslate()
        self.check_button.setText(self.tr("Check"))
        self.check_button.setVisible(not self.answered and not self.sure_box.isVisible())
        self.next_button.setText(self.tr("Next"))
        self.next_button.setVisible(self.answered)
        if self.answered:
            right = grade(question, self.answer.response()).correct
            self.verdict.setText(self.tr("Right!") if right else self.tr("Not quite. Read the explanations."))
            self.verdict_mark.setPixmap(icon("ui", "check" if right else "cross").pixmap(QSize(36, 36)))
            set_role(self.verdict, "role", "heading" if right else "message")
        elif not self.sure_box.isVisible():
            self.verdict.clear()
        self.verdict_mark.setVisible(self.answered)
        self._mark_in_view()
