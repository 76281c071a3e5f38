"""Load curricula from folders of YAML and Markdown, collecting every problem on the way.

A module with a problem is skipped and listed; the rest of the content still loads.
A later folder (an installed pack) replaces the modules of an earlier one that have the same id,
and adds its modules to the curriculum of the same id.
"""

import html
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from trainer import LANGUAGES
from trainer.course.fields import Fields
from trainer.course.left_out import report_left_out
from trainer.course.model import Curriculum, Lesson, Library, Module, Question
from trainer.course.module_files import check_file, refusal
from trainer.course.pages import Page, split_pages, take_audio, unfinished_pictures
from trainer.course.problems import Problems
from trainer.course.questions import read_question
from trainer.course.render import page_pictures
from trainer.course.yamlfile import Map, read_yaml


def load_library(roots: Iterable[Path]) -> Library:
    problems = Problems()
    curricula: list[Curriculum] = []
    skipped: list[Path] = []
    for root in roots:
        report_left_out(root, problems)
        found = [
            curriculum
            for folder, module_filter in _curriculum_folders([root])
            if (curriculum := _load_curriculum(folder, module_filter, problems, skipped)) is not None
        ]
        _check_unique_ids(found, problems)
        curricula = _overlay(curricula, found)
    return Library(tuple(curricula), tuple(sorted(set(problems))), tuple(skipped))


def _overlay(below: list[Curriculum], above: list[Curriculum]) -> list[Curriculum]:
    """`above`'s modules replace those of `below` with the same id; curricula of one id merge."""
    replaced = {module.id for curriculum in above for module in curriculum.modules}
    merged = {c.id: replace(c, modules=tuple(m for m in c.modules if m.id not in replaced)) for c in below}
    for curriculum in above:
        kept = merged[curriculum.id].modules if curriculum.id in merged else ()
        modules = sorted(kept + curriculum.modules, key=lambda module: module.folder.name)
        merged[curriculum.id] = replace(curriculum, modules=tuple(modules))
    return list(merged.values())


def _curriculum_folders(roots: Iterable[Path]) -> list[tuple[Path, Path | None]]:
    """(curriculum folder, only this module folder or None) for each root given."""
    found: list[tuple[Path, Path | None]] = []
    for root in roots:
        if (root / "module.yaml").exists():
            found.append((root.parent, root))
        elif (root / "curriculum.yaml").exists():
            found.append((root, None))
        elif root.is_dir():
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
    fields = Fields(path, data, problems)
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
    fields = Fields(path, data, problems)
    test = fields.test()
    return Module(
        id=fields.identifier("id"),
        curriculum_id=curriculum_id,
        folder=folder,
        title=fields.text("title"),
        summary=fields.text("summary"),
        level=fields.number("level", 1, 3),
        minutes=fields.number("minutes", 1, 600),
        objectives=fields.texts("objectives") if test is None or "objectives" in data else (),
        digcomp=fields.strings("digcomp"),
        dlgf=fields.strings("dlgf", required=False),
        prerequisites=fields.strings("prerequisites", required=False),
        mastery=fields.mastery(),
        translations=fields.translations(),
        sources=fields.sources(),
        lesson=Lesson({}) if test else _load_lesson(folder, problems),
        questions=_load_quiz(folder, problems),
        test=test,
        confidence=fields.flag("confidence"),
        picture=fields.picture("picture", folder),
    )


def _load_lesson(folder: Path, problems: Problems) -> Lesson:
    pages: dict[str, tuple[str, ...]] = {}
    audio: dict[str, tuple[Path | None, ...]] = {}
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
        recordings: list[Path | None] = []
        for index, page in enumerate(split):
            split[index], recording = take_audio(page)
            where = recording and check_file(
                folder, path, recording.line, recording.target, problems, "recording"
            )
            recordings.append(where or None)
        audio[language] = tuple(recordings)
        for number, page in enumerate(split, start=1):
            if not page.markdown.strip():
                problems.add(path, page.break_line, f"lesson page {number} is empty")
            _check_pictures(folder, path, page, problems)
        pages[language] = tuple(page.markdown for page in split)
    return Lesson(pages, audio)


def _check_pictures(folder: Path, path: Path, page: Page, problems: Problems) -> None:
    """Every picture the page would show, from Markdown or raw HTML, must be a file of the module."""
    for line in unfinished_pictures(page):
        problems.add(path, line, "unfinished picture: write ![description](images/file.svg)")
    for attribute, address in page_pictures(page.markdown):
        line = _line_of(page, address)
        if attribute == "src":
            check_file(folder, path, line, address, problems)
            continue
        problems.add(path, line, "pictures in 'srcset' are not shown: write ![description](images/file.svg)")
        for candidate in (part.split()[0] for part in address.split(",") if part.strip()):
            if refusal(candidate) is not None:
                check_file(folder, path, line, candidate, problems)


def _line_of(page: Page, address: str) -> int:
    """The line of the page that names `address`: as it is, with Markdown's `\\\\` for a
    backslash, or with HTML's `&amp;` for `&` (the page's first line if none of these)."""
    lines = page.markdown.splitlines()
    written = (address, address.replace("\\", "\\\\"), html.escape(address, quote=False))
    found = (n for form in written for n, line in enumerate(lines) if form in line)
    return page.first_line + next(found, 0)


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
        question = read_question(folder, path, item, problems)
        if question.id in seen:
            problems.add(
                path,
                item.line_of("id"),
                f"duplicate id '{question.id}' (first at line {seen[question.id]})",
            )
        seen.setdefault(question.id, item.line_of("id"))
        questions.append(question)
    return tuple(questions)


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
