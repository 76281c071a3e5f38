"""The trainer's colours, for screens and for printed pages alike (no Qt here: reports and
charts use them too). Text keeps 4.5:1 on the page and on white (WCAG 2.2 AA)."""

INK = "#1f2a44"
ACCENT = "#0f6e8c"
GOOD = "#1b7a34"
BAD = "#c0392b"
QUIET = "#5b6577"
PAGE = "#f6f4ee"
STATUS_COLOURS = {"not-started": QUIET, "in-progress": "#8a5a00", "mastered": GOOD, "done": GOOD}
"""Status badges, dashboard squares and report marks: white text on these colours, each at
least 4.5:1."""
