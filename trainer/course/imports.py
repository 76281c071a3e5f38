"""Add questions read from GIFT or Aiken to a module's quiz.yaml, in a form the loader accepts.

The file's own language is copied into the other languages, for a translator to replace
(`content validate` counts the copies). Where the file has no feedback for an option, a short
stand-in is written and noted: every option in the trainer explains itself.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from trainer import LANGUAGES
from trainer.course.drafts import Draft, Note, Read
from trainer.course.problems import Problems
from trainer.course.questions import read_question
from trainer.course.types import TYPES
from trainer.course.yamlfile import Map, parse_yaml, read_yaml
from trainer.files import write_atomically

STAND_INS = {
    "right": {"en": "Yes, this is right.", "km": "ត្រូវហើយ។"},
    "wrong": {"en": "No, this is not right.", "km": "មិនត្រូវទេ។"},
    "pairs": {"en": "Compare your pairs with the right ones.", "km": "ប្រៀបធៀបគូរបស់អ្នក ជាមួយគូដែលត្រូវ។"},
}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_YAML_WORDS = {"true": True, "false": False}
"""Option ids YAML writes bare as true and false."""


class QuizImportError(Exception):
    """Why nothing was written."""


@dataclass(frozen=True)
class Written:
    quiz: Path
    ids: tuple[str, ...]
    notes: tuple[Note, ...]


def import_questions(read: Read, module: Path, language: str, category: str | None = None) -> Written:
    if language not in LANGUAGES:
        raise QuizImportError(f"'{language}' is not a content language: use {' or '.join(LANGUAGES)}")
    if not (module / "module.yaml").is_file():
        raise QuizImportError(
            f"{module} is not a module folder (it has no module.yaml): make one with 'content new'"
        )
    drafts = [d for d in read.questions if category is None or category.lower() in d.category.lower()]
    if not drafts:
        found = sorted({d.category for d in read.questions if d.category})
        where = f" (categories: {', '.join(found)})" if category is not None and found else ""
        raise QuizImportError(f"no questions to import{where}")
    quiz = module / "quiz.yaml"
    existing = _existing(quiz)
    notes: list[Note] = []
    before = existing.get("questions")
    before = before if isinstance(before, list) else []
    taken = {str(q.get("id")) for q in before if isinstance(q, dict)}
    items = [_question(draft, language, taken, notes) for draft in drafts]
    text = _added_to(quiz, existing, _yaml_items(drafts, items, _indent(quiz, existing)))
    _check(module, quiz, text, len(before), len(items))
    write_atomically(quiz, text)
    return Written(quiz, tuple(str(item["id"]) for item in items), tuple(notes))


def _existing(quiz: Path) -> Map:
    if not quiz.exists():
        return Map()
    problems = Problems()
    data = read_yaml(quiz, problems)
    if data is None:
        raise QuizImportError(f"fix quiz.yaml first: {problems[0]}")
    return data


def _texts(text: str, language: str) -> dict[str, str]:
    return {language: text, **{other: text for other in LANGUAGES if other != language}}


def _stand_in(kind: str) -> dict[str, str]:
    return {language: STAND_INS[kind][language] for language in LANGUAGES}


def _question(draft: Draft, language: str, taken: set[str], notes: list[Note]) -> dict[str, Any]:
    question_id = _unique(_slug(draft.title or " ".join(draft.prompt.split()[:6])), taken)
    item: dict[str, Any] = {"id": question_id, "type": draft.type, "prompt": _texts(draft.prompt, language)}
    if draft.pairs:
        pairs = [
            {"id": _letter(n), "left": _texts(left, language), "right": _texts(right, language)}
            for n, (left, right) in enumerate(draft.pairs)
        ]
        if not draft.explanation:
            notes.append(
                Note(draft.line, f"'{question_id}' had no general feedback: wrote a stand-in explanation")
            )
        explanation = _texts(draft.explanation, language) if draft.explanation else _stand_in("pairs")
        return {**item, "pairs": pairs, "explanation": explanation}
    kind = TYPES[draft.type]
    options = []
    stand_ins = 0
    for n, answer in enumerate(draft.answers):
        said = answer.feedback or draft.explanation
        stand_ins += not said
        feedback = _texts(said, language) if said else _stand_in("right" if answer.right else "wrong")
        if answer.text in kind.named_options:
            options.append({"id": _YAML_WORDS.get(answer.text, answer.text), "feedback": feedback})
        else:
            options.append({"id": _letter(n), "text": _texts(answer.text, language), "feedback": feedback})
    if stand_ins:
        notes.append(
            Note(
                draft.line, f"'{question_id}': {stand_ins} options had no feedback; wrote a stand-in: say why"
            )
        )
    right = [option["id"] for option, answer in zip(options, draft.answers, strict=True) if answer.right]
    return {**item, "options": options, "answer": right if kind.many_answers else right[0]}


def _letter(number: int) -> str:
    return _LETTERS[number % 26] * (1 + number // 26)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "question"


def _unique(wanted: str, taken: set[str]) -> str:
    found, number = wanted, 1
    while found in taken:
        number += 1
        found = f"{wanted}-{number}"
    taken.add(found)
    return found


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Indent lists under their key, as the trainer's own files do."""
        return super().increase_indent(flow, False)


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _string)


def _yaml_items(drafts: list[Draft], items: list[dict[str, Any]], indent: str) -> str:
    lines: list[str] = []
    category = ""
    for draft, item in zip(drafts, items, strict=True):
        if draft.category != category:
            category = draft.category
            lines.append(f"{indent}# category: {category}")
        dumped = yaml.dump([item], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)
        lines.extend([*(f"{indent}{line}" if line else "" for line in dumped.splitlines()), ""])
    return "\n".join(lines)


def _indent(quiz: Path, existing: Map) -> str:
    """The indent of the quiz's own list items, so that the new ones line up with them."""
    questions = existing.get("questions")
    if not isinstance(questions, list) or not questions or not isinstance(questions[0], Map):
        return "  "
    line = quiz.read_text(encoding="utf-8").splitlines()[questions[0].line - 1]
    return line[: len(line) - len(line.lstrip(" "))] if line.lstrip().startswith("- ") else "  "


def _added_to(quiz: Path, existing: Map, items: str) -> str:
    if not existing.get("questions"):
        header = "# Imported questions. Texts in other languages are copies: translate them.\n"
        return f"{header}questions:\n{items}" if not quiz.exists() else _replace_empty(quiz, items)
    return quiz.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + items


def _replace_empty(quiz: Path, items: str) -> str:
    text = quiz.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not re.match(r"^questions\s*:", line)]
    return "\n".join([*kept, "questions:", items.rstrip("\n")]) + "\n"


def _check(module: Path, quiz: Path, text: str, old: int, added: int) -> None:
    """What is about to be written reads back with every old question and each new one, without problems."""
    problems = Problems()
    data = parse_yaml(text, quiz, problems)
    questions = data.get("questions") if data is not None else None
    if not isinstance(questions, list) or len(questions) != old + added:
        raise QuizImportError(f"could not add to {quiz} safely: put 'questions:' last in it, then try again")
    for item in questions[-added:]:
        read_question(module, quiz, item, problems)
    if problems:
        raise QuizImportError(f"the converted questions would not load: {problems[0]}")
