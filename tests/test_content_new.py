"""`content new` starts a module that validates and shows in the app as it is, and refuses bad ids."""

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.ui.home import HomeScreen
from trainer.ui.lesson import LessonScreen
from trainer.ui.quiz import QuizScreen

from .conftest import FIXTURE_CONTENT, signed_in_window
from .test_cli import trainer
from .test_schemas import schema_errors

SCHEMAS = Path(__file__).parent.parent / "content" / "schema"


def files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()
    }


def test_a_new_module_in_a_new_curriculum_validates_as_it_is(tmp_path: Path) -> None:
    root = tmp_path / "content"
    result = trainer("content", "new", "safe-passwords", "--curriculum", "my-course", "--root", str(root))
    assert result.returncode == 0, result.stderr
    folder = root / "my-course" / "m1-safe-passwords"
    assert f"new curriculum: {root / 'my-course' / 'curriculum.yaml'}" in result.stdout
    assert f"new module: {folder}" in result.stdout
    assert sorted(files(folder)) == [
        "images/example.svg", "lesson.en.md", "lesson.km.md", "module.yaml", "quiz.yaml"
    ]  # fmt: skip
    library = load_library([root])
    assert library.problems == ()
    (module,) = library.modules
    assert (module.id, module.curriculum_id) == ("safe-passwords", "my-course")
    assert module.translations == {"km": "draft", "en": "draft"}
    assert [len(module.lesson.pages[lang]) for lang in ("km", "en")] == [2, 2]
    assert {question.type for question in module.questions} == {"single", "truefalse", "multiple"}


def test_the_new_files_are_commented_and_match_the_schemas_copied_beside_them(tmp_path: Path) -> None:
    root = tmp_path / "content"
    trainer("content", "new", "safe-passwords", "--curriculum", "my-course", "--root", str(root))
    assert sorted(files(root / "schema")) == sorted(files(SCHEMAS))
    for path in root.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        first, *_ = text.splitlines()
        schema_file = (path.parent / first.split("$schema=")[1]).resolve()
        assert schema_file == (root / "schema" / f"{path.stem}.schema.json").resolve(), path
        assert text.count("#") >= 4, f"{path} explains itself"
        schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
        assert schema_errors(schema, yaml.safe_load(text)) == [], path


def test_a_second_module_comes_after_the_others_in_an_existing_curriculum(tmp_path: Path) -> None:
    root = tmp_path / "content"
    import shutil

    shutil.copytree(FIXTURE_CONTENT, root)
    result = trainer("content", "new", "two-step", "--curriculum", "basics", "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert "new curriculum" not in result.stdout
    assert (root / "basics" / "m2-two-step" / "module.yaml").is_file()
    library = load_library([root])
    assert library.problems == ()
    assert [module.id for module in library.modules] == ["passwords", "two-step"]


def test_an_id_in_use_or_a_bad_id_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    root = tmp_path / "content"
    import shutil

    shutil.copytree(FIXTURE_CONTENT, root)
    before = files(root)
    taken = trainer("content", "new", "passwords", "--curriculum", "basics", "--root", str(root))
    assert taken.returncode == 1
    module_yaml = root / "basics" / "m1-passwords" / "module.yaml"
    assert taken.stderr == f"error: the id 'passwords' is already used in {module_yaml}: choose another\n"
    curriculum_id = trainer("content", "new", "basics", "--curriculum", "basics", "--root", str(root))
    assert curriculum_id.returncode == 1 and "already used" in curriculum_id.stderr
    for bad in ("Safe Passwords", "safe_passwords", "safe-", "ស្គាល់"):
        refused = trainer("content", "new", bad, "--curriculum", "basics", "--root", str(root))
        assert refused.returncode == 1
        assert refused.stderr.startswith(f"error: '{bad}' cannot be a module id: use small letters a-z")
    bad_curriculum = trainer("content", "new", "fine", "--curriculum", "My Course", "--root", str(root))
    assert "cannot be a curriculum id" in bad_curriculum.stderr
    assert files(root) == before


def test_a_new_module_shows_in_the_app_with_its_lesson_and_quiz(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "content"
    trainer("content", "new", "safe-passwords", "--curriculum", "my-course", "--root", str(root))
    window = signed_in_window(qtbot, tmp_path / "data", root)
    home = window.screen_widget
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.cards["safe-passwords"], Qt.MouseButton.LeftButton)
    lesson = window.screen_widget
    assert isinstance(lesson, LessonScreen)
    assert lesson.title.text() == "New module"
    assert "Write the first page's title here" in lesson.browser.toPlainText()
    assert "notes for you" not in lesson.browser.toPlainText()
    lesson.show_page(1)
    qtbot.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton)
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    assert quiz.prompt.text() == "Write the question here. Which option is right?"
    window.context.database.close()
