"""Recorded audio: a "Listen" button where an editor supplied a file, none where not."""

import shutil
import struct
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.course.loader import load_library
from trainer.ui.lesson import LessonScreen
from trainer.ui.quiz import QuizScreen

from .conftest import FIXTURE_CONTENT, signed_in_window

MODULE = Path("basics/m1-passwords")


def record_tone(path: Path) -> None:
    """A real half-second WAV file, as an editor's recording would be."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"".join(struct.pack("<h", 3000 if i % 20 < 10 else -3000) for i in range(4000)))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    record_tone(root / MODULE / "audio" / "page1.km.wav")
    record_tone(root / MODULE / "audio" / "q1.km.wav")
    lesson = root / MODULE / "lesson.km.md"
    lesson.write_text("[audio](audio/page1.km.wav)\n" + lesson.read_text(encoding="utf-8"), encoding="utf-8")
    quiz = root / MODULE / "quiz.yaml"
    text = quiz.read_text(encoding="utf-8")
    quiz.write_text(
        text.replace(
            "    image: images/lock.svg\n",
            "    image: images/lock.svg\n    audio: {km: audio/q1.km.wav}\n",
            1,
        ),
        encoding="utf-8",
    )
    return root


def test_missing_recordings_are_reported_with_path_and_line(content: Path) -> None:
    (content / MODULE / "audio" / "page1.km.wav").unlink()
    (content / MODULE / "audio" / "q1.km.wav").unlink()
    problems = [str(p) for p in load_library([content]).problems]
    assert problems == [
        f"{content / MODULE / 'lesson.km.md'}:1: recording 'audio/page1.km.wav' not found",
        f"{content / MODULE / 'quiz.yaml'}:6: recording 'audio/q1.km.wav' not found",
    ]


def test_listen_buttons_follow_the_recordings(
    qapp: object, qtbot: QtBot, content: Path, tmp_path: Path
) -> None:
    window = signed_in_window(qtbot, tmp_path / "data", content, "km")
    module = window.context.library.module("passwords")
    assert module is not None
    assert "[audio]" not in module.lesson.pages["km"][0], "the audio line is not shown as text"
    window.open_lesson(module)
    lesson = window.screen_widget
    assert isinstance(lesson, LessonScreen)
    assert lesson.listen.button.isVisible()
    qtbot.mouseClick(lesson.listen.button, Qt.MouseButton.LeftButton)
    assert lesson.listen.player is not None
    assert lesson.listen.player.source().toLocalFile().endswith("audio/page1.km.wav")
    qtbot.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton)
    assert not lesson.listen.button.isVisible(), "page 2 has no recording: no button"
    window.open_quiz(module)
    quiz = window.screen_widget
    assert isinstance(quiz, QuizScreen) and quiz.listen.button.isVisible()
    window.context.language.switch("en")
    qtbot.waitUntil(lambda: not quiz.listen.button.isVisible())
    window.context.database.close()
