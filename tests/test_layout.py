"""The layout check: every screen and dialog of the screenshots' catalogue, on the demo class and
long Khmer names, at the sizes a centre's screens have, in Khmer and English. A failure reads
`screen/size/language: widget "text": what`.

The default run checks 1024x600, the smallest; the slow run (scripts/test) all four sizes.
Lesson and quiz screens are checked in their own test, so that their list reads apart; so are
scroll bars, whose look is being given to them in trainer/ui/style.py.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trainer.colours import PAGE
from trainer.ui.layout_check import IN_VIEW, OVERLAY, SCROLL_BAR_HANDLE, contrast, problems
from trainer.ui.screen_catalogue import Shot
from trainer.ui.screenshots import SIZES, visit_screens

SMALLEST = ((1024, 600),)
Found = tuple[list[str], list[str]]
"""Failures on the screens this check guards, and on lesson and quiz screens."""
_runs: dict[tuple[str, tuple[tuple[int, int], ...]], Found] = {}


def check_all(lang: str, sizes: tuple[tuple[int, int], ...]) -> Found:
    """Every screen at every size, once per language and sizes for the whole test session."""
    if (lang, sizes) in _runs:
        return _runs[lang, sizes]
    guarded: list[str] = []
    lessons: list[str] = []

    def visit(shot: Shot, size: tuple[int, int], lang: str, shown: QWidget) -> None:
        lines = [str(problem) for problem in problems(shown)]
        width, height = size
        if shown.width() > width or shown.height() > height:
            lines.append(
                f"{type(shown).__name__}: is {shown.width()}x{shown.height()}, larger than the screen"
            )
        where = lessons if shot.lesson_or_quiz else guarded
        where += [f"{shot.name}/{width}x{height}/{lang}: {line}" for line in lines]

    visit_screens(lang, None, sizes, visit)
    _runs[lang, sizes] = guarded, lessons
    return guarded, lessons


@pytest.mark.parametrize("lang", ["km", "en"])
def test_every_screen_fits_a_1024x600_netbook(qapp: QApplication, lang: str) -> None:
    guarded, _ = check_all(lang, SMALLEST)
    assert not guarded, "\n".join(guarded)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["km", "en"])
def test_every_screen_fits_from_1024x600_to_1920x1080(qapp: QApplication, lang: str) -> None:
    guarded, lessons = check_all(lang, SIZES)
    assert not guarded + lessons, "\n".join(guarded + lessons)


@pytest.mark.parametrize("lang", ["km", "en"])
def test_lesson_and_quiz_screens_fit_a_1024x600_netbook(qapp: QApplication, lang: str) -> None:
    _, lessons = check_all(lang, SMALLEST)
    assert not lessons, "\n".join(lessons)


def test_seven_learners_fit_the_picker_of_a_netbook(qtbot: QtBot, tmp_path: Path) -> None:
    """Seven cards once made five columns wider than 1024 px: the fifth was cut, with a scroll
    bar across. The cards now take as many columns as fit, and the rest go below."""
    from trainer.store.learners import add_learner
    from trainer.ui.app import make_app, open_window
    from trainer.ui.picker import PickerScreen

    make_app()
    window = open_window(tmp_path, "km", None)
    qtbot.addWidget(window)
    for number in range(7):
        add_learner(window.context.database, f"ព្រហ្មវង្សា {number}", "lotus", "sun-moon-star")
    window.resize(1024, 600)
    window.show()
    window.show_picker()
    qtbot.waitExposed(window)
    picker = window.screen_widget
    assert isinstance(picker, PickerScreen)
    area = picker.add_card.parentWidget()
    assert area is not None
    for card in [*picker.cards.values(), picker.add_card]:
        assert area.rect().contains(card.geometry()), card.text()
        assert card.geometry().right() < area.width()
    assert not [str(problem) for problem in problems(window)]
    window.idle.stop()
    window.context.database.close()


def test_the_window_opens_on_the_screens_free_area(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    """No window manager maximises it under a bare X server: it takes the free area itself,
    and no screen asks for more (it once insisted on 1024x700)."""
    from trainer.ui.app import make_app, open_window

    make_app()
    window = open_window(tmp_path, "km", None)
    qtbot.addWidget(window)
    window.show_fitted()
    free = window.screen().availableGeometry()
    assert window.frameGeometry().topLeft() == free.topLeft()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 600
    window.idle.stop()
    window.context.database.close()


def test_the_check_finds_cut_text_clipped_lines_overlaps_and_faint_text(qtbot: QtBot) -> None:
    """The check itself: each kind of fault it is there to catch is caught."""
    page = QMainWindow()
    qtbot.addWidget(page)
    body = QWidget()
    layout = QVBoxLayout(body)
    cut = QPushButton("Back up now to a folder (USB)")
    cut.setFixedWidth(60)
    wrapped = QLabel("ឈ្មោះមជ្ឈមណ្ឌល សម្រាប់របាយការណ៍ និងវិញ្ញាបនបត្រ " * 4)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(200, 30)  # one line's height for four lines
    faint = QLabel("Faint")
    faint.setStyleSheet("color: #d8d8d8; background: white;")
    under, over = QLabel("Under"), QLabel("Over")
    for widget in (cut, wrapped, faint, under):
        layout.addWidget(widget)
    layout.addSpacing(-40)  # the next one is laid over the one before
    layout.addWidget(over)
    lost = QLabel("Out of the window", body)
    lost.setGeometry(QRect(380, 10, 200, 30))
    page.setCentralWidget(body)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    found = "\n".join(str(problem) for problem in problems(page))
    assert 'QPushButton "Back up now to a folder (USB)": needs' in found
    assert "wrapped lines need" in found
    assert 'QLabel "Faint": text contrast 1.4:1' in found
    assert 'QLabel "Out of the window": lies outside its parent' in found
    assert 'QLabel "Under": overlaps QLabel "Over"' in found


def test_the_check_finds_faint_edges_small_targets_and_faint_placeholders(qtbot: QtBot) -> None:
    """The check itself, on what issue 17 added: a field or a choice card whose edge is lost on
    the page, a check box's faint box, a pale grid, a faint placeholder or disabled button, a
    control under 44x44 px and a row to tick under 44 px high."""
    page = QMainWindow()
    qtbot.addWidget(page)
    page.setStyleSheet(f"QMainWindow {{ background: {PAGE}; }}")
    body = QWidget()
    layout = QVBoxLayout(body)
    field = QLineEdit()
    field.setPlaceholderText("Your name")
    field.setStyleSheet(
        "border: 2px solid #d8dce3; background: white; min-height: 48px; placeholder-text-color: #c0c0c0;"
    )
    card = QFrame()
    card.setProperty("role", "choice")
    card.setStyleSheet("border: 2px solid #c9cfd9; background: white; min-height: 56px;")
    tick = QCheckBox("I agree")
    tick.setStyleSheet(
        "QCheckBox { min-height: 44px; } QCheckBox::indicator { width: 24px; height: 24px;"
        " border: 1px solid #e0e0e0; background: #f6f4ee; }"
    )
    small = QPushButton("Go")
    small.setStyleSheet("min-height: 20px; max-height: 30px;")
    faded = QPushButton("Next step")
    faded.setEnabled(False)
    faded.setStyleSheet("QPushButton:disabled { color: #c8c8c8; background: white; min-height: 48px; }")
    grid = QTableWidget(1, 1)
    grid.setStyleSheet("gridline-color: #eeeeee; background: white;")
    ticks = QListWidget()
    row = QListWidgetItem("Sokha")
    row.setCheckState(Qt.CheckState.Unchecked)
    ticks.addItem(row)
    ticks.setStyleSheet("QListWidget::item { min-height: 20px; max-height: 24px; }")
    for widget in (field, card, tick, small, faded, grid, ticks):
        layout.addWidget(widget)
    page.setCentralWidget(body)
    page.resize(500, 700)
    page.show()
    qtbot.waitExposed(page)
    found = "\n".join(str(problem) for problem in problems(page))
    assert 'QLineEdit "": edge contrast' in found
    assert 'QLineEdit "Your name": placeholder contrast' in found
    assert 'QFrame "": edge contrast 1.4:1' in found
    assert 'QCheckBox "I agree": box or circle contrast' in found
    assert 'QPushButton "Go": touch target' in found
    assert 'QPushButton "Next step": text contrast' in found
    assert 'QTableWidget "": grid contrast' in found
    assert 'QListWidget "Sokha": a row to tick is' in found


def test_the_check_finds_what_is_wrong_in_a_tables_cells(qtbot: QtBot) -> None:
    """Widgets put in cells are checked like any other: a date cut by its narrow column, words
    taller than their row (cut by the cell), faint words, a small button. One scrolled half out of
    the table's view is no fault: the rest shows when the table scrolls."""
    page = QMainWindow()
    qtbot.addWidget(page)
    table = QTableWidget(8, 3)
    table.verticalHeader().setDefaultSectionSize(80)  # room for a button of the app's style
    for column, width in enumerate((60, 120, 150)):
        table.setColumnWidth(column, width)
    date = QDateEdit(QDate(2026, 12, 15))
    date.setDisplayFormat("yyyy-MM-dd")
    table.setCellWidget(0, 0, date)
    tall = QLabel("Tall")
    tall.setMinimumHeight(100)
    table.setCellWidget(0, 1, tall)
    faint = QPushButton("Remove")
    faint.setStyleSheet("color: #d8d8d8; background: white; border: none; min-height: 44px;")
    table.setCellWidget(1, 2, faint)
    small = QPushButton("Go")
    small.setMaximumSize(40, 30)
    table.setCellWidget(2, 2, small)
    table.setCellWidget(4, 2, QPushButton("Half seen"))
    page.setCentralWidget(table)
    page.resize(420, 380)
    page.show()
    qtbot.waitExposed(page)
    viewport = table.viewport().rect()
    half = table.cellWidget(4, 2).geometry()
    assert half.intersects(viewport) and not viewport.contains(half), "the test needs it half in view"
    found = "\n".join(str(problem) for problem in problems(page))
    assert 'QDateEdit "2026-12-15": text needs' in found
    assert 'QLabel "Tall": is cut by its cell' in found
    assert 'QPushButton "Remove": text contrast' in found
    assert 'QPushButton "Go": touch target' in found
    assert "Half seen" not in found


def test_the_check_finds_overlaps_outside_layouts_and_across_parents(qtbot: QtBot) -> None:
    """Widgets over each other though no layout put them side by side: a label dropped on a
    laid-out button, two boxes over each other and, inside them, the widgets that collide. A
    widget meant to float over the page (OVERLAY) is no fault, nor a scroll area's page running
    on below its viewport."""
    page = QMainWindow()
    qtbot.addWidget(page)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QPushButton("Save"))
    layout.addStretch()
    QLabel("Dropped", body).move(20, 20)
    first, second = QFrame(body), QFrame(body)
    first.setObjectName("first-box")
    second.setObjectName("second-box")
    first.setGeometry(QRect(10, 110, 200, 80))
    second.setGeometry(QRect(10, 170, 200, 80))
    QLabel("Name", first).setGeometry(QRect(10, 50, 100, 28))
    QLineEdit(second).setGeometry(QRect(10, 0, 150, 44))
    scroll = QScrollArea(body)
    scroll.setGeometry(QRect(240, 110, 150, 100))
    scroll.setWidget(QLabel("A page\nlonger\nthan\nthe view\nof it\nthat\nscrolls"))
    QLabel("Below", body).setGeometry(QRect(240, 215, 150, 28))
    veil = QWidget(body)
    veil.setObjectName("veil")
    veil.setProperty(OVERLAY, True)
    veil.setGeometry(QRect(0, 0, 400, 260))
    QPushButton("Close", veil).setGeometry(QRect(150, 100, 100, 48))
    page.setCentralWidget(body)
    page.resize(400, 260)
    page.show()
    qtbot.waitExposed(page)
    overlaps = [str(problem) for problem in problems(page) if "overlaps" in problem.what]
    assert overlaps == [
        'QPushButton "Save": overlaps QLabel "Dropped"',
        'first-box "": overlaps second-box ""',
        'QLabel "Name": overlaps QLineEdit "" (in first-box and second-box, which overlap)',
    ]


def test_the_check_finds_what_must_be_seen_below_the_fold(qtbot: QtBot) -> None:
    """A widget marked IN_VIEW (a quiz's options and Check, then its feedback and Next) shows
    whole without scrolling: not below a scroll area's viewport, nor out of the window."""
    page = QMainWindow()
    qtbot.addWidget(page)
    content = QWidget()
    column = QVBoxLayout(content)
    for number in range(1, 13):
        option = QPushButton(f"Option {number}")
        option.setProperty(IN_VIEW, True)
        column.addWidget(option)
    column.addWidget(QPushButton("Read later"))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    page.setCentralWidget(scroll)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    unseen = [str(problem) for problem in problems(page) if "must be in view" in problem.what]
    assert unseen and all(line.startswith('QPushButton "Option ') for line in unseen), unseen
    assert 'QPushButton "Option 12": must be in view before any scrolling' in unseen[-1]
    assert not any(line.startswith('QPushButton "Option 1":') for line in unseen)


def test_the_check_finds_a_faint_scroll_bar_handle(qtbot: QtBot) -> None:
    """A scroll bar's handle is a control's indicator: 3:1 against its groove, or it is lost."""
    page = QMainWindow()
    qtbot.addWidget(page)
    body = QWidget()
    row = QHBoxLayout(body)
    for name, handle in (("faint-list", "#e2e2e2"), ("clear-list", "#5b6577")):
        listing = QListWidget()
        listing.setObjectName(name)
        listing.addItems([f"Learner {number}" for number in range(40)])
        listing.setStyleSheet(
            "QScrollBar:vertical { background: #eeeeee; width: 16px; }"
            f" QScrollBar::handle:vertical {{ background: {handle}; min-height: 40px; }}"
        )
        row.addWidget(listing)
    page.setCentralWidget(body)
    page.resize(500, 300)
    page.show()
    qtbot.waitExposed(page)
    handles = [str(problem) for problem in problems(page) if problem.what.startswith(SCROLL_BAR_HANDLE)]
    assert handles == [f'faint-list "": {SCROLL_BAR_HANDLE} 1.1:1 (#e2e2e2 on a groove of #eeeeee)']


def test_the_style_keeps_its_colours_apart() -> None:
    """The style's own colours, as the check measures them: edges 3:1, words 4.5:1."""
    from PySide6.QtGui import QColor

    from trainer.colours import ACCENT, QUIET, STATUS_COLOURS
    from trainer.ui.style import DISABLED, DISABLED_BACK, EDGE, GRID

    for background in (PAGE, "white", "#dff1f6", DISABLED_BACK):
        assert contrast(QColor(EDGE), QColor(background)) >= 3, background
    assert contrast(QColor(GRID), QColor("white")) >= 3
    for words, background in ((QUIET, PAGE), (QUIET, "white"), (DISABLED, DISABLED_BACK), (ACCENT, "white")):
        assert contrast(QColor(words), QColor(background)) >= 4.5, (words, background)
    for status, colour in STATUS_COLOURS.items():  # the dashboard's cells against the white table
        assert contrast(QColor("white"), QColor(colour)) >= 4.5, status


def test_contrast_is_measured_as_wcag_says() -> None:
    from PySide6.QtGui import QColor

    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#767676"), QColor("white")), 1) == 4.5


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_the_check_runs_in_a_real_x_window(tmp_path: Path) -> None:
    """The same check under Xvfb with a real window system (xcb) rather than offscreen, on a
    1024x600 screen: the window fitted to it, every screen checked."""
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
    )
    try:
        assert xvfb.stdout is not None
        display = xvfb.stdout.readline().decode().strip()
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from trainer.ui.app import make_app, open_window\n"
            "from tests.test_layout import check_all\n"
            "app = make_app()\n"
            "window = open_window(Path(sys.argv[1]), 'km', None)\n"
            "window.show_fitted()\n"
            "app.processEvents()\n"
            "print('window', window.width(), window.height())\n"
            "window.idle.stop()\n"
            "window.close()\n"
            "guarded, _ = check_all('km', ((1024, 600),))\n"
            "print('\\n'.join(guarded) or 'fits')\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)],
            env=env,
            cwd=Path(__file__).parent.parent,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        lines = done.stdout.strip().splitlines()
        assert "window 1024 600" in lines, done.stdout
        assert lines[-1] == "fits", done.stdout
    finally:
        xvfb.terminate()
        xvfb.wait()
        if xvfb.stdout is not None:
            xvfb.stdout.close()
