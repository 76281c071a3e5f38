"""The facilitator area: a list of pages on the left, the chosen page on the right.

Each page is its own screen module (trainer.ui.MODULE.Screen, made with the AppContext), imported
and made the first time it is opened. A page taller than the window scrolls up and down, never
sideways: its rows wrap or reflow to the width there is.
"""

from importlib import import_module

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from trainer.store.facilitators import Facilitator
from trainer.store.recovery import pending_notices
from trainer.ui.context import AppContext
from trainer.ui.tables import WrappingCells
from trainer.ui.widgets import Screen, button, icon, label

PAGES: tuple[tuple[str, str, str], ...] = (
    (
        "dashboard",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Dashboard")),
        "dashboard.DashboardScreen",
    ),
    (
        "classes",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Classes and learners")),
        "classes.ClassesScreen",
    ),
    (
        "reports",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Reports and certificates")),
        "reports_screen.ReportsScreen",
    ),
    (
        "packs",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Content packs")),
        "packs_screen.PacksScreen",
    ),
    (
        "transfer",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Move progress between PCs")),
        "progress_transfer.ProgressTransferScreen",
    ),
    (
        "lrs",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Send to the programme")),
        "lrs_screen.LrsScreen",
    ),
    (
        "backups",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Backups")),
        "backups_screen.BackupsScreen",
    ),
    (
        "settings",
        str(QT_TRANSLATE_NOOP("FacilitatorArea", "Settings")),
        "facilitator_settings.SettingsScreen",
    ),
)


NAV_WIDTH = 200
"""The pages' list: narrow enough to leave the dashboard's grid the room of a netbook."""


class NavItems(WrappingCells):
    """A page's name on as many lines as the list's width needs, each row at least 56 px."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else NAV_WIDTH
        text = self.lines(str(index.data() or ""), option.font, width - 4 * self.MARGIN)
        return QSize(width, max(56, int(text.height()) + 4 * self.MARGIN))


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
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setWordWrap(True)
        self.nav.setItemDelegate(NavItems(self.nav))
        self.pages = QStackedWidget()
        self.made: dict[int, QWidget] = {}
        for _ in PAGES:
            self.nav.addItem("")
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
            module, _, screen = PAGES[row][2].rpartition(".")
            page: QWidget = getattr(import_module(f"trainer.ui.{module}"), screen)(self.context)
            page.setObjectName(f"page-{PAGES[row][0]}")
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, _scrolling(page))
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

    @property
    def current_page(self) -> QWidget | None:
        return self.made.get(self.pages.currentIndex())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Facilitator: {}").format(self.facilitator.name))
        self.close_button.setText(self.tr("Close the facilitator area"))
        for row, (_, title, _) in enumerate(PAGES):
            self.nav.item(row).setText(QCoreApplication.translate("FacilitatorArea", title))


def _scrolling(page: QWidget) -> QScrollArea:
    """The page in a frame that scrolls it up and down; it is never wider than the frame."""
    scroll = QScrollArea()
    scroll.setObjectName(f"{page.objectName()}-scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    return scroll
