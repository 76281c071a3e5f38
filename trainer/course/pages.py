"""Split a lesson's Markdown into pages, with line numbers, and find what is unfinished or read aloud."""

import re
from dataclasses import dataclass

PAGE_BREAK = re.compile(r"^---\s*$")
_PICTURE = re.compile(r"!\[[^\]\n]*\]\(\s*<?[^)\s>]+>?(?:\s+\"[^\"]*\")?\s*\)")
_PICTURE_START = re.compile(r"!\[")


@dataclass(frozen=True)
class Page:
    first_line: int
    markdown: str
    break_line: int
    """The `---` line that ends the page, or for the last page the one that starts it."""


@dataclass(frozen=True)
class FileRef:
    """A file a lesson page names: its recording."""

    line: int
    target: str


def split_pages(markdown: str) -> list[Page]:
    """Pages separated by a line of three dashes; line numbers count from 1."""
    pages: list[Page] = []
    lines: list[str] = []
    first = 1
    for number, line in enumerate(markdown.splitlines(), start=1):
        if PAGE_BREAK.match(line):
            pages.append(Page(first, "\n".join(lines), number))
            lines, first = [], number + 1
        else:
            lines.append(line)
    pages.append(Page(first, "\n".join(lines), max(first - 1, 1)))
    return pages


_AUDIO = re.compile(r"^\s*\[audio\]\(\s*([^)\s]+)\s*\)\s*$", re.IGNORECASE)


def take_audio(page: Page) -> tuple[Page, FileRef | None]:
    """The page without its `[audio](file)` line, and that line's file (read aloud on this page)."""
    kept: list[str] = []
    found: FileRef | None = None
    for offset, line in enumerate(page.markdown.splitlines()):
        match = _AUDIO.match(line)
        if match and found is None:
            found = FileRef(page.first_line + offset, match.group(1))
        else:
            kept.append(line)
    return Page(page.first_line, "\n".join(kept), page.break_line), found


def unfinished_pictures(page: Page) -> list[int]:
    """The lines where a picture's Markdown (`![...](...)`) is left unfinished."""
    broken: list[int] = []
    for offset, line in enumerate(page.markdown.splitlines()):
        complete = {match.start() for match in _PICTURE.finditer(line)}
        broken += [
            page.first_line + offset
            for start in _PICTURE_START.finditer(line)
            if start.start() not in complete
        ]
    return broken


def is_web_address(target: str) -> bool:
    return bool(re.match(r"^(https?:|ftp:|www\.|//)", target, re.IGNORECASE))
