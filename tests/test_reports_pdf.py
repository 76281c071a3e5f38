"""The class report and certificates as PDF files, read back with QtPdf.

Latin text and digits (Khmer digits too) come back from Qt's PDFs exactly, so they are checked
as they are. Khmer words do not (see trainer/reports/pdf.py): for them the test checks that the
page holds the same Khmer letters, in the same order, that QtPdf reads from a PDF with only that
word, which fails if the word is missing or drawn without the Khmer font. The document title
keeps Khmer exactly.
"""

from datetime import UTC, date
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trainer import resources
from trainer.course.loader import load_library
from trainer.reports.certificate import certificates, write_certificates
from trainer.reports.class_data import ClassData, class_answers, load_class
from trainer.reports.class_report import write_class_report
from trainer.reports.pdf import MARGIN_MM, picture, write_document
from trainer.reports.report_pictures import class_charts
from trainer.reports.wording import Wording
from trainer.store.classes import Assignment, add_class, set_assignments, update_class
from trainer.store.database import Database
from trainer.store.learners import Profile, add_learner
from trainer.ui.app import make_app
from trainer.ui.background import run_in_background

from .class_seed import CLASS_NAME, NOW, seed_class
from .conftest import TYPES_CONTENT


@pytest.fixture
def seeded(qapp: object, database: Database) -> tuple[ClassData, dict[str, str]]:
    make_app()  # the bundled fonts
    ids = seed_class(database)
    return load_class(database, load_library([TYPES_CONTENT]), ids["class"], NOW, UTC), ids


class Pdf:
    def __init__(self, path: Path) -> None:
        self.document = QPdfDocument()
        assert self.document.load(str(path)) == QPdfDocument.Error.None_
        self.pages = [self.document.getAllText(n).text() for n in range(self.document.pageCount())]
        self.text = " ".join(" ".join(self.pages).split())
        self.title = self.document.metaData(QPdfDocument.MetaDataField.Title)

    def render(self, page: int, scale: float = 1.5) -> QImage:
        size = self.document.pagePointSize(page)
        return self.document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))


def khmer_letters(text: str) -> str:
    return "".join(c for c in text if "\u1780" <= c <= "\u17ff")


def as_drawn(text: str, words: Wording, tmp_path: Path) -> str:
    """The Khmer letters QtPdf reads back from a Qt PDF that holds only `text`."""
    path = tmp_path / "one-text.pdf"
    write_document(path, "", f"<p>{escape(text)}</p>", {}, words, lambda page, pages: "")
    letters = khmer_letters(Pdf(path).text)
    assert letters, f"nothing of {text} reads back"
    return letters


def test_class_report_in_english(
    seeded: tuple[ClassData, dict[str, str]], database: Database, tmp_path: Path
) -> None:
    data, _ = seeded
    words = Wording("en")
    seen: list[tuple[int, int]] = []
    path = tmp_path / "report.pdf"
    pages = write_class_report(
        path,
        data,
        class_answers(database, data),
        words,
        class_charts(data, words),
        "ស្រីមុំ",
        "Kampot",
        lambda done, total: seen.append((done, total)),
    )
    pdf = Pdf(path)
    assert len(pdf.pages) == pages and seen[-1] == (pages, pages)
    assert pdf.title == f"Class report: {CLASS_NAME}"
    for shown in (
        f"Class report: {CLASS_NAME}",
        "Date 20 October 2026",
        "Centre Kampot",
        "Learners 3",
        "1. pre test 2. Judge the post 3. Practice 4. post test",
        "Dara: 3 or more wrong answers in a row",
        "Vannak: has not started",
        "URGENT: the dam breaks tonight! Share now! 4 75% Share it (3)",
        "Dara 50 67 0.33 +0.0 +2.0",
        "54 92 0.82 +0.5 +5.0",
        "Class average 52 79 0.58",
        "the average is over the 2 learners who took both tests",
        "Averages by gender or age group are shown only for 3 learners or more",
        f"page {pages} of {pages}",
    ):
        assert shown in pdf.text, shown
    assert "By gender" not in pdf.text and "female 1" not in pdf.text, "a group of one gives its scores away"
    letters = khmer_letters(pdf.text)
    assert as_drawn("សុខា", words, tmp_path) in letters, "the Khmer learner's name"
    assert as_drawn("ស្រីមុំ", words, tmp_path) in letters, "the facilitator's Khmer name"


def test_class_report_in_khmer(
    seeded: tuple[ClassData, dict[str, str]], database: Database, tmp_path: Path
) -> None:
    data, ids = seeded
    update_class(database, ids["class"], name="ថ្នាក់ព្រឹក")
    data = load_class(database, data.library, ids["class"], NOW, UTC)
    words = Wording("km")
    path = tmp_path / "report.pdf"
    write_class_report(path, data, class_answers(database, data), words, class_charts(data, words))
    pdf = Pdf(path)
    assert pdf.title == words.translate("ClassReport", "Class report: {}").format("ថ្នាក់ព្រឹក"), (
        "the title keeps Khmer exactly"
    )
    for shown in ("៥០ ៦៧ ០.៣៣ +០.០ +២.០", "៥៤ ៩២ ០.៨២ +០.៥ +៥.០", "៥២ ៧៩ ០.៥៨", "៤ ៧៥%"):
        assert shown in pdf.text, shown
    assert "0.82" not in pdf.text, "Khmer digits throughout"
    letters = khmer_letters(pdf.text)
    share_it = words.translate("ChoicesAnswer", "Share it")
    for khmer in ("ថ្នាក់ព្រឹក", "សុខា", "វាយតម្លៃការបង្ហោះ", "២០ តុលា ២០២៦", share_it):
        assert as_drawn(khmer, words, tmp_path) in letters, khmer


def test_report_pages_hold_many_modules_and_long_names(
    qapp: object, database: Database, tmp_path: Path
) -> None:
    """Every bundled module assigned: the progress table continues in more tables, and nothing
    runs into the right margin (the report is not clipped sideways, so it would show there)."""
    make_app()
    library = load_library([resources.bundled_content()])
    klass = add_class(database, "ថ្នាក់រៀនពេលល្ងាច នៅមជ្ឈមណ្ឌលសហគមន៍")
    set_assignments(database, klass.id, [Assignment(m.id) for m in library.modules])
    for name in ("ស្រីមុំ ចាន់ធីតា សុវណ្ណារ៉ាវុធ", "Sokunthea Chanthavy Rathanakvisal", "Dara"):
        add_learner(database, name, "fish", None, Profile(klass.id))
    data = load_class(database, library, klass.id, NOW)
    for language in ("km", "en"):
        words = Wording(language)
        path = tmp_path / f"report-{language}.pdf"
        pages = write_class_report(path, data, [], words, class_charts(data, words), "ស្រីមុំ")
        pdf = Pdf(path)
        assert f"{words.number(len(library.modules))}." in pdf.text, "the last module has its number"
        for page in range(pages):
            image = pdf.render(page)
            image.save(str(tmp_path / f"report-{language}-{page + 1}.png"))
            margin = int(image.width() * MARGIN_MM / 210 * 0.8)
            right = image.copy(image.width() - margin, 0, margin, image.height())
            assert all(
                right.pixelColor(x, y).alpha() == 0 or right.pixelColor(x, y) == QColor("white")
                for x in range(0, margin, 3)
                for y in range(0, right.height(), 3)
            ), f"page {page + 1} runs into the right margin"


def test_certificates_for_a_class(seeded: tuple[ClassData, dict[str, str]], tmp_path: Path) -> None:
    data, ids = seeded
    found = certificates(data, "news")
    assert [(c.learner, len(c.modules)) for c in found] == [("សុខា", 1)], "only Sokha mastered a module"
    english, khmer = Wording("en"), Wording("km")
    path = tmp_path / "certificates.pdf"
    assert write_certificates(path, found, english, date(2026, 11, 25), "Kampot", "Dara") == 1
    pdf = Pdf(path)
    for shown in (
        "Kampot",
        "This certificate is presented to",
        "News",
        "Judge the post",
        "25 November 2026",
        "Dara",
    ):
        assert shown in pdf.text, shown
    assert as_drawn("សុខា", english, tmp_path) in khmer_letters(pdf.text)
    assert pdf.title == "Certificate: News, សុខា"
    write_certificates(path, certificates(data, "news", [ids["សុខា"]]), khmer, date(2026, 11, 25))
    pdf = Pdf(path)
    assert "២៥" in pdf.text and "២០២៦" in pdf.text, "a Khmer date with Khmer digits"
    letters = khmer_letters(pdf.text)
    assert as_drawn("វិច្ឆិកា", khmer, tmp_path) in letters, "the Khmer month name"
    assert as_drawn("វាយតម្លៃការបង្ហោះ", khmer, tmp_path) in letters
    assert pdf.title.endswith("ព័ត៌មាន, សុខា")


def test_no_certificate_for_a_learner_who_mastered_nothing(
    seeded: tuple[ClassData, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = seeded
    assert certificates(data, "news", [ids["Vannak"]]) == []
    with pytest.raises(ValueError, match="nobody here has mastered"):
        write_certificates(tmp_path / "none.pdf", [], Wording("en"), date(2026, 11, 25))
    assert not list(tmp_path.glob("none.pdf*"))


def test_the_report_is_written_in_the_background(
    qtbot: QtBot, seeded: tuple[ClassData, dict[str, str]], database: Database, tmp_path: Path
) -> None:
    data, _ = seeded
    words = Wording("en")
    answers, charts = class_answers(database, data), class_charts(data, words)
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[int] = []
    path = tmp_path / "report.pdf"
    run_in_background(
        parent,
        "Writing the class report",
        lambda progress: write_class_report(path, data, answers, words, charts, progress=progress),
        done.append,
        pytest.fail,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert len(Pdf(path).pages) == done[0]


def test_a_chart_moves_whole_to_the_next_page(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Wherever a table ends, the chart after it is never cut at a page's foot, nor the lines
    after it (Qt cuts a tall inline image; write_document logs any line it finds cut)."""
    make_app()
    chart = QImage(2000, 1000, QImage.Format.Format_RGB32)
    chart.fill(QColor("gray"))
    items = "".join(f"<li>item {n}: no activity for 14 days</li>" for n in range(100))
    for rows in range(40, 100, 3):
        table = "".join(f"<tr><td>row {n}</td><td>{n}</td></tr>" for n in range(rows))
        html = f"<table border='1' width='100%'>{table}</table>{picture('chart:x', 680)}<ul>{items}</ul>"
        write_document(
            tmp_path / "flow.pdf", "", html, {"chart:x": chart}, Wording("en"), lambda page, pages: ""
        )
    assert not [record.getMessage() for record in caplog.records if "cut at the foot" in record.getMessage()]
