"""Live preview: an editor saves a file and the open lesson page or question shows it within a second;
a mistake lists `path:line: message` in a panel while the last good version stays on screen."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trainer.course.last_good import keep_last_good
from trainer.course.loader import load_library
from trainer.ui.lesson import LessonScreen
from trainer.ui.live_content import LiveContent
from trainer.ui.main_window import MainWindow
from trainer.ui.picker import PickerScreen
from trainer.ui.quiz import QuizScreen

from .conftest import FIXTURE_CONTENT, edit_file, signed_in_window

MODULE = Path("basics/m1-passwords")
WITHIN_A_SECOND = 1000


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    return root


@pytest.fixture
def preview(
    qapp: object, qtbot: QtBot, tmp_path: Path, content: Path
) -> Iterator[tuple[MainWindow, LiveContent]]:
    window = signed_in_window(qtbot, tmp_path / "data", content)
    live = LiveContent(window, [content])
    yield window, live
    window.idle.stop()
    window.close()
    window.context.database.close()


def save_by_rename(path: Path, text: str) -> None:
    """As vim and many editors save: write a new file beside it, then rename it over the old one."""
    fresh = path.with_name(f".{path.name}.swp")
    fresh.write_text(text, encoding="utf-8")
    os.replace(fresh, path)


def lesson_text(window: MainWindow) -> str:
    screen = window.screen_widget
    assert isinstance(screen, LessonScreen)
    return screen.browser.toPlainText()


def test_saving_a_lesson_re_renders_the_open_page(
    qtbot: QtBot, preview: tuple[MainWindow, LiveContent], content: Path
) -> None:
    window, _ = preview
    window.open_lesson(window.context.library.module("passwords"), page=1)
    assert "Never share it" in lesson_text(window)
    lesson = content / MODULE / "lesson.en.md"
    edit_file(lesson, "# Never share it", "# Never, ever share it")
    qtbot.waitUntil(lambda: "Never, ever share it" in lesson_text(window), timeout=WITHIN_A_SECOND)
    screen = window.screen_widget
    assert isinstance(screen, LessonScreen) and screen.page == 1
    for heading in ("Keep it to yourself", "Tell nobody"):  # twice: the watch survives a rename
        save_by_rename(
            lesson, lesson.read_text(encoding="utf-8").replace("# Never, ever share it", f"# {heading}")
        )
        qtbot.waitUntil(lambda heading=heading: heading in lesson_text(window), timeout=WITHIN_A_SECOND)
        edit_file(lesson, f"# {heading}", "# Never, ever share it")
        qtbot.waitUntil(lambda: "Never, ever share it" in lesson_text(window), timeout=WITHIN_A_SECOND)


def test_saving_the_quiz_re_renders_the_open_question(
    qtbot: QtBot, preview: tuple[MainWindow, LiveContent], content: Path
) -> None:
    window, _ = preview
    window.open_quiz(window.context.library.module("passwords"))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen) and quiz.prompt.text() == "Which password is strongest?"
    edit_file(
        content / MODULE / "quiz.yaml",
        "{en: Which password is strongest?",
        "{en: Which password is the strongest?",
    )
    qtbot.waitUntil(lambda: quiz.prompt.text() == "Which password is the strongest?", timeout=WITHIN_A_SECOND)
    assert quiz.question is not None and quiz.question.id == "longest"
    assert quiz.check_button.isVisible()


def test_a_mistake_shows_in_the_panel_and_the_last_good_version_stays(
    qtbot: QtBot, preview: tuple[MainWindow, LiveContent], content: Path
) -> None:
    window, live = preview
    window.open_lesson(window.context.library.module("passwords"))
    assert live.panel.isHidden()
    quiz = content / MODULE / "quiz.yaml"
    line = edit_file(quiz, "answer: head", "answer: heart")
    edit_file(content / MODULE / "lesson.en.md", "# Long is strong", "# Long is very strong")
    problem = f"{quiz}:{line}: answer 'heart' is not among the options"
    qtbot.waitUntil(lambda: live.panel.isVisible(), timeout=WITHIN_A_SECOND)
    assert [live.panel.list.item(row).text() for row in range(live.panel.list.count())] == [problem]
    assert live.panel.windowTitle() == "Content problems: 1"
    assert "Long is strong" in lesson_text(window)  # the last version that loaded
    assert window.context.library.module("passwords") is not None
    edit_file(quiz, "answer: heart", "answer: head")
    qtbot.waitUntil(lambda: live.panel.isHidden(), timeout=WITHIN_A_SECOND)
    assert "Long is very strong" in lesson_text(window)


def test_broken_yaml_and_a_deleted_module_never_crash_the_app(
    qtbot: QtBot, preview: tuple[MainWindow, LiveContent], content: Path
) -> None:
    window, live = preview
    window.sign_out()
    (content / "basics" / "curriculum.yaml").write_text("id: [basics\n", encoding="utf-8")
    qtbot.waitUntil(lambda: live.panel.isVisible(), timeout=WITHIN_A_SECOND)
    assert live.panel.list.item(0).text().startswith(f"{content / 'basics' / 'curriculum.yaml'}:")
    assert window.context.library.module("passwords") is not None  # kept while curriculum.yaml is broken
    shutil.copy(FIXTURE_CONTENT / "basics" / "curriculum.yaml", content / "basics" / "curriculum.yaml")
    qtbot.waitUntil(lambda: live.panel.isHidden(), timeout=WITHIN_A_SECOND)
    shutil.rmtree(content / MODULE)
    qtbot.waitUntil(lambda: window.context.library.module("passwords") is None, timeout=WITHIN_A_SECOND)
    assert isinstance(window.screen_widget, PickerScreen)


def test_the_picker_counts_modules_left_out_as_the_editor_saves(
    qtbot: QtBot, preview: tuple[MainWindow, LiveContent], content: Path
) -> None:
    window, _ = preview
    window.sign_out()
    picker = window.screen_widget
    assert isinstance(picker, PickerScreen)
    edit_file(content / MODULE / "module.yaml", "level: 1", "level: 9")
    qtbot.waitUntil(lambda: picker.problems_button.isVisible(), timeout=WITHIN_A_SECOND)
    assert picker.problems_button.text() == "Modules left out because of errors: 1"


def test_keep_last_good_keeps_only_what_broke(content: Path) -> None:
    good = load_library([content])
    shutil.copytree(content / MODULE, content / "basics" / "m2-new")
    edit_file(content / "basics" / "m2-new" / "module.yaml", "id: passwords", "id: brand-new")
    edit_file(content / "basics" / "m2-new" / "quiz.yaml", "answer: head", "answer: nowhere")
    edit_file(content / MODULE / "quiz.yaml", "answer: head", "answer: heart")
    broken = load_library([content])
    assert broken.modules == ()
    kept = keep_last_good(good, broken)
    assert [module.id for module in kept.modules] == ["passwords"]  # the new module never loaded
    assert kept.problems == broken.problems and kept.skipped == broken.skipped


def test_problems_there_at_start_show_in_the_panel(
    qapp: object, qtbot: QtBot, tmp_path: Path, content: Path
) -> None:
    line = edit_file(content / MODULE / "module.yaml", "level: 1", "level: 9")
    window = signed_in_window(qtbot, tmp_path / "data", content)
    live = LiveContent(window, [content])
    qtbot.waitUntil(lambda: live.panel.isVisible(), timeout=WITHIN_A_SECOND)
    problem = f"{content / MODULE / 'module.yaml'}:{line}: 'level' must be a whole number from 1 to 3"
    assert live.panel.list.item(0).text() == problem
    window.grab().save(str(tmp_path / "problems-panel.png"))
    window.idle.stop()
    window.context.database.close()


def test_the_app_started_on_an_editors_folder_watches_it(tmp_path: Path, content: Path) -> None:
    from .test_cli import trainer

    result = trainer("--data-dir", str(tmp_path / "data"), "--content", str(content), "--smoke")
    assert result.returncode == 0, result.stderr
    assert "modules 1" in result.stdout
