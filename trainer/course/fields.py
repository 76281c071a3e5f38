"""Reading the fields of a content file, with a `path:line: message` for each one that is wrong."""

import re
from pathlib import Path
from typing import Any

from trainer import LANGUAGES
from trainer.course.model import MasteryRule, Source, Text
from trainer.course.module_files import check_file
from trainer.course.problems import Problems
from trainer.course.yamlfile import Map

REVIEW_STATES = ("draft", "reviewed")
VALID_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
TEST_KINDS = ("pre", "post")


def check_languages(path: Path, line: int, key: str, value: dict[Any, Any], problems: Problems) -> None:
    """A text keyed by anything but a language is usually unquoted text with a comma in `{...}`."""
    for extra in sorted(str(language) for language in value if language not in LANGUAGES):
        at = value.line_of(extra) if isinstance(value, Map) else line
        problems.add(
            path, at, f"'{key}' has '{extra}', which is not a language: put text with a comma in quotes"
        )


def normalise_id(value: Any) -> str:
    """YAML reads `true`, `false` and numbers as such; ids are always text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


class Fields:
    """Reads the fields of one YAML mapping, adding a problem for each one that is wrong."""

    def __init__(self, path: Path, data: Map, problems: Problems) -> None:
        self.path, self.data, self.problems = path, data, problems

    def missing(self, key: str, what: str = "") -> None:
        self.problems.add(self.path, self.data.line, f"missing field '{key}'{what}")

    def wrong(self, key: str, message: str) -> None:
        self.problems.add(self.path, self.data.line_of(key), message)

    def identifier(self, key: str) -> str:
        if key not in self.data or self.data[key] in (None, ""):
            self.missing(key)
            return ""
        value = normalise_id(self.data[key])
        if not VALID_ID.match(value):
            self.wrong(key, f"id '{value}' may only have letters, digits and dashes")
        return value

    def text(self, key: str, data: Any = None, line: int | None = None) -> Text:
        value = self.data.get(key) if data is None else data
        if value is None:
            self.missing(key)
            return {}
        at = line or self.data.line_of(key)
        if not isinstance(value, dict):
            self.problems.add(self.path, at, f"'{key}' needs one text per language (en:, km:)")
            return {}
        check_languages(self.path, at, key, value, self.problems)
        texts = {language: str(value.get(language) or "").strip() for language in LANGUAGES}
        for language, text in texts.items():
            if not text:
                self.problems.add(self.path, at, f"missing '{language}' text in '{key}'")
        return texts

    def texts(self, key: str) -> tuple[Text, ...]:
        items = self.data.get(key)
        if not isinstance(items, list) or not items:
            self.missing(key, " (a list)")
            return ()
        line = self.data.line_of(key)
        return tuple(self.text(key, item, getattr(item, "line", line)) for item in items)

    def strings(self, key: str, required: bool = True) -> tuple[str, ...]:
        items = self.data.get(key, None if required else [])
        if not isinstance(items, list):
            self.missing(key, " (a list)") if items is None else self.wrong(key, f"'{key}' must be a list")
            return ()
        return tuple(normalise_id(item) for item in items)

    def number(self, key: str, low: int, high: int) -> int:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            if value is None:
                self.missing(key)
            else:
                self.wrong(key, f"'{key}' must be a whole number from {low} to {high}")
            return low
        return value

    def mastery(self) -> MasteryRule:
        value = self.data.get("mastery")
        if value is None:
            return MasteryRule()
        correct, of = (value.get("correct"), value.get("of")) if isinstance(value, dict) else (None, None)
        if not (isinstance(correct, int) and isinstance(of, int) and 1 <= correct <= of <= 20):
            self.wrong("mastery", "mastery needs 'correct' and 'of', with 1 <= correct <= of <= 20")
            return MasteryRule()
        return MasteryRule(correct, of)

    def translations(self) -> dict[str, str]:
        value = self.data.get("translations")
        if not isinstance(value, dict):
            self.missing("translations", " (en: reviewed, km: draft)")
            return {language: "draft" for language in LANGUAGES}
        states = {language: str(value.get(language, "")) for language in LANGUAGES}
        for language, state in states.items():
            if state not in REVIEW_STATES:
                self.wrong("translations", f"translations: '{language}' must be draft or reviewed")
        return states

    def sources(self) -> tuple[Source, ...]:
        items = self.data.get("sources", [])
        if not isinstance(items, list):
            self.wrong("sources", "'sources' must be a list")
            return ()
        sources = []
        for item in items:
            if not isinstance(item, dict) or not item.get("organisation") or not item.get("title"):
                self.wrong("sources", "each source needs 'organisation' and 'title'")
                continue
            sources.append(Source(str(item["organisation"]), str(item["title"]), str(item.get("url", ""))))
        return tuple(sources)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.wrong(key, f"'{key}' must be true or false")
            return default
        return value

    def test(self) -> str | None:
        """`pre` or `post` for a test module (no lesson, no feedback until the end), else None."""
        value = self.data.get("test")
        if value is not None and value not in TEST_KINDS:
            self.wrong("test", "'test' must be pre or post")
            return None
        return value

    def picture(self, key: str, folder: Path) -> Path | None:
        if key not in self.data:
            return None
        return check_file(folder, self.path, self.data.line_of(key), str(self.data[key]), self.problems)

    def recordings(self, key: str, folder: Path) -> dict[str, Path]:
        """Recorded audio per language, e.g. `audio: {km: audio/q1.km.ogg}`; any language may be left out."""
        value = self.data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.wrong(key, f"'{key}' needs one file per language (km:, en:)")
            return {}
        line = self.data.line_of(key)
        found = {
            str(language): check_file(folder, self.path, line, str(target), self.problems, "recording")
            for language, target in value.items()
        }
        return {language: file for language, file in found.items() if file is not None}

    def optional_text(self, key: str) -> Text | None:
        return self.text(key) if key in self.data else None
