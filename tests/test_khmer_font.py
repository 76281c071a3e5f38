"""Khmer is drawn with the bundled Noto Sans Khmer, shaped, with no missing-glyph boxes."""

from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QRawFont, QTextLayout

from trainer import resources
from trainer.ui.language import app_font, load_fonts

KHMER = "ស្រីមុំ រៀនប្រើកុំព្យូទ័រ ក្នុងមជ្ឈមណ្ឌលសហគមន៍"
FONT_FILE = resources.assets() / "fonts" / "NotoSansKhmer-Regular.ttf"


def shaped_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_khmer_is_shaped_with_the_bundled_font_and_no_missing_glyphs(qapp: QGuiApplication) -> None:
    assert "Noto Sans Khmer" in load_fonts()
    runs = shaped_runs(KHMER, app_font("km"))
    khmer_runs = [glyphs for family, glyphs in runs if family == "Noto Sans Khmer"]
    assert khmer_runs, runs
    assert all(0 not in glyphs for _, glyphs in runs), "a glyph is the missing-glyph box"
    raw = QRawFont(str(FONT_FILE), 24)
    unshaped = list(raw.glyphIndexesForString(KHMER))
    shaped = [glyph for glyphs in khmer_runs for glyph in glyphs]
    assert shaped != unshaped, "subscripts (coeng) and vowels must be reordered and joined by shaping"


def test_khmer_renders_ink(qapp: QGuiApplication, tmp_path: Path) -> None:
    load_fonts()
    image = QImage(900, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(app_font("km"))
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(10, 50), KHMER)
    painter.end()
    dark = sum(
        1 for x in range(0, 900, 3) for y in range(0, 80, 3) if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200
