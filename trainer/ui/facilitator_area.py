"""The facilitator area: a list of pages on the left, the chosen page on the right.

Each page is its own screen module, made the first time it is opened.
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from trainer.store.facilitators import Facilitator
from trainer.store.recovery import pending_notices
from trainer.ui.context import AppContext
from trainer.ui.widgets import Screen, button, icon, label

PageFactory = Callable[[AppContext, Facilitator], QWidget]


def _dashboard(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.dashboard import DashboardScreen

    return DashboardScreen(context)


def _classes(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.classes import ClassesScreen

    return ClassesScreen(context)


def _settings(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.facilitator_settings import SettingsScreen

    return SettingsScreen(context)


def _reports(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.reports_screen import ReportsScreen

    return ReportsScreen(context, facilitator)


def _packs(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.packs_screen import PacksScreen

    return PacksScreen(context)


def _transfer(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.progress_transfer import ProgressTransferScreen

    return ProgressTransferScreen(context)


def _lrs(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.lrs_screen import LrsScreen

    return LrsScreen(context)


def _backups(context: AppContext, facilitator: Facilitator) -> QWidget:
    from trainer.ui.backups_screen import BackupsScreen

    return BackupsScreen(context)


PAGES: tuple[tuple[str, str, PageFactory], ...] = (
    ("dashboard", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Dashboard")), _dashboard),
    ("classes", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Classes and learners")), _classes),
    ("reports", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Reports and certificates")), _reports),
    ("packs", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Content packs")), _packs),
    ("transfer", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Move progress between PCs")), _transfer),
    ("lrs", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Send to the programme")), _lrs),
    ("backups", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Backups")), _backups),
    ("settings", str(QT_TRANSLATE_NOOP("FacilitatorArea", "Settings")), _settings),
)


class FacilitatorArea(Screen):
    closed = Signal()

    def __init__(self, context: AppContext, facilitator: Facilitator) -> None:
        super().__init__()
        self.context, self.facilitator = context, facilitator
        self.title = label(role="title", wrap=False)
        self.close_button = button(icon_=icon("ui", "switch-user"))
        self.close_button.setObjectName("close-facilitator")
        self.close_button.clicked.connect(self.closed)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)

        self.nav = QListWidget()
        self.nav.setObjectName("facilitator-pages")
        self.nav.setFixedWidth(260)
        self.pages = QStackedWidget()
        self.made: dict[int, QWidget] = {}
        for _ in PAGES:
            self.nav.addItem("")
            self.nav.item(self.nav.count() - 1).setSizeHint(QSize(0, 56))
            self.pages.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self.open_page)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()
        self.nav.setCurrentRow(0)
        if pending_notices(context.database):
            self.page("backups")  # it says what a recovery from a damaged file lost

    def open_page(self, row: int) -> None:
        if row not in self.made:
            page = PAGES[row][2](self.context, self.facilitator)
            page.setObjectName(f"page-{PAGES[row][0]}")
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self.made[row] = page
            if restored := getattr(page, "restored", None):
                restored.connect(self.closed)  # after a restore, start again from the picker
        self.pages.setCurrentIndex(row)

    def page(self, name: str) -> QWidget:
        """The named page, opened."""
        row = [key for key, _, _ in PAGES].index(name)
        self.nav.setCurrentRow(row)
        return self.made[row]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Facilitator: {}").format(self.facilitator.name))
        self.close_button.setText(self.tr("Close the facilitator area"))
        for row, (_, title, _) in enumerate(PAGES):
            self.nav.item(row).setText(QCoreApplication.translate("FacilitatorArea", title))
