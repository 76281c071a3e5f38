"""One offscreen QApplication for the session, a fresh data folder per test."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"
CODE = "sun-moon-star"


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
