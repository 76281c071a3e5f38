"""A message box shows names from a USB stick (a key's, a pack's, a learner's) as written:
never as HTML, which could make Qt fetch a picture from a network share."""

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from trainer.ui.widgets import shown_as_written

from .test_backups_screen import as_read

NAME = '<img src="//host/share/x.png"> Sokha & co'


def test_a_name_that_looks_like_html_is_shown_as_written(qapp: object) -> None:
    text = shown_as_written(f"Trust the key of {NAME}?\nThen packs it signed can be installed.")
    assert as_read(text) == f"Trust the key of {NAME}?\nThen packs it signed can be installed."
    document = QTextDocument()
    document.setHtml(text)
    assert "<img" not in document.toHtml()
    box = QMessageBox(QMessageBox.Icon.Question, "Trust", text)
    shown = [label.text() for label in box.findChildren(QLabel) if label.text()]
    assert any("&lt;img" in label for label in shown)
