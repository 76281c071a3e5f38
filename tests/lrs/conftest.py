"""Real Learning Record Stores on 127.0.0.1 for the tests in this folder: Learning Locker and Ralph."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from .learning_locker import LearningLocker
from .ralph import Ralph


@pytest.fixture(scope="session")
def learning_locker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LearningLocker]:
    """One service for the session; tests tell their statements apart by their own learners."""
    server = LearningLocker(tmp_path_factory.mktemp("learning-locker"))
    server.start()
    yield server
    server.close()


@pytest.fixture
def own_learning_locker(tmp_path: Path) -> Iterator[LearningLocker]:
    """A service of the test's own, for a test that stops and restarts it."""
    server = LearningLocker(tmp_path / "learning-locker")
    server.start()
    yield server
    server.close()


@pytest.fixture
def ralph(tmp_path: Path) -> Iterator[Ralph]:
    """Ralph of the test's own: it refuses differing statements with an id it holds (HTTP 409)."""
    server = Ralph(tmp_path / "ralph")
    server.start()
    yield server
    server.stop()
