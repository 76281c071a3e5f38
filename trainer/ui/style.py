"""One style sheet: big touch targets (at least 44 px), calm colours, clear states.

A control's border keeps 3:1 against the page and white (WCAG 2.2, 1.4.11); text keeps 4.5:1.
"""

INK = "#1f2a44"
ACCENT = "#0f6e8c"
GOOD = "#1b8a3a"
BAD = "#c0392b"
EDGE = "#7a8496"
"""The border of buttons and fields: 3.1:1 or more against the page, white and a dialog."""
STATUS_COLOURS = {"not-started": "#8a94a6", "in-progress": "#d98e04", "mastered": GOOD, "done": GOOD}

STYLE_SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QStackedWidget > QWidget {{ background: #f6f4ee; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QPushButton, QToolButton {{
    min-height: 48px; padding: 6px 18px; border-radius: 10px;
    background: white; border: 2px solid {EDGE};
}}
QPushButton:hover, QToolButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus, QToolButton:focus {{ border-color: {ACCENT}; }}
QPushButton:checked, QToolButton:checked {{ background: #dff1f6; border: 3px solid {ACCENT}; }}
QPushButton:disabled, QToolButton:disabled {{ color: #9aa3b2; background: #eceae4; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: #9cc3cf; border-color: #9cc3cf; }}
QToolButton[role="learner-card"] {{ min-width: 148px; max-width: 148px; min-height: 148px; max-height: 148px; }}
QPushButton[role="card"] {{ min-height: 190px; min-width: 250px; max-width: 250px; text-align: left; }}
QFrame[role="choice"] {{ background: white; border: 2px solid #c9cfd9; border-radius: 10px; min-height: 56px; }}
QFrame[role="choice"]:focus, QFrame[role="choice"]:hover {{ border-color: {ACCENT}; }}
QFrame[role="choice"][checked="true"] {{ background: #dff1f6; border: 3px solid {ACCENT}; }}
QFrame[role="choice"][verdict="right"] {{ background: #e3f4e8; border: 3px solid {GOOD}; }}
QFrame[role="choice"][verdict="wrong"] {{ background: #fbe6e4; border: 3px solid {BAD}; }}
QFrame[role="choice"] QLabel {{ background: transparent; border: none; }}
QPushButton[role="quiet"] {{ border: none; background: transparent; color: #8a5a00; min-height: 32px; }}
QFrame#bar {{ background: white; border-bottom: 1px solid #d8dce3; }}
QFrame#card {{ background: white; border: 2px solid #d8dce3; border-radius: 14px; }}
QLabel[role="title"] {{ font-size: 24pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: 18pt; font-weight: bold; }}
QLabel[role="message"] {{ color: {BAD}; font-weight: bold; }}
QLabel[role="quiet"] {{ color: #5b6577; }}
QLineEdit {{ min-height: 48px; padding: 4px 12px; border: 2px solid {EDGE}; border-radius: 10px;
    background: white; font-size: 18pt; }}
QListWidget#facilitator-pages {{ background: white; border: 1px solid #d8dce3; border-radius: 12px; }}
QListWidget#facilitator-pages::item:selected {{ background: #dff1f6; color: {INK}; }}
QTableWidget, QTableView {{ background: white; gridline-color: #d8dce3; }}
QTableWidget::item {{ padding: 4px; }}
QTextBrowser {{ background: white; border: 1px solid #d8dce3; border-radius: 12px; padding: 16px; }}
"""
