"""Split a lesson's Markdown into pages and find the pictures it uses, with line numbers."""

import re
from dataclasses import dataclass

PAGE_BREAK = re.compile(r"^---\s*$")
_PICTURE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_PICTURE_START = re.compile(r"!\[")


@dataclass(frozen=True)
class Page:
    first_line: int
    markdown: str
    break_line: int
    """The `---` line that ends the page, or for the last page the one that starts it."""


@dataclass(frozen=True)
class FileRef:
    """A file a lesson page names: a picture, or its recording."""

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


def pictures(page: Page) -> tuple[list[FileRef], list[int]]:
    """The pictures a page shows, and the lines where a picture's syntax is left unfinished."""
    found: list[FileRef] = []
    broken: list[int] = []
    for offset, line in enumerate(page.markdown.splitlines()):
        complete = {match.start(): match.group(1) for match in _PICTURE.finditer(line)}
        for start in _PICTURE_START.finditer(line):
            if start.start() in complete:
                found.append(FileRef(page.first_line + offset, complete[start.start()]))
            else:
                broken.append(page.first_line + offset)
    return found, broken


def is_web_address(target: str) -> bool:
    return bool(re.match(r"^(https?:|ftp:|www\.|//)", target, re.IGNORECASE))
