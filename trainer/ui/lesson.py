"""A lesson, one page at a time, big and readable; web links are text, never fetched, and only
the module's own pictures are shown."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from trainer.course.model import Library, Module, pick
from trainer.course.render import render_page
from trainer.learning.events import Event, Verb
from trainer.reports.wording import local_digits
from trainer.store.events import record
from trainer.store.learners import Learner
from trainer.ui.context import AppContext
from trainer.ui.listen import Listen
from trainer.ui.pictures import ModulePage
from trainer.ui.widgets import Screen, button, forward_button, icon, label

LESSON_CSS = """
h1 { font-size: 24pt; } h2 { font-size: 20pt; }
p, li, td, th, blockquote { font-size: 17pt; }
.web-address { color: #5b6577; font-size: 13pt; }
"""


class LessonScreen(Screen):
    start_quiz = Signal(object)

    def __init__(self, context: AppContext, learner: Learner, module: Module, page: int = 0) -> None:
        super().__init__()
        self.context, self.learner, self.module = context, learner, module
        self.page = page
        self.title = label(role="heading")
        self.counter = label(role="quiet")
        self.browser = ModulePage(module.folder)
        self.browser.document().setDefaultStyleSheet(LESSON_CSS)
        self.back_button = button(icon_=icon("ui", "back"))
        self.back_button.setObjectName("lesson-back")
        self.back_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = forward_button("lesson-next")
        self.next_button.clicked.connect(self._next)
        for step_button in (self.back_button, self.next_button):
            step_button.setAutoDefault(True)  # Enter works as Space does

        self.listen = Listen("lesson-listen")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.listen.button)
        header.addWidget(self.counter)
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addStretch()
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        layout.addLayout(steps)
        self.show_page(min(page, self.page_count - 1))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The keyboard starts on Next, so that Space or Enter turns the page, never "My modules"."""
        super().showEvent(event)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def page_count(self) -> int:
        return len(self.module.lesson.in_language(self.context.lang))

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count - 1))
        record(
            self.context.database,
            Event(self.learner.id, Verb.READ, self.module.id, context={"page": self.page}),
        )
        self.retranslate()

    def content_changed(self, library: Library) -> None:
        """An editor saved a file (live preview): show this page of the module as it is now."""
        module = library.module(self.module.id)
        if module is not None:
            self.module = module
            self.browser.folder = module.folder
            self.page = min(self.page, self.page_count - 1)
            self.retranslate()

    def _next(self) -> None:
        if self.page + 1 < self.page_count:
            self.show_page(self.page + 1)
        else:
            self.start_quiz.emit(self.module)

    def retranslate(self) -> None:
        lang = self.context.lang
        pages = self.module.lesson.in_language(lang)
        self.title.setText(pick(self.module.title, lang))
        self.counter.setText(
            self.tr("Page {} of {}").format(local_digits(self.page + 1, lang), local_digits(len(pages), lang))
        )
        note = self.tr("needs the internet, not opened here")
        html = render_page(pages[self.page], note, self.module.folder)
        self.browser.setHtml(html)
        self.listen.set_recording(self.module.lesson.recording(lang, self.page), self.tr("Listen"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setEnabled(self.page > 0)
        if self.back_button.hasFocus() and self.page == 0:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        last = self.page + 1 >= len(pages)
        self.next_button.setText(self.tr("Start the quiz") if last else self.tr("Next"))
