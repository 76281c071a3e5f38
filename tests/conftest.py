"""One offscreen QApplication for the session, a fresh data folder per test."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"
CODE = "sun-moon-star"


QT_FIXTURES = {"qtbot", "qapp", "window"}
SERVER_FIXTURES = {"ralph", "learning_locker", "own_learning_locker"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `qt` every test that needs Qt (it takes a Qt fixture or its module imports
    PySide6), and `process` every test that starts processes or servers (its module imports
    subprocess, or it takes an LRS). `pytest -m "not qt and not process"` then runs the
    domain's own tests alone, fast."""
    for item in items:
        module = getattr(item, "module", None)
        names = vars(module) if module is not None else {}
        fixtures = set(getattr(item, "fixturenames", ()))
        if QT_FIXTURES & fixtures or any(_from_qt(value) for value in names.values()):
            item.add_marker(pytest.mark.qt)
        if SERVER_FIXTURES & fixtures or "subprocess" in names or "multiprocessing" in names:
            item.add_marker(pytest.mark.process)


def _from_qt(value: object) -> bool:
    return str(getattr(value, "__module__", "")).startswith("PySide6") or str(
        getattr(value, "__name__", "")
    ).startswith("PySide6")


@pytest.fixture
def database(tmp_path: Path) -> Iterator["Database"]:  # noqa: F821
    from trainer.store.database import Database

    db = Database(tmp_path / "trainer.db")
    yield db
    db.close()


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["trainer-tests"]


@pytest.fixture
def window(qapp: object, qtbot: object, tmp_path: Path) -> Iterator["MainWindow"]:  # noqa: F821
    from trainer.ui.app import make_app, open_window

    make_app()
    main = open_window(tmp_path / "data", "en", [FIXTURE_CONTENT])
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.resize(1280, 800)
    main.show()
    yield main
    main.idle.stop()
    main.close()
    main.context.database.close()


TYPES_CONTENT = Path(__file__).parent / "fixtures" / "types"


def signed_in_window(qtbot: "QtBot", data_dir: Path, content: Path, lang: str = "en") -> "MainWindow":  # noqa: F821
    """The real main window on `content`, with a learner (Dara) signed in."""
    from trainer.store.learners import add_learner
    from trainer.ui.app import open_window

    window = open_window(data_dir, lang, [content])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.sign_in(add_learner(window.context.database, "Dara", "fish", CODE))
    return window


def edit_file(path: Path, old: str, new: str, at: str | None = None) -> int:
    """Replace `old` by `new` once; the line where `at` (by default the new text) now starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    edited = text.replace(old, new, 1)
    path.write_text(edited, encoding="utf-8")
    start = edited.index(at) if at else text.index(old)
    return edited[:start].count("\n") + 1


def assert_reported_after_edit(path: Path, root: Path, old: str, new: str, message: str, at: str) -> None:
    """Edit `path`; the loader must then report `message` at the line where `at` starts."""
    from trainer.course.loader import load_library

    line = edit_file(path, old, new, at)
    reported = [str(p) for p in load_library([root]).problems]
    assert any(r.startswith(f"{path}:{line}: ") and message in r for r in reported), (line, reported)
