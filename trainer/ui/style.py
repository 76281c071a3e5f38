"""One style sheet: big touch targets (at least 44 px), calm colours, clear states.

A control's border keeps 3:1 against the page and white (WCAG 2.2, 1.4.11); text keeps 4.5:1.
"""

from trainer.colours import ACCENT, BAD, GOOD, INK, PAGE, QUIET
from trainer.resources import assets

TARGET = 44
"""The least width and height of anything a person taps, in px."""
MESSAGE_COLOURS = {"success": GOOD, "error": BAD, "info": INK}
"""A message's text colour by its kind, on the page; its symbol says the kind too."""
FOCUS = INK
"""Keyboard focus: a dark ring, never the teal of a chosen card."""
FOCUS_ON_ACCENT = "#ffd166"
"""Keyboard focus on a teal button: a yellow ring, plainly different from its teal border."""
EDGE = "#7a8496"
"""The border of buttons, fields, choice cards and check boxes: 3.1:1 or more against the page,
white, a dialog and the grey of a disabled button."""
GRID = "#858e9e"
"""A table's grid, its cells' only boundary: 3.3:1 on the table's white, lighter than EDGE."""
DISABLED = QUIET
"""A disabled button's words: 4.9:1 on its grey, as a greyed Next still says the step to come."""
DISABLED_BACK = "#eceae4"
SCROLL_GROOVE = "#e4e1d8"
"""A scroll bar's track; its handle is QUIET on it, 4.6:1, so that a person sees there is more."""
DISABLED_EDGE = "#c9cfd9"
"""A disabled control's edge stays light: WCAG exempts inactive controls, and it looks off."""

TICK, CHEVRON_DOWN, CHEVRON_UP = (
    (assets() / "icons" / "ui" / f"{name}.svg").as_posix()
    for name in ("check-light", "chevron-down", "chevron-up")
)
"""The white tick on a checked box's teal; the arrows of a list to open and a number to step."""

STYLE_SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QStackedWidget > QWidget {{ background: {PAGE}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: 16px; background: {SCROLL_GROOVE}; border: none; margin: 0; }}
QScrollBar:horizontal {{ height: 16px; background: {SCROLL_GROOVE}; border: none; margin: 0; }}
QScrollBar::handle {{ background: {QUIET}; border-radius: 5px; margin: 3px; }}
QScrollBar::handle:vertical {{ min-height: 44px; }}
QScrollBar::handle:horizontal {{ min-width: 44px; }}
QScrollBar::handle:hover {{ background: {INK}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QPushButton, QToolButton {{
    min-height: 48px; padding: 6px 18px; border-radius: 10px;
    background: white; border: 2px solid {EDGE};
}}
QPushButton:hover, QToolButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus, QToolButton:focus {{ border: 4px solid {FOCUS}; }}
QPushButton:checked, QToolButton:checked {{ background: #dff1f6; border: 3px solid {ACCENT}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {DISABLED}; background: {DISABLED_BACK}; border-color: {DISABLED_EDGE};
}}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: 4px solid {FOCUS_ON_ACCENT}; background: #0b5670; }}
QPushButton[role="primary"]:disabled {{
    background: {DISABLED_BACK}; color: {DISABLED}; border-color: {DISABLED_EDGE}; font-weight: normal;
}}
QToolButton[role="learner-card"] {{ min-width: 148px; max-width: 148px; min-height: 148px; max-height: 148px; }}
QPushButton[role="card"] {{ min-height: 190px; min-width: 250px; max-width: 250px; text-align: left; }}
QFrame[role="choice"] {{ background: white; border: 2px solid {EDGE}; border-radius: 10px; min-height: 56px; }}
QFrame[role="choice"]:hover {{ border-color: {ACCENT}; }}
QFrame[role="choice"][checked="true"] {{ background: #dff1f6; border: 3px solid {ACCENT}; }}
QFrame[role="choice"][verdict="right"] {{ background: #e3f4e8; border: 3px solid {GOOD}; }}
QFrame[role="choice"][verdict="wrong"] {{ background: #fbe6e4; border: 3px solid {BAD}; }}
QFrame[role="choice"][verdict="missed"] {{ background: white; border: 3px dashed {GOOD}; }}
QFrame[role="choice"] QLabel {{ background: transparent; border: none; }}
QLabel[role="state"] {{ font-weight: bold; }}
QLabel[role="state"][verdict="right"], QLabel[role="state"][verdict="missed"] {{ color: {GOOD}; }}
QLabel[role="state"][verdict="wrong"] {{ color: {BAD}; }}
QFrame[role="row"] {{ background: white; border: 2px solid #d8dce3; border-radius: 10px; }}
QFrame[role="row"][verdict="right"] {{ background: #e3f4e8; border: 3px solid {GOOD}; border-radius: 10px; }}
QFrame[role="row"][verdict="wrong"] {{ background: #fbe6e4; border: 3px solid {BAD}; border-radius: 10px; }}
QFrame[role="row"] QLabel {{ background: transparent; border: none; }}
QToolButton#question-picture {{ background: white; border: 2px solid #d8dce3; padding: 4px; }}
QPushButton[role="quiet"] {{ border: none; background: transparent; color: #8a5a00; min-height: 44px; }}
QFrame#bar {{ background: white; border-bottom: 1px solid #d8dce3; }}
QFrame#card {{ background: white; border: 2px solid #d8dce3; border-radius: 14px; }}
QLabel[role="title"] {{ font-size: 24pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: 18pt; font-weight: bold; }}
QLabel[role="message"] {{ color: {BAD}; font-weight: bold; }}
QLabel[kind="success"] {{ color: {MESSAGE_COLOURS["success"]}; }}
QLabel[kind="error"] {{ color: {MESSAGE_COLOURS["error"]}; }}
QLabel[kind="info"] {{ color: {MESSAGE_COLOURS["info"]}; }}
QLabel[role="quiet"] {{ color: {QUIET}; }}
QLineEdit {{ min-height: 48px; padding: 4px 12px; border: 2px solid {EDGE}; border-radius: 10px;
    background: white; font-size: 18pt; placeholder-text-color: {QUIET}; }}
QComboBox, QAbstractSpinBox {{
    min-height: 40px; padding: 0 0 0 4px; border: 2px solid {EDGE}; border-radius: 10px; background: white;
}}
QComboBox:focus, QAbstractSpinBox:focus, QLineEdit:focus {{ border: 3px solid {FOCUS}; }}
QComboBox::drop-down {{ border: none; width: 20px; }}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{ image: url({CHEVRON_DOWN}); width: 16px; height: 16px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ border: none; width: 32px; }}
QAbstractSpinBox::up-arrow {{ image: url({CHEVRON_UP}); width: 16px; height: 16px; }}
QCheckBox, QRadioButton {{ min-height: 44px; spacing: 10px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 24px; height: 24px; border: 2px solid {EDGE}; background: white;
}}
QCheckBox::indicator {{ border-radius: 6px; }}
QRadioButton::indicator {{ border-radius: 14px; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {FOCUS}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; image: url({TICK}); }}
QRadioButton::indicator:checked {{
    border-color: {ACCENT};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {ACCENT}, stop: 0.45 {ACCENT}, stop: 0.5 white, stop: 1 white);
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {DISABLED_EDGE}; background: {DISABLED_BACK};
}}
QListWidget, QTableWidget, QTableView {{ border: 1px solid {EDGE}; }}
QListWidget::item {{ min-height: 44px; }}
QListWidget#facilitator-pages {{ background: white; border: 1px solid {EDGE}; border-radius: 12px; }}
QListWidget#facilitator-pages::item:selected {{ background: #dff1f6; color: {INK}; }}
QTableWidget, QTableView {{ background: white; gridline-color: {GRID}; }}
QTableWidget::item {{ padding: 4px; }}
QTextBrowser {{ background: white; border: 1px solid #d8dce3; border-radius: 12px; padding: 16px; }}
"""
