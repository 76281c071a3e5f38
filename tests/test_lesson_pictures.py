"""Qt is never asked for a picture outside the module folder, even for a page or question the
checker would refuse: the real lesson screen is asked only for the module's own files, and a
picture from outside (plain, or pulled in by an SVG) never appears on screen."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import trainer.ui.lesson
from trainer.course.loader import load_library
from trainer.course.model import Lesson, Module
from trainer.ui.answers.hotspot import HotspotPicture
from trainer.ui.lesson import LessonScreen
from trainer.ui.pictures import ModulePage, drawn_picture, picture_pixmap
from trainer.ui.quiz import QuizScreen

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT, signed_in_window

RED, GREEN = QColor(255, 0, 0), QColor(0, 255, 0)


def _square(path: Path, colour: QColor) -> Path:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path))
    return path


@pytest.fixture
def module(qapp: object, tmp_path: Path) -> Module:
    """The test module, with a green picture inside, a red one beside its folder and one
    elsewhere on the disk, and an SVG that tries to show the red one over its green square."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    loaded = load_library([content]).module("passwords")
    assert loaded is not None
    _square(loaded.folder / "images" / "green.png", GREEN)
    _square(loaded.folder.parent / "red.png", RED)
    _square(tmp_path / "red.png", RED)
    (loaded.folder / "images" / "pulls.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" '
        'height="40" viewBox="0 0 40 40"><rect width="40" height="40" fill="#00ff00"/>'
        f'<image xlink:href="{tmp_path / "red.png"}" width="40" height="40"/>'
        '<image href="../../red.png" width="40" height="40"/></svg>',
        encoding="utf-8",
    )
    return loaded


def _hostile_page(tmp_path: Path) -> str:
    red = tmp_path / "red.png"
    outside = [
        "../red.png", "images/../../red.png", "%2e%2e/red.png", str(red), red.as_uri(), red.as_uri().upper(),
        "file://host/share/red.png", "//host/share/red.png", "\\\\host\\share\\red.png", "..\\red.png",
        "data:image/png;base64,iVBORw0KGgo=", "https://example.org/red.png",
    ]  # fmt: skip
    tags = "".join(f'<img src="{address}" alt="left out">' for address in outside)
    srcset = '<img srcset="../red.png 1x, //host/share/red.png 2x">'
    return f"![inside](images/green.png)\n\n{tags}{srcset}\n\n![pulls](images/pulls.svg)\n\n![](../red.png)"


def _count(widget: QWidget, colour: QColor) -> int:
    image = widget.grab().toImage()
    return sum(
        image.pixelColor(x, y) == colour
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_the_lesson_screen_asks_qt_only_for_the_modules_own_pictures(
    qtbot: QtBot, tmp_path: Path, module: Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    class Recording(ModulePage):
        def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
            asked.append(QUrl(name).toString())
            return super().loadResource(kind, name)

    monkeypatch.setattr(trainer.ui.lesson, "ModulePage", Recording)
    page = _hostile_page(tmp_path)
    hostile = replace(module, lesson=Lesson({"en": (page,), "km": (page,)}))
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    window.open_lesson(hostile)
    lesson = window.screen_widget
    assert isinstance(lesson, LessonScreen)
    lesson.browser.resize(900, 2400)
    qtbot.waitUntil(lambda: set(asked) == {"images/green.png", "images/pulls.svg"})
    assert _count(lesson.browser.viewport(), GREEN) > 1000, "the module's own pictures are shown"
    assert _count(lesson.browser.viewport(), RED) == 0, "no picture from outside is shown"
    assert "left out" in lesson.browser.toPlainText()
    window.context.database.close()


def test_the_lesson_browser_itself_refuses_any_address_outside(module: Module, tmp_path: Path) -> None:
    """Even HTML that did not come through the renderer cannot reach a file outside."""
    browser = ModulePage(module.folder)
    image = 2  # QTextDocument.ResourceType.ImageResource
    for address in (
        "../red.png",
        str(tmp_path / "red.png"),
        (tmp_path / "red.png").as_uri(),
        "//host/red.png",
    ):
        assert browser.loadResource(image, QUrl(address)) is None, address
    assert browser.loadResource(1, QUrl("images/green.png")) is None, "only pictures are loaded"
    assert browser.loadResource(image, QUrl("images/green.png")) is not None


def test_a_quiz_picture_never_shows_what_an_svg_pulls_in(
    qtbot: QtBot, tmp_path: Path, module: Module
) -> None:
    question = replace(module.questions[0], image=module.folder / "images" / "pulls.svg")
    window = signed_in_window(qtbot, tmp_path / "data", FIXTURE_CONTENT)
    window.open_quiz(replace(module, questions=(question,)))
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen)
    pixmap = quiz.picture.pixmap()
    assert not pixmap.isNull()
    assert _count_image(pixmap.toImage(), GREEN) > 100 and _count_image(pixmap.toImage(), RED) == 0
    window.context.database.close()


def _count_image(image: QImage, colour: QColor) -> int:
    return sum(image.pixelColor(x, y) == colour for x in range(image.width()) for y in range(image.height()))


def test_a_hotspot_picture_never_shows_what_an_svg_pulls_in(qtbot: QtBot, module: Module) -> None:
    types = load_library([TYPES_CONTENT]).module("practice")
    assert types is not None
    hotspot = next(q for q in types.questions if q.type == "hotspot")
    picture = HotspotPicture(replace(hotspot, image=module.folder / "images" / "pulls.svg"))
    qtbot.addWidget(picture)
    assert _count(picture, GREEN) > 1000 and _count(picture, RED) == 0


def test_a_hotspot_picture_may_be_a_png_measured_in_its_pixels(module: Module) -> None:
    box, pixmap = drawn_picture(module.folder / "images" / "green.png", 440)
    assert (box.width(), box.height()) == (40, 40)
    assert pixmap.size() == QSize(440, 440)


def test_a_file_that_is_no_picture_is_drawn_blank(module: Module) -> None:
    broken = module.folder / "images" / "broken.svg"
    broken.write_text("<svg><image href='../../red.png'>", encoding="utf-8")
    assert picture_pixmap(broken, QSize(420, 420)).isNull()
    box, pixmap = drawn_picture(broken, 440)
    assert not box.isEmpty() and _count_image(pixmap.toImage(), RED) == 0
