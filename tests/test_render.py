"""Lesson pages render offline: web links become text, raw HTML is cleaned, and only pictures
inside the module folder are kept."""

from pathlib import Path

import pytest

from trainer.course.render import render_page

NOTE = "needs the internet"
LOCK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64"/></svg>'


@pytest.fixture
def module(tmp_path: Path) -> Path:
    folder = tmp_path / "curriculum" / "m1-module"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "lock.svg").write_text(LOCK, encoding="utf-8")
    (tmp_path / "curriculum" / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_a_web_link_shows_its_address_and_a_note_but_is_not_a_link(module: Path) -> None:
    html = render_page("See [the bank](https://www.nbc.gov.kh/warnings).", NOTE, module)
    assert "<a" not in html and "href" not in html
    assert "the bank" in html and "https://www.nbc.gov.kh/warnings" in html and NOTE in html


def test_raw_html_is_sanitised(module: Path) -> None:
    html = render_page(
        '<script>steal()</script><img src="https://evil.example/x.png" onerror="x()">'
        '<b onclick="y()">bold</b><iframe src="https://evil.example"></iframe><form><input></form>'
        '<table background="images/lock.svg"><tr><td style="background-image:url(../secret.png)">a</td></tr>'
        '</table><link rel="stylesheet" href="../style.css">',
        NOTE,
        module,
    )
    for banned in (
        "<script", "steal()", "onerror", "onclick", "<iframe", "<form", "<input", "evil.example",
        "background", "style", "<link",
    ):  # fmt: skip
        assert banned not in html
    assert "<b>bold</b>" in html


def test_pictures_tables_and_lists_survive(module: Path) -> None:
    page = "![A lock](images/lock.svg)\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    html = render_page(page, NOTE, module)
    assert '<img alt="A lock" src="images/lock.svg" width="440">' in html
    assert "<li>one</li>" in html and "<td>1</td>" in html


def test_a_picture_is_named_as_it_leads_from_the_module_folder(module: Path) -> None:
    html = render_page('![A lock](images/../images/lock.svg) <img src=" images/lock.svg">', NOTE, module)
    assert html.count('src="images/lock.svg"') == 2


OUTSIDE = [
    "//host/share/x.png",
    "\\\\host\\share\\x.png",
    "file://host/share/x.png",
    "FILE:///etc/x.png",
    "/etc/x.png",
    "C:/Windows/x.png",
    "C:\\Windows\\x.png",
    "../secret.png",
    "images/../../secret.png",
    "%2e%2e/secret.png",
    "images\\lock.svg",
    "data:image/png;base64,iVBORw0KGgo=",
    "HTTP://evil.example/x.png",
    "https://evil.example/x.png",
    "www.evil.example/x.png",
    "images/missing.svg",
]


@pytest.mark.parametrize("address", OUTSIDE)
def test_a_picture_outside_the_module_folder_is_left_out_and_its_description_shown(
    module: Path, address: str
) -> None:
    for page in (f"![A fake SMS]({address})", f'<img src="{address}" alt="A fake SMS">'):
        html = render_page(page, NOTE, module)
        assert "<img" not in html, page
        assert "A fake SMS" in html and "secret" not in html and "host" not in html


def test_srcset_is_never_passed_on(module: Path) -> None:
    html = render_page(
        '<img src="images/lock.svg" srcset="//host/share/x.png 2x, ../secret.png 3x">', NOTE, module
    )
    assert html == '<p><img src="images/lock.svg"></p>'


def test_a_link_leaving_the_module_folder_is_left_out(module: Path) -> None:
    (module / "images" / "escape.png").symlink_to(module.parent / "secret.png")
    assert "<img" not in render_page("![Escape](images/escape.png)", NOTE, module)
