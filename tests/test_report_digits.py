"""Numbers on paper in the reader's digits: Khmer digits all through a Khmer class report and
Khmer certificates, Latin digits in English ones, for the demo class on the bundled content.

QtPdf reads digits of both kinds back exactly, but it also reads Khmer words as stray codes, Latin
digits among them (see trainer/reports/pdf.py), so a Latin digit read from a Khmer page proves
nothing. The tests therefore record every text the writers hand to Qt, exactly, and look for Latin
digits there; they read the PDF itself for the Khmer digits that must be on its pages.

A Latin number may stay in a Khmer report only where a person typed it: in the content's own words
(a page called «ព័ត៌មានរន្ធត់ 24», a PIN written on paper) or in a name.
"""

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPainter, QTextDocument

from trainer import resources
from trainer.course.loader import load_library
from trainer.course.model import Module, Text, pick
from trainer.demo.seed import seed_demo
from trainer.reports import certificate, pdf
from trainer.reports.certificate import certificates, write_certificates
from trainer.reports.class_data import ClassData, class_answers, load_class
from trainer.reports.class_report import write_class_report
from trainer.reports.report_pictures import class_charts
from trainer.reports.wording import Wording
from trainer.store.database import Database
from trainer.ui.app import make_app

from .test_reports_pdf import Pdf

NOW = datetime(2025, 6, 1, tzinfo=UTC)
LATIN_NUMBER = re.compile(r"[0-9]+")
KHMER_NUMBER = re.compile(r"[០-៩]+")
FACILITATOR, CENTRE = "ស្រីមុំ", "កំពត"


@pytest.fixture
def demo_class(qapp: object, database: Database) -> ClassData:
    """25 learners with four months of work, with genders and age groups where they consented."""
    make_app()  # the bundled fonts
    library = load_library([resources.bundled_content()])
    seeded = seed_demo(database, library, now=NOW)
    return load_class(database, library, seeded.class_id, NOW, UTC)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the report writers put on their pages, as given to Qt: the text of a laid-out
    report, and each text a painter draws (a footer, a line of a certificate)."""
    texts: list[str] = []

    class Painter(QPainter):
        def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
            texts.append(args[-1])
            super().drawText(*args)

    class Document(QTextDocument):
        def setHtml(self, html: str) -> None:  # noqa: N802 - Qt's name
            super().setHtml(html)
            texts.append(self.toPlainText())

    monkeypatch.setattr(pdf, "QPainter", Painter)
    monkeypatch.setattr(pdf, "QTextDocument", Document)
    monkeypatch.setattr(certificate, "QPainter", Painter)
    return texts


def editors_texts(module: Module) -> list[Text]:
    """What an editor wrote in a module that the report may show: its title, questions and answers."""
    texts = [module.title]
    for question in module.questions:
        texts += [question.prompt, *(o.text for o in question.options), *(i.text for i in question.items)]
        texts += [side for pair in question.pairs for side in (pair.left, pair.right)]
        texts += [choice.text for step in question.steps for choice in step.choices]
    return texts


def typed(data: ClassData, language: str) -> list[str]:
    """The texts people typed that a report shows as they are: content, names, class and centre."""
    texts = [pick(text, language) for module in data.modules for text in editors_texts(module)]
    return [*texts, *(member.name for member in data.members), data.klass.name, FACILITATOR, CENTRE]


def without(texts: Iterable[str], taken_out: Iterable[str]) -> str:
    """The texts, spaces evened out, with each of `taken_out` removed (longest first)."""
    flat = " ".join(" ".join(texts).split())
    for text in sorted({" ".join(t.split()) for t in taken_out if t.strip()}, key=len, reverse=True):
        flat = flat.replace(text, " ")
    return flat


def near(pattern: re.Pattern[str], text: str) -> list[str]:
    """Each match with the text around it, for a failure's message."""
    return [text[max(0, m.start() - 30) : m.end() + 30] for m in pattern.finditer(text)]


def report(data: ClassData, database: Database, language: str, path: Path) -> tuple[Pdf, int]:
    words = Wording(language)
    answers, charts = class_answers(database, data), class_charts(data, words)
    pages = write_class_report(path, data, answers, words, charts, FACILITATOR, CENTRE)
    return Pdf(path), pages


def test_a_khmer_class_report_writes_every_number_in_khmer_digits(
    demo_class: ClassData, database: Database, drawn: list[str], tmp_path: Path
) -> None:
    printed, pages = report(demo_class, database, "km", tmp_path / "report.pdf")
    words = Wording("km")
    ours = without(drawn, typed(demo_class, "km"))
    assert not LATIN_NUMBER.search(ours), near(LATIN_NUMBER, ours)
    age_groups = ("១៥-២៤", "២៥-៣៤", "៣៥-៥៤")
    for shown in (words.date(NOW.date()), f"{words.translate('ClassReport', 'Learners')} ២៥", *age_groups):
        assert shown in ours, shown
    for shown in age_groups:
        assert shown in printed.text, shown
    page_of = words.translate("ClassReport", "page {} of {}")
    footers = drawn[1:]  # after the report's text, each page's footer
    assert len(footers) == pages == len(printed.pages)
    for page, footer in enumerate(footers, start=1):
        assert footer.endswith(page_of.format(words.number(page), words.number(pages))), footer


def test_an_english_class_report_keeps_latin_digits(
    demo_class: ClassData, database: Database, drawn: list[str], tmp_path: Path
) -> None:
    printed, pages = report(demo_class, database, "en", tmp_path / "report.pdf")
    assert not KHMER_NUMBER.search(" ".join(drawn)), near(KHMER_NUMBER, " ".join(drawn))
    for shown in ("Date 1 June 2025", "Learners 25", "15-24", "25-34", "35-54", f"page {pages} of {pages}"):
        assert shown in printed.text, shown


@pytest.mark.parametrize(("language", "day"), [("km", "២៥ វិច្ឆិកា ២០២៦"), ("en", "25 November 2026")])
def test_certificates_are_dated_in_the_reader_s_digits(
    demo_class: ClassData, drawn: list[str], tmp_path: Path, language: str, day: str
) -> None:
    found = certificates(demo_class, "online-safety")
    assert len(found) > 1
    words = Wording(language)
    path = tmp_path / "certificates.pdf"
    write_certificates(path, found, words, date(2026, 11, 25), CENTRE, FACILITATOR)
    dated = words.translate("CertificatePage", "Date: {}").format(day)
    assert drawn.count(dated) == len(found), "each certificate is dated"
    numbers = [text for text in drawn if LATIN_NUMBER.search(text) or KHMER_NUMBER.search(text)]
    assert set(numbers) == {dated}, "the date is the only number on a certificate"
    printed = Pdf(path)
    for page in printed.pages:
        assert KHMER_NUMBER.findall(page) == KHMER_NUMBER.findall(day)
