"""Turn a lesson page's Markdown into safe HTML for the lesson screen.

Web links become plain text with their address and a note: the trainer never fetches them.
Raw HTML is cleaned of scripts, styles, forms and event handlers.
"""

from xml.etree import ElementTree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

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


def render_page(page: str, offline_note: str) -> str:
    """HTML for one page; `offline_note` says, in the learner's language, that a link needs internet."""
    converter = markdown.Markdown(extensions=["tables", "sane_lists"])
    converter.treeprocessors.register(_LinksAsText(converter, offline_note), "links-as-text", 0)
    html = converter.convert(page)
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
    )
