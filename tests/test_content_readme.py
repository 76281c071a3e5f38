"""content/README.md is enough to write a module: its examples are complete and load, every
message the checker can give is explained there, and every command it shows exists."""

import ast
import re
import shlex
from pathlib import Path

import pytest

from trainer.course.loader import load_library

ROOT = Path(__file__).parent.parent
README = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 480"><rect width="360" height="480"/></svg>'


def blocks(language: str) -> list[str]:
    """The code blocks written as ```language (or ``` alone for language "")."""
    found: list[str] = []
    current: list[str] | None = None
    for line in README.splitlines(keepends=True):
        if line.lstrip().startswith("```"):
            opened = current is None
            if not opened and kind == language:
                found.append("".join(current or []))
            current, kind = ([], line.strip()[3:]) if opened else (None, "")
            indent = len(line) - len(line.lstrip())
        elif current is not None:
            current.append(line[indent:])
    return found


def test_the_examples_make_a_whole_module_that_loads(tmp_path: Path) -> None:
    yaml_blocks = blocks("yaml")
    curriculum, module = (b for b in yaml_blocks if b.startswith("format: 1"))
    quiz = next(b for b in yaml_blocks if b.startswith("questions:"))
    questions = [b for b in yaml_blocks if b.startswith("  - id:")]
    folder = tmp_path / "online-safety" / "b2-spot-the-fake-message"
    (folder / "images").mkdir(parents=True)
    (tmp_path / "online-safety" / "curriculum.yaml").write_text(curriculum, encoding="utf-8")
    (folder / "module.yaml").write_text(module, encoding="utf-8")
    (folder / "quiz.yaml").write_text(quiz + "".join(questions), encoding="utf-8")
    lesson = blocks("markdown")[0]
    for language in ("en", "km"):
        (folder / f"lesson.{language}.md").write_text(lesson, encoding="utf-8")
    for picture in set(re.findall(r"images/[\w.-]+\.svg", quiz + "".join(questions) + lesson)):
        (folder / picture).write_text(SVG, encoding="utf-8")
    library = load_library([tmp_path])
    assert library.problems == (), [str(problem) for problem in library.problems]
    (loaded,) = library.modules
    assert {question.type for question in loaded.questions} == {
        "single", "multiple", "truefalse", "share", "technique", "reliability", "ordering", "matching",
        "hotspot", "scenario",
    }  # fmt: skip
    assert "…" not in quiz + "".join(questions), "every example is complete, in both languages"


def _messages() -> set[str]:
    """The fixed words of every problem message in the loader's source."""
    found: set[str] = set()
    for path in (ROOT / "trainer" / "course").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr not in ("add", "wrong") and not any(k.arg == "problem" for k in node.keywords):
                continue
            for argument in [*node.args, *(k.value for k in node.keywords if k.arg == "problem")]:
                parts = [argument] if isinstance(argument, ast.Constant) else getattr(argument, "values", [])
                words = [p.value for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str)]
                found.update(w.strip(" '") for w in words if len(w.strip(" '")) >= 12)
    return found


def test_every_message_the_checker_gives_is_explained() -> None:
    messages = _messages()
    assert len(messages) > 40
    table = README.split("Every message, and what to do.")[1]
    missing = sorted(message for message in messages if message not in table)
    assert missing == []


COMMANDS = [line for block in blocks("") for line in block.splitlines() if line.startswith("python -m trainer")]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_shown_exists(command: str) -> None:
    from trainer.__main__ import _parser

    _parser().parse_args(shlex.split(command)[3:])


def test_the_readme_shows_the_commands_an_editor_needs() -> None:
    shown = {" ".join(shlex.split(command)[3:5]) for command in COMMANDS}
    assert {"content new", "content validate", "content import-gift", "content import-aiken"} <= shown
    assert any("--content" in command for command in COMMANDS)
    assert any("--strict" in line for line in README.splitlines())
