"""Load curricula from folders of YAML and Markdown, collecting every problem on the way.

A module with a problem is skipped and listed; the rest of the content still loads.
"""

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trainer import LANGUAGES
from trainer.course.model import (
    Curriculum,
    Lesson,
    Library,
    MasteryRule,
    Module,
    Option,
    Question,
    Source,
    Text,
)
from trainer.course.pages import is_web_address, pictures, split_pages
from trainer.course.problems import Problems
from trainer.course.yamlfile import Map, read_yaml
from trainer.learning.grading import GRADERS

REVIEW_STATES = ("draft", "reviewed")


def load_library(roots: Iterable[Path]) -> Library:
    problems = Problems()
    curricula: list[Curriculum] = []
    skipped: list[Path] = []
    for folder, module_filter in _curriculum_folders(roots):
        curriculum = _load_curriculum(folder, module_filter, problems, skipped)
        if curriculum is not None:
            curricula.append(curriculum)
    _check_unique_ids(curricula, problems)
    return Library(tuple(curricula), tuple(sorted(set(problems))), tuple(skipped))


def _curriculum_folders(roots: Iterable[Path]) -> list[tuple[Path, Path | None]]:
    """(curriculum folder, only this module folder or None) for each root given."""
    found: list[tuple[Path, Path | None]] = []
    for root in roots:
        if (root / "module.yaml").exists():
            found.append((root.parent, root))
        elif (root / "curriculum.yaml").exists():
            found.append((root, None))
        else:
            found.extend(
                (folder, None) for folder in sorted(root.iterdir()) if (folder / "curriculum.yaml").exists()
            )
    return found


def _load_curriculum(
    folder: Path, only: Path | None, problems: Problems, skipped: list[Path]
) -> Curriculum | None:
    path = folder / "curriculum.yaml"
    data = read_yaml(path, problems)
    if data is None:
        return None
    fields = _Fields(path, data, problems)
    curriculum_id = fields.identifier("id")
    title, summary = fields.text("title"), fields.text("summary")
    modules: list[Module] = []
    for module_folder in sorted(p for p in folder.iterdir() if (p / "module.yaml").exists()):
        if only is not None and module_folder != only:
            continue
        before = len(problems)
        module = _load_module(module_folder, curriculum_id, problems)
        if module is None or len(problems) > before:
            skipped.append(module_folder)
        else:
            modules.append(module)
    return Curriculum(curriculum_id, folder, title, summary, tuple(modules))


def _load_module(folder: Path, curriculum_id: str, problems: Problems) -> Module | None:
    path = folder / "module.yaml"
    data = read_yaml(path, problems)
    if data is None:
        return None
    fields = _Fields(path, data, problems)
    translations = fields.translations()
    return Module(
        id=fields.identifier("id"),
        curriculum_id=curriculum_id,
        folder=folder,
        title=fields.text("title"),
        summary=fields.text("summary"),
        level=fields.number("level", 1, 3),
        minutes=fields.number("minutes", 1, 600),
        objectives=fields.texts("objectives"),
        digcomp=fields.strings("digcomp"),
        dlgf=fields.strings("dlgf", required=False),
        prerequisites=fields.strings("prerequisites", required=False),
        mastery=fields.mastery(),
        translations=translations,
        sources=fields.sources(),
        lesson=_load_lesson(folder, problems),
        questions=_load_quiz(folder, problems),
    )


def _load_lesson(folder: Path, problems: Problems) -> Lesson:
    pages: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        path = folder / f"lesson.{language}.md"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.add(path, 1, f"{path.name} is missing")
            continue
        except UnicodeDecodeError as error:
            line = path.read_bytes().count(b"\n", 0, error.start) + 1
            problems.add(path, line, "not saved as UTF-8")
            continue
        split = split_pages(text)
        for number, page in enumerate(split, start=1):
            if not page.markdown.strip():
                problems.add(path, page.break_line, f"lesson page {number} is empty")
            found, broken = pictures(page)
            for line in broken:
                problems.add(path, line, "unfinished picture: write ![description](images/file.svg)")
            for picture in found:
                _check_picture(folder, path, picture.line, picture.target, problems)
        pages[language] = tuple(page.markdown for page in split)
    return Lesson(pages)


def _load_quiz(folder: Path, problems: Problems) -> tuple[Question, ...]:
    path = folder / "quiz.yaml"
    data = read_yaml(path, problems)
    if data is None:
        return ()
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        problems.add(path, data.line_of("questions"), "missing field 'questions' (a list)")
        return ()
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for item in items:
        if not isinstance(item, Map):
            problems.add(path, data.line_of("questions"), "each question needs fields such as 'id:'")
            continue
        question = _read_question(folder, path, item, problems)
        if question.id in seen:
            problems.add(
                path,
                item.line_of("id"),
                f"duplicate id '{question.id}' (first at line {seen[question.id]})",
            )
        seen.setdefault(question.id, item.line_of("id"))
        questions.append(question)
    return tuple(questions)


def _read_question(folder: Path, path: Path, item: Map, problems: Problems) -> Question:
    fields = _Fields(path, item, problems)
    kind = str(item.get("type", ""))
    if kind not in GRADERS:
        problems.add(path, item.line_of("type"), f"unknown question type '{kind}'")
    options = fields.options()
    answer = fields.answer(kind, options)
    image = None
    if "image" in item:
        image = _check_picture(folder, path, item.line_of("image"), str(item["image"]), problems)
    return Question(
        id=fields.identifier("id"),
        type=kind,
        prompt=fields.text("prompt"),
        options=options,
        answer=answer,
        image=image,
    )


def _check_picture(folder: Path, path: Path, line: int, target: str, problems: Problems) -> Path | None:
    if is_web_address(target):
        problems.add(path, line, f"picture '{target}' is on the web; put the file in images/")
        return None
    picture = (folder / target).resolve()
    if not picture.is_relative_to(folder.resolve()):
        problems.add(path, line, f"picture '{target}' must be inside the module folder")
        return None
    if not picture.is_file():
        problems.add(path, line, f"picture '{target}' not found")
        return None
    return picture


def _check_unique_ids(curricula: list[Curriculum], problems: Problems) -> None:
    seen: dict[str, Path] = {}
    for curriculum in curricula:
        _note_id(curriculum.id, curriculum.folder / "curriculum.yaml", seen, problems)
        for module in curriculum.modules:
            _note_id(module.id, module.folder / "module.yaml", seen, problems)


def _note_id(identifier: str, path: Path, seen: dict[str, Path], problems: Problems) -> None:
    if identifier in seen:
        problems.add(path, 1, f"duplicate id '{identifier}' (also in {seen[identifier]})")
    seen.setdefault(identifier, path)


def normalise_id(value: Any) -> str:
    """YAML reads `true`, `false` and numbers as such; ids are always text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


class _Fields:
    """Reads the fields of one YAML mapping, adding a problem for each one that is wrong."""

    def __init__(self, path: Path, data: Map, problems: Problems) -> None:
        self.path, self.data, self.problems = path, data, problems

    def _missing(self, key: str, what: str = "") -> None:
        self.problems.add(self.path, self.data.line, f"missing field '{key}'{what}")

    def _wrong(self, key: str, message: str) -> None:
        self.problems.add(self.path, self.data.line_of(key), message)

    def identifier(self, key: str) -> str:
        if key not in self.data or self.data[key] in (None, ""):
            self._missing(key)
            return ""
        return normalise_id(self.data[key])

    def text(self, key: str, data: Any = None, line: int | None = None) -> Text:
        value = self.data.get(key) if data is None else data
        if value is None:
            self._missing(key)
            return {}
        at = line or self.data.line_of(key)
        if not isinstance(value, dict):
            self.problems.add(self.path, at, f"'{key}' needs one text per language (en:, km:)")
            return {}
        texts = {language: str(value.get(language) or "").strip() for language in LANGUAGES}
        for language, text in texts.items():
            if not text:
                self.problems.add(self.path, at, f"missing '{language}' text in '{key}'")
        return texts

    def texts(self, key: str) -> tuple[Text, ...]:
        items = self.data.get(key)
        if not isinstance(items, list) or not items:
            self._missing(key, " (a list)")
            return ()
        line = self.data.line_of(key)
        return tuple(self.text(key, item, getattr(item, "line", line)) for item in items)

    def strings(self, key: str, required: bool = True) -> tuple[str, ...]:
        items = self.data.get(key, None if required else [])
        if not isinstance(items, list):
            self._missing(key, " (a list)") if items is None else self._wrong(key, f"'{key}' must be a list")
            return ()
        return tuple(normalise_id(item) for item in items)

    def number(self, key: str, low: int, high: int) -> int:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            if value is None:
                self._missing(key)
            else:
                self._wrong(key, f"'{key}' must be a whole number from {low} to {high}")
            return low
        return value

    def mastery(self) -> MasteryRule:
        value = self.data.get("mastery")
        if value is None:
            return MasteryRule()
        correct, of = (value.get("correct"), value.get("of")) if isinstance(value, dict) else (None, None)
        if not (isinstance(correct, int) and isinstance(of, int) and 1 <= correct <= of <= 20):
            self._wrong("mastery", "mastery needs 'correct' and 'of', with 1 <= correct <= of <= 20")
            return MasteryRule()
        return MasteryRule(correct, of)

    def translations(self) -> dict[str, str]:
        value = self.data.get("translations")
        if not isinstance(value, dict):
            self._missing("translations", " (en: reviewed, km: draft)")
            return {language: "draft" for language in LANGUAGES}
        states = {language: str(value.get(language, "")) for language in LANGUAGES}
        for language, state in states.items():
            if state not in REVIEW_STATES:
                self._wrong("translations", f"translations: '{language}' must be draft or reviewed")
        return states

    def sources(self) -> tuple[Source, ...]:
        items = self.data.get("sources", [])
        if not isinstance(items, list):
            self._wrong("sources", "'sources' must be a list")
            return ()
        sources = []
        for item in items:
            if not isinstance(item, dict) or not item.get("organisation") or not item.get("title"):
                self._wrong("sources", "each source needs 'organisation' and 'title'")
                continue
            sources.append(Source(str(item["organisation"]), str(item["title"]), str(item.get("url", ""))))
        return tuple(sources)

    def options(self) -> tuple[Option, ...]:
        items = self.data.get("options")
        if not isinstance(items, list) or len(items) < 2:
            self._wrong("options", "a question needs 'options', at least two")
            return ()
        options: list[Option] = []
        for item in items:
            if not isinstance(item, Map) or "id" not in item:
                self._wrong("options", "each option needs an 'id'")
                continue
            option = self._option(item)
            if any(existing.id == option.id for existing in options):
                self.problems.add(self.path, item.line_of("id"), f"duplicate id '{option.id}'")
            options.append(option)
        return tuple(options)

    def _option(self, item: Map) -> Option:
        option_id = normalise_id(item["id"])
        fields = _Fields(self.path, item, self.problems)
        text = fields.text("text") if "text" in item or self.data.get("type") != "truefalse" else {}
        feedback = item.get("feedback")
        if not isinstance(feedback, dict):
            self.problems.add(self.path, item.line, f"option '{option_id}' has no feedback")
            return Option(option_id, text, {})
        for language in LANGUAGES:
            if not str(feedback.get(language) or "").strip():
                self.problems.add(
                    self.path,
                    item.line_of("feedback"),
                    f"option '{option_id}' has no feedback in '{language}'",
                )
        return Option(option_id, text, {k: str(v).strip() for k, v in feedback.items() if v})

    def answer(self, kind: str, options: tuple[Option, ...]) -> frozenset[str]:
        value = self.data.get("answer")
        if value is None:
            self._missing("answer")
            return frozenset()
        ids = {option.id for option in options}
        if kind == "truefalse" and ids != {"true", "false"}:
            self._wrong("options", "a truefalse question needs options 'true' and 'false'")
        if kind == "multiple" and not isinstance(value, list):
            self._wrong("answer", "'multiple' needs a list of answers")
            return frozenset()
        if kind != "multiple" and isinstance(value, list):
            self._wrong("answer", f"'{kind}' has one answer, not a list")
            return frozenset()
        answers = frozenset(normalise_id(v) for v in (value if isinstance(value, list) else [value]))
        for missing in sorted(answers - ids):
            self._wrong("answer", f"answer '{missing}' is not among the options")
        return answers
