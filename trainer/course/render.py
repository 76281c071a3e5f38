"""Turn a lesson page's Markdown into safe HTML for the lesson screen.

Web links become plain text with their address and a note: the trainer never fetches them.
Raw HTML is cleaned of scripts, styles, forms and event handlers. A picture is kept only when
it is a file inside the module folder, named as it leads from there (`images/x.svg`); any
other picture is replaced by its description, so Qt is never asked for it.
"""

import functools
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from trainer.course.module_files import module_file, relative_name
from trainer.course.pages import is_web_address

_ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "p", "br", "hr", "strong", "em", "b", "i", "u", "ul", "ol", "li",
    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "img", "span", "code", "pre",
}  # fmt: skip
PICTURE_WIDTH = "440"
"""Lesson pictures are drawn this wide (in pixels) unless the editor says otherwise, so that
the words in a 360-wide SVG stay legible."""
_ALLOWED_ATTRIBUTES = {"img": {"src", "alt", "width", "height"}, "span": {"class"}}


class _LinksAsText(Treeprocessor):
    def __init__(self, md: markdown.Markdown, offline_note: str) -> None:
        super().__init__(md)
        self.offline_note = offline_note

    def run(self, root: ElementTree.Element) -> None:
        for picture in root.iter("img"):
            picture.set("width", picture.get("width", PICTURE_WIDTH))
        for link in root.iter("a"):
            href = link.get("href", "")
            link.tag = "span"
            link.attrib.clear()
            if is_web_address(href):
                note = ElementTree.SubElement(link, "span", {"class": "web-address"})
                note.text = f" ({href}: {self.offline_note})"


def _page_html(page: str, offline_note: str) -> str:
    converter = markdown.Markdown(extensions=["tables", "sane_lists"])
    converter.treeprocessors.register(_LinksAsText(converter, offline_note), "links-as-text", 0)
    return converter.convert(page)


def render_page(page: str, offline_note: str, folder: Path) -> str:
    """HTML for one page of the module in `folder`; `offline_note` says, in the learner's
    language, that a link needs internet."""

    def own_pictures_only(tag: str, attribute: str, value: str) -> str | None:
        if tag != "img" or attribute != "src":
            return value
        return relative_name(value) if isinstance(module_file(folder, value), Path) else None

    html = nh3.clean(
        _page_html(page, offline_note),
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=own_pictures_only,
        url_schemes=set(),
        link_rel=None,
    )
    return _IMG.sub(_description_if_left_out, html)


_IMG = re.compile(r'<img((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*/?>')
_ALT = re.compile(r'\salt="([^"]*)"')


def _description_if_left_out(picture: re.Match[str]) -> str:
    """A picture left without its file shows its description instead (already escaped)."""
    if ' src="' in picture.group(1):
        return picture.group(0)
    alt = _ALT.search(picture.group(1))
    return f"<span>{alt.group(1)}</span>" if alt else ""


class _Pictures(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("img", "image"):
            self.found += [(name, value) for name, value in attrs if name in ("src", "srcset") and value]


@functools.lru_cache(maxsize=2048)
def page_pictures(page: str) -> tuple[tuple[str, str], ...]:
    """Every picture a page gives, as ("src" or "srcset", address as written): from its
    Markdown and from raw HTML, wherever the rendered page would hold it (not in code).

    Remembered per page text: live preview reloads all content at each save."""
    if "![" not in page and "<" not in page:
        return ()
    converter = markdown.Markdown(extensions=["tables", "sane_lists"])
    converter.inlinePatterns.deregister("em_strong")  # the slowest part, and it adds no picture
    html = converter.convert(page)
    parser = _Pictures()
    parser.feed(html)
    parser.close()
    kept: list[tuple[str, str]] = []

    def note(tag: str, attribute: str, value: str) -> str:
        if tag == "img" and attribute in ("src", "srcset"):
            kept.append((attribute, value))
        return value

    nh3.clean(html, tags={"img"}, attributes={"img": {"src", "srcset"}}, attribute_filter=note)
    return tuple(dict.fromkeys(parser.found + kept))
