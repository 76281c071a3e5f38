"""The window: a bar with the learner and "Switch learner", and one screen at a time.

Screens are made fresh for each visit and destroyed on leaving, so that after signing out
nothing of the previous learner stays visible or reachable.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.store.learners import Learner
from trainer.store.settings import get_setting
from trainer.ui.context import AppContext
from trainer.ui.picker import PickerScreen
from trainer.ui.widgets import avatar_icon, button, icon, label

if TYPE_CHECKING:
    from trainer.course.model import Module, Question
    from trainer.learning.progress import Place
    from trainer.store.facilitators import Facilitator

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.learner: Learner | None = None
        self.setWindowIcon(icon("app"))

        self.bar = QFrame()
        self.bar.setObjectName("bar")
        self.avatar = QLabel()
        self.learner_name = label(role="heading", wrap=False)
        self.home_button = button(icon_=icon("ui", "home"))
        self.home_button.setObjectName("home")
        self.home_button.clicked.connect(self.show_home)
        self.switch_button = button(icon_=icon("ui", "switch-user"))
        self.switch_button.setObjectName("switch-learner")
        self.switch_button.clicked.connect(self.sign_out)
        bar_layout = QHBoxLayout(self.bar)
        bar_layout.setContentsMargins(16, 6, 16, 6)
        bar_layout.addWidget(self.avatar)
        bar_layout.addWidget(self.learner_name, 1)
        bar_layout.addWidget(self.home_button)
        bar_layout.addWidget(self.switch_button)

        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.sign_out)
        self.watcher = ActivityWatcher(self)
        self.retranslate()
        self.show_picker()

    def show_fitted(self) -> None:
        """Open maximised. An X server without a window manager ignores that, so the window
        first takes the screen's free area itself: on a 1024x600 netbook nothing is below it."""
        self.setGeometry(self.screen().availableGeometry())
        self.showMaximized()

    @property
    def screen_widget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show(self, screen: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        if old is not None:
            self.stack.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        self.bar.setVisible(self.learner is not None)

    def show_picker(self) -> None:
        picker = PickerScreen(self.context)
        picker.learner_chosen.connect(self.show_sign_in)
        picker.add_learner.connect(self.show_new_learner)
        picker.language_chosen.connect(self.context.language.switch)
        picker.facilitator.connect(self.show_facilitator_gate)
        if "library" in vars(self.context):
            picker.note_content_problems(self.context.library)
        self._show(picker)

    def warm_up(self) -> None:
        """Load what the first click needs, once the picker is on screen: content, the other
        screens and the database toolkit. A learner finding their card takes longer than this.
        Then the dashboard's counts and the review cards catch up with the events: usually
        nothing to do, but a power cut during an import, or an upgrade, can leave them behind."""
        from trainer.store.projections import catch_up
        from trainer.ui import home, lesson, new_learner, quiz, result, sign_in  # noqa: F401

        self.context.database.warm_up()
        library = self.context.library
        if isinstance(picker := self.screen_widget, PickerScreen):
            picker.note_content_problems(library)
        catch_up(self.context.database)

    def show_sign_in(self, learner: Learner) -> None:
        from trainer.store.learners import codes_needed
        from trainer.ui.sign_in import SignInScreen

        if not codes_needed(self.context.database, learner.id):
            self.sign_in(learner)
            return
        screen = SignInScreen(self.context, learner)
        screen.signed_in.connect(self.sign_in)
        screen.back.connect(self.show_picker)
        self._show(screen)

    def show_facilitator_gate(self) -> None:
        from trainer.ui.facilitator_gate import FacilitatorGate

        gate = FacilitatorGate(self.context)
        gate.opened.connect(self.open_facilitator_area)
        gate.back.connect(self.sign_out)
        self._show(gate)
        self._start_idle()  # a password typed and left there must not wait for the next person

    def open_facilitator_area(self, facilitator: "Facilitator") -> None:
        """The facilitator's pages; after idle the password is asked again."""
        from trainer.ui.facilitator_area import FacilitatorArea

        self.learner = None  # the facilitator's own session: no learner's bar above it
        self.context.facilitator = facilitator
        area = FacilitatorArea(self.context, facilitator)
        area.closed.connect(self.sign_out)
        self._show(area)
        self._start_idle()

    def show_new_learner(self) -> None:
        from trainer.ui.new_learner import NewLearnerScreen

        screen = NewLearnerScreen(self.context)
        screen.created.connect(self.sign_in)
        screen.cancelled.connect(self.show_picker)
        self._show(screen)

    def sign_in(self, learner: Learner) -> None:
        self.learner = learner
        self.avatar.setPixmap(avatar_icon(learner.avatar).pixmap(QSize(40, 40)))
        self.learner_name.setText(learner.name)
        self._start_idle()
        self.show_home()

    def _start_idle(self) -> None:
        self.idle.setInterval(int(get_setting(self.context.database, "idle_minutes") * 60_000))
        self.idle.start()

    def sign_out(self) -> None:
        self.learner = None
        self.context.facilitator = None
        self.idle.stop()
        self.avatar.clear()
        self.learner_name.clear()
        self.show_picker()

    def touch(self) -> None:
        """Restart the idle countdown; called on every click and key press."""
        if self.idle.isActive():
            self.idle.start()

    def show_home(self) -> None:
        from trainer.ui.home import HomeScreen

        assert self.learner is not None
        home = HomeScreen(self.context, self.learner)
        home.open_module.connect(self.open_module)
        home.review.connect(self.open_review)
        self._show(home)

    def open_module(self, module: "Module", place: "Place | None") -> None:
        if module.test is not None or (place is not None and place.in_quiz):
            self.open_quiz(module)
        else:
            self.open_lesson(module, place.page if place else 0)

    def open_lesson(self, module: "Module", page: int = 0) -> None:
        from trainer.ui.lesson import LessonScreen

        assert self.learner is not None
        lesson = LessonScreen(self.context, self.learner, module, page)
        lesson.start_quiz.connect(self.open_quiz)
        self._show(lesson)

    def open_quiz(self, module: "Module") -> None:
        from trainer.learning.progress import Status, status
        from trainer.store.events import events_of
        from trainer.ui.quiz import QuizScreen

        assert self.learner is not None
        if module.test is not None:
            events = events_of(self.context.database, self.learner.id, module.id)
            if status(events, test=True) is Status.DONE:
                self.show_result(module, False)  # a test is taken once, so that it still measures
                return
        quiz = QuizScreen(self.context, self.learner, module)
        if quiz.question is None:  # every question was answered, then the learner left before Next:
            self.show_result(module, quiz.mastered_now)  # the attempt ended as it opened
            return
        quiz.finished.connect(self.show_result)
        self._show(quiz)

    def open_review(self, plan: "list[tuple[Module, Question]]") -> None:
        from trainer.ui.review import ReviewScreen

        assert self.learner is not None
        review = ReviewScreen(self.context, self.learner, plan)
        review.done.connect(self.show_home)
        self._show(review)

    def show_result(self, module: "Module", mastered: bool) -> None:
        from trainer.ui.result import ResultScreen

        assert self.learner is not None
        result = ResultScreen(self.context, self.learner, module, mastered)
        result.home.connect(self.show_home)
        result.read_again.connect(self.open_lesson)
        result.try_again.connect(self.open_quiz)
        self._show(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window ends the session: no idle sign-out may fire after it."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Digital skills trainer"))
        self.home_button.setText(self.tr("My modules"))
        self.switch_button.setText(self.tr("Switch learner"))


class ActivityWatcher(QObject):
    """Sees every click and key press in the app, to keep the idle sign-out away while in use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self.window.touch()
        return False
