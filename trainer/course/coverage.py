"""How much of a module is translated, per language, and whether a fluent speaker reviewed it.

Read from the files themselves rather than the loaded module, so that a module still being
translated (and so left out of the app) is counted too. A text counts as translated when it is
there and is not a copy of another language's text (a Khmer text with no Khmer letters that
equals the English one has not been translated yet).
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer import LANGUAGES
from trainer.course.pages import split_pages
from trainer.course.problems import Problems
from trainer.course.yamlfile import Map, read_yaml

SCRIPTS = {"km": re.compile("[\u1780-\u17ff\u19e0-\u19ff]"), "en": re.compile("[A-Za-z]")}
"""Letters that show a text is written in that language."""
NOT_TEXTS = ("audio", "translations")
"""Fields keyed by language that hold file names or review states, not texts."""


@dataclass(frozen=True)
class Untranslated:
    path: Path
    line: int
    copied: bool
    """True when the text is there but is a copy of another language's text."""


@dataclass(frozen=True)
class LanguageCoverage:
    total: int
    untranslated: tuple[Untranslated, ...]
    review: str
    """"draft", "reviewed", or what the module.yaml says instead."""

    @property
    def translated(self) -> int:
        return self.total - len(self.untranslated)

    @property
    def percent(self) -> int:
        return 100 if not self.total else self.translated * 100 // self.total

    @property
    def copies(self) -> int:
        return sum(item.copied for item in self.untranslated)


@dataclass(frozen=True)
class ModuleCoverage:
    module_id: str
    folder: Path
    languages: dict[str, LanguageCoverage]

    @property
    def drafts(self) -> tuple[str, ...]:
        return tuple(lang for lang, cover in self.languages.items() if cover.review != "reviewed")


_Found = dict[str, list[Untranslated]]


def module_coverage(folder: Path) -> ModuleCoverage:
    module = read_yaml(folder / "module.yaml", Problems()) or Map()
    quiz = read_yaml(folder / "quiz.yaml", Problems()) or Map()
    found: _Found = {language: [] for language in LANGUAGES}
    total = _count_texts(folder / "module.yaml", module, found) + _count_texts(
        folder / "quiz.yaml", quiz, found
    )
    if "test" not in module:
        total += _count_pages(folder, found)
    review = module.get("translations")
    states = review if isinstance(review, dict) else {}
    return ModuleCoverage(
        str(module.get("id") or folder.name),
        folder,
        {
            language: LanguageCoverage(total, tuple(found[language]), str(states.get(language, "draft")))
            for language in LANGUAGES
        },
    )


def _count_texts(path: Path, data: Any, found: _Found) -> int:
    """The texts in a YAML tree, noting each language's missing or copied ones in `found`."""
    if isinstance(data, list):
        return sum(_count_texts(path, item, found) for item in data)
    if not isinstance(data, Map):
        return 0
    if data and set(data) <= set(LANGUAGES):
        texts = {language: str(data.get(language) or "").strip() for language in LANGUAGES}
        for language in LANGUAGES:
            _note(language, texts, path, data.line_of(language), found)
        return 1
    return sum(_count_texts(path, value, found) for key, value in data.items() if key not in NOT_TEXTS)


def _count_pages(folder: Path, found: _Found) -> int:
    """Lesson pages count as texts: page N in one language is the translation of page N in another."""
    pages: dict[str, list[tuple[int, str]]] = {}
    for language in LANGUAGES:
        try:
            text = (folder / f"lesson.{language}.md").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        split = ((page.first_line, page.markdown.strip()) for page in split_pages(text))
        pages[language] = [(line, markdown) for line, markdown in split if markdown]
    total = max(len(found_pages) for found_pages in pages.values())
    for number in range(total):
        texts = {lang: pages[lang][number][1] if number < len(pages[lang]) else "" for lang in LANGUAGES}
        for language, own in pages.items():
            line = own[min(number, len(own) - 1)][0] if own else 1
            _note(language, texts, folder / f"lesson.{language}.md", line, found)
    return total


def _note(language: str, texts: dict[str, str], path: Path, line: int, found: _Found) -> None:
    text = texts[language]
    copied = bool(text) and _is_copy(language, text, texts)
    if not text or copied:
        found[language].append(Untranslated(path, line, copied))


def _is_copy(language: str, text: str, texts: dict[str, str]) -> bool:
    others = [other for lang, other in texts.items() if lang != language]
    has_letters = any(character.isalpha() for character in text)
    return text in others and has_letters and not SCRIPTS[language].search(text)


def coverage_table(coverage: list[ModuleCoverage]) -> str:
    """One line per module: in each language, the share of texts translated and the review state."""
    if not coverage:
        return "translations: no modules"
    languages = list(coverage[0].languages)
    rows = [["translations", *languages]]
    for module in coverage:
        cells = [module.module_id]
        for language in languages:
            cover = module.languages[language]
            copies = f" ({cover.copies} same as another language)" if cover.copies else ""
            cells.append(f"{cover.percent:>3}% of {cover.total} texts{copies}, {cover.review}")
        rows.append(cells)
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )
