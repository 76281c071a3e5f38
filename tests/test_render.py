"""Lesson pages render offline: web links become text, raw HTML is cleaned."""

from trainer.course.render import render_page

NOTE = "needs the internet"


def test_a_web_link_shows_its_address_and_a_note_but_is_not_a_link() -> None:
    html = render_page("See [the bank](https://www.nbc.gov.kh/warnings).", NOTE)
    assert "<a" not in html and "href" not in html
    assert "the bank" in html and "https://www.nbc.gov.kh/warnings" in html and NOTE in html


def test_raw_html_is_sanitised() -> None:
    html = render_page(
        '<script>steal()</script><img src="https://evil.example/x.png" onerror="x()">'
        '<b onclick="y()">bold</b><iframe src="https://evil.example"></iframe><form><input></form>',
        NOTE,
    )
    for banned in (
        "<script",
        "steal()",
        "onerror",
        "onclick",
        "<iframe",
        "<form",
        "<input",
        "evil.example",
    ):
        assert banned not in html
    assert "<b>bold</b>" in html


def test_pictures_tables_and_lists_survive() -> None:
    html = render_page("![A lock](images/lock.svg)\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |", NOTE)
    assert '<img alt="A lock" src="images/lock.svg" width="440">' in html
    assert "<li>one</li>" in html and "<td>1</td>" in html
