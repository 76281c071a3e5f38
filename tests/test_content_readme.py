"""content/README.md is enough to write a module: its examples are complete and load, every
message the checker can give is explained there, and every command it shows exists."""

import ast
import re
import shlex
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.course.types import TYPES

ROOT = Path(__file__).parent.parent
README = (ROOT / "content" / "README.md").read_text(encoding="utf-8")
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 480"><rect width="360" height="480"/></svg>'


def blocks(language: str) -> list[str]:
    """The code blocks written as ```language (or ``` alone for language ""), without their indent."""
    found: list[str] = []
    fence = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
    for indent, kind, body in fence.findall(README):
        if kind == language:
            found.append("".join(line[len(indent) :] for line in body.splitlines(keepends=True)))
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
    assert {question.type for question in loaded.questions} == set(TYPES), "an example of every type"
    assert "…" not in quiz + "".join(questions), "every example is complete, in both languages"


def _messages() -> set[str]:
    """The fixed words of every problem message in the loader's source."""
    found: set[str] = set()
    for path in (ROOT / "trainer" / "course").rglob("*.py"):
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


COMMANDS = [
    line for block in blocks("") for line in block.splitlines() if line.startswith("python -m trainer")
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_shown_exists(command: str) -> None:
    from trainer.__main__ import _parser

    _parser().parse_args(shlex.split(command)[3:])


def test_the_readme_shows_the_commands_an_editor_needs() -> None:
    shown = {" ".join(shlex.split(command)[3:5]) for command in COMMANDS}
    assert {"content new", "content validate", "content import-gift", "content import-aiken"} <= shown
    assert any("--content" in command for command in COMMANDS)
    assert any("--strict" in line for line in README.splitlines())


EDITOR_FIXTURE = Path(__file__).parent / "fixtures" / "editor"


def test_the_module_written_from_the_readme_alone_validates_and_displays(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    """tests/fixtures/editor was made with `content new` and written following this README only."""
    from PySide6.QtCore import Qt

    from trainer.ui.lesson import LessonScreen
    from trainer.ui.quiz import QuizScreen

    from .conftest import signed_in_window

    library = load_library([EDITOR_FIXTURE])
    assert library.problems == ()
    (module,) = library.modules
    assert module.id == "public-wifi" and module.translations == {"km": "draft", "en": "draft"}
    window = signed_in_window(qtbot, tmp_path / "data", EDITOR_FIXTURE, lang="km")
    window.open_lesson(module)
    lesson = window.screen_widget
    assert isinstance(lesson, LessonScreen)
    assert "Wi-Fi ឥតគិតថ្លៃ នៅហាងកាហ្វេ" in lesson.browser.toPlainText()
    for _ in range(len(module.lesson.pages["km"])):
        qtbot.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton)
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    assert quiz.prompt.text().startswith("បណ្ដាញពីរមានឈ្មោះ")
    window.context.database.close()
