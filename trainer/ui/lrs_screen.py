"""Facilitators send the centre's learning records to the programme's LRS (xAPI), and see what
waits and what the LRS refused. The connection is saved when it is tested or used."""

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
)

from trainer.course.model import pick
from trainer.learning.events import Verb
from trainer.reports.wording import local_digits
from trainer.sync.lrs import CredentialsError, Lrs, LrsError, UnreachableError
from trainer.sync.lrs_outbox import Pushed, SetAside, push, send_again, set_aside, waiting
from trainer.sync.lrs_settings import (
    ConnectionFieldError,
    save_connection,
    saved_connection,
    updated_connection,
)
from trainer.ui.background import Progress, run_in_background
from trainer.ui.context import AppContext
from trainer.ui.message import Kind, message_label
from trainer.ui.refusals import refusal_text
from trainer.ui.tables import read_only_table
from trainer.ui.widgets import Screen, button, icon, label

log = logging.getLogger(__name__)


class LrsScreen(Screen):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.title = label(role="title")
        self.intro = label(role="quiet")
        self.fields = {name: QLineEdit() for name in ("endpoint", "username", "password", "home_page")}
        for name, field in self.fields.items():
            field.setObjectName(f"lrs-{name}")
            field.textEdited.connect(self._field_changed)
        self.fields["password"].setEchoMode(QLineEdit.EchoMode.Password)
        saved = saved_connection(context.database)
        if saved is not None:
            for name, field in self.fields.items():
                field.setText(getattr(saved, name))
        self.form = QFormLayout()
        self.field_labels = [label(wrap=False) for _ in self.fields]
        for field_label, field in zip(self.field_labels, self.fields.values(), strict=True):
            field_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            field_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            self.form.addRow(field_label, field)
        self.test_button = button()
        self.test_button.setObjectName("lrs-test")
        self.test_button.clicked.connect(self.test_connection)
        self.send_button = button(icon_=icon("ui", "next-light"), primary=True)
        self.send_button.setObjectName("lrs-send")
        self.send_button.clicked.connect(self.send_now)
        actions = QHBoxLayout()
        for widget in (self.test_button, self.send_button):
            actions.addWidget(widget)
        actions.addStretch()
        self.message = message_label(centred=False)
        self.message.setObjectName("lrs-message")
        self.detail = label(role="quiet")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = label(role="heading")
        self.count.setObjectName("lrs-waiting")
        self.refused_heading = label(role="heading")
        self.again_button = button(icon_=icon("ui", "next"))
        self.again_button.setObjectName("lrs-again")
        self.again_button.clicked.connect(self.put_back_in_line)
        self.refused = read_only_table(4, "lrs-refused")
        header = self.refused.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # what and why share the rest, wrapped rather than cut short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.refused.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.refused.setMinimumHeight(130)  # the header and three rows at least
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(actions)
        for line in (self.message, self.detail, self.count, self.refused_heading):
            layout.addWidget(line)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self._last: tuple[str, Any] | None = None
        self.refresh()

    def refresh(self) -> None:
        """Show how many records wait and which ones the LRS refused."""
        self.waiting = waiting(self.context.database)
        self.set_aside = set_aside(self.context.database)
        self.refused.setVisible(bool(self.set_aside))
        self.again_button.setVisible(bool(self.set_aside))
        self.retranslate()

    def _what(self, record: SetAside) -> str:
        """What the learner did, in the interface language, in which module."""
        did = {
            Verb.READ.value: self.tr("Read a page"),
            Verb.STARTED_QUIZ.value: self.tr("Began a quiz"),
            Verb.ANSWERED.value: self.tr("Answered a question"),
            Verb.FINISHED_QUIZ.value: self.tr("Finished a quiz"),
            Verb.MASTERED.value: self.tr("Mastered the module"),
        }.get(record.verb, record.verb)
        module = self.context.library.module(record.module_id) if record.module_id else None
        return f"{did}: {pick(module.title, self.context.lang)}" if module else did

    def _connect(self) -> Lrs | None:
        """The connection in the fields, saved; None (with a message) when a field is wrong."""
        given = [field.text() for field in self.fields.values()]
        try:
            connection = updated_connection(saved_connection(self.context.database), *given)
        except ConnectionFieldError as error:
            log.warning("LRS fields not accepted (%s): %s", error.reason.value, error)
            self._show("wrong-fields", error)
            return None
        save_connection(self.context.database, connection)
        self.fields["endpoint"].setText(connection.endpoint)
        self.fields["home_page"].setText(connection.home_page)
        return Lrs(connection)

    def _field_changed(self) -> None:
        """A field put right takes away the "check the fields" and failure messages."""
        if self._last is not None and self._last[0] in ("wrong-fields", "failed"):
            self._last = None
            self.retranslate()

    def test_connection(self) -> None:
        lrs = self._connect()
        if lrs is not None:
            self._run(self.tr("Testing the connection"), lambda progress: lrs.check(), "connected")

    def send_now(self) -> None:
        lrs = self._connect()
        if lrs is None:
            return
        library, database = self.context.library, self.context.database

        def work(progress: Progress) -> Pushed:
            return push(database, library, lrs, progress)

        self._run(self.tr("Sending records to the LRS"), work, "sent")

    def put_back_in_line(self) -> None:
        """The refused records go again with the next Send now (once the LRS is fixed)."""
        self._show("again", send_again(self.context.database))
        self.refresh()

    def _run(self, title: str, work: Any, outcome: str) -> None:
        self._busy(True)
        self.working = run_in_background(
            self, title, work, lambda result: self._done(outcome, result), self._failed
        )

    def _done(self, outcome: str, result: Any) -> None:
        self._busy(False)
        self._show(outcome, result)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        log.warning("the LRS could not be used: %r", error)
        self._show("failed", error)
        self.refresh()

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.send_button, self.again_button):
            widget.setEnabled(not busy)

    def _show(self, outcome: str, result: Any) -> None:
        self._last = (outcome, result)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Send records to the programme"))
        self.intro.setText(
            self.tr(
                "Learning records go to the programme's Learning Record Store (LRS). Learners appear"
                " there only as a number, never by name. Records wait here until the LRS has them."
            )
        )
        names = (
            self.tr("LRS address"),
            self.tr("User name"),
            self.tr("Password"),
            self.tr("Programme's web address"),
        )
        for field_label, name in zip(self.field_labels, names, strict=True):
            field_label.setText(name)
        self.fields["endpoint"].setPlaceholderText("https://lrs.example.org/data/xAPI/")
        self.fields["home_page"].setPlaceholderText(
            self.tr("Leave empty to use the LRS's own site. The same on every PC.")
        )
        self.test_button.setText(self.tr("Test connection"))
        self.send_button.setText(self.tr("Send now"))
        lang = self.context.lang
        self.count.setText(self.tr("Records waiting to be sent: {}").format(local_digits(self.waiting, lang)))
        self.refused_heading.setText(
            self.tr("Records the LRS refused: {}").format(local_digits(len(self.set_aside), lang))
        )
        self.again_button.setText(self.tr("Send the refused records again"))
        self.again_button.setToolTip(
            self.tr("Once the programme has fixed its LRS, the refused records can go with the next sending.")
        )
        self.refused.setRowCount(len(self.set_aside))
        for row, record in enumerate(self.set_aside):
            when = local_digits(record.timestamp[:16].replace("T", " "), lang)
            cells = (when, record.learner, self._what(record), record.problem)
            for column, text in enumerate(cells):
                self.refused.setItem(row, column, QTableWidgetItem(text))
        self.refused.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Learner"), self.tr("What"), self.tr("Why")]
        )
        self._retranslate_message()

    def _retranslate_message(self) -> None:
        if self._last is None:
            self.message.clear()
            self.message.hide()
            self.detail.hide()
            return
        outcome, result = self._last
        digits = partial(local_digits, language=self.context.lang)
        headline = {
            "connected": self.tr("The connection works."),
            "wrong-fields": self.tr("Please check the fields."),
        }.get(outcome)
        if outcome == "sent":
            headline = self.tr("Records sent: {}.").format(digits(result.sent))
            if result.already_there:
                headline += " " + self.tr(
                    "{} were at the LRS already, sent from another PC: the LRS keeps the copy it had."
                ).format(digits(result.already_there))
            if result.set_aside:
                headline += " " + self.tr("The LRS refused {}: see the list below.").format(
                    digits(result.set_aside)
                )
        elif outcome == "failed":
            headline = self._failure(result)
        elif outcome == "again":
            headline = self.tr("{} records wait again. They go when you press Send now.").format(
                digits(result)
            )
        self.message.setText(headline or "", self._kind(outcome, result))
        if isinstance(result, ConnectionFieldError):
            self.detail.setText(refusal_text(result, self.context.lang))
        else:  # what the LRS said, with its HTTP status: for the programme's technician, as written
            self.detail.setText(str(result) if outcome not in ("sent", "again") else "")
        if outcome == "sent":
            self.detail.setText(self._home_pages(result))
        for line in (self.message, self.detail):
            line.setVisible(bool(line.text()))

    @staticmethod
    def _kind(outcome: str, result: Any) -> Kind:
        """A refusal or a failure is a problem; records sent with none refused, a success."""
        if outcome in ("failed", "wrong-fields"):
            return "error"
        if outcome == "connected" or (outcome == "sent" and not result.set_aside):
            return "success"
        return "info"

    def _home_pages(self, pushed: Pushed) -> str:
        """What to do when another PC names the learners on another web address."""
        return "\n".join(
            self.tr(
                "Another PC names these learners on {}. Put the same programme's web address on every"
                " PC, so that each learner is one person at the LRS."
            ).format(home_page)
            for home_page in sorted(pushed.other_home_pages)
        )

    def _failure(self, error: Exception) -> str:
        if isinstance(error, UnreachableError):
            why = self.tr("The LRS could not be reached. Try again when the internet works.")
        elif isinstance(error, CredentialsError):
            why = self.tr("The LRS refused the user name or the password.")
        elif isinstance(error, LrsError):
            why = self.tr("The LRS did not accept the request. Check its address.")
        else:
            why = self.tr("Something went wrong.")
        return why + " " + self.tr("Nothing is lost: the records wait here.")
