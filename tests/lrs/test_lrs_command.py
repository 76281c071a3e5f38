"""`python -m trainer lrs push|check|status`, run as a facilitator would, against a real LRS."""

import subprocess
import sys
from pathlib import Path

from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import add_learner

from ..conftest import FIXTURE_CONTENT, TYPES_CONTENT
from .learning_locker import PASSWORD, USER, LearningLocker, free_port
from .records import Learner


def trainer(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    content = ["--content", str(FIXTURE_CONTENT), "--content", str(TYPES_CONTENT)]
    return subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(data), *content, "lrs", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
    )


def with_records(data: Path) -> int:
    database = Database(data / "trainer.db")
    learner = add_learner(database, "Sokha", "lotus", "sun-moon-star")
    events = Learner(learner.id).everything()
    for event in events:
        record(database, event)
    database.close()
    return len(events)


def test_push_saves_the_connection_and_sends_once(tmp_path: Path, learning_locker: LearningLocker) -> None:
    count = with_records(tmp_path)
    given = ["--endpoint", learning_locker.endpoint, "--user", USER, "--password", PASSWORD]
    first = trainer(tmp_path, "push", *given)
    assert first.returncode == 0, first.stderr
    assert f"Sent {count} records. 0 wait." in first.stdout
    again = trainer(tmp_path, "push")
    assert again.returncode == 0 and "Sent 0 records. 0 wait." in again.stdout, "the saved connection is used"
    status = trainer(tmp_path, "status")
    assert f"LRS: {learning_locker.endpoint} as {USER}" in status.stdout
    assert "Waiting: 0 records" in status.stdout and "Set aside: 0" in status.stdout
    checked = trainer(tmp_path, "check")
    assert checked.returncode == 0 and checked.stdout.startswith(f"Connected to {learning_locker.endpoint}")
    everything = first.stdout + first.stderr + again.stdout + status.stdout + checked.stdout
    assert PASSWORD not in everything


def test_wrong_credentials_get_a_clear_message_and_keep_the_records(
    tmp_path: Path, learning_locker: LearningLocker
) -> None:
    count = with_records(tmp_path)
    given = ["--endpoint", learning_locker.endpoint, "--user", USER, "--password", "not-the-password"]
    refused = trainer(tmp_path, "push", *given)
    assert refused.returncode == 1
    assert f"error: The LRS refused the user name '{USER}' or its password (HTTP 401" in refused.stderr
    assert f"Nothing is lost: {count} records wait here for the next try." in refused.stderr
    assert "not-the-password" not in refused.stdout + refused.stderr


def test_an_unreachable_server_gets_a_clear_message(tmp_path: Path) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    refused = trainer(tmp_path, "check", "--endpoint", endpoint, "--user", USER, "--password", PASSWORD)
    assert refused.returncode == 1
    assert f"error: Could not reach the LRS at {endpoint} (" in refused.stderr


def test_without_a_saved_connection_push_says_what_to_give(tmp_path: Path) -> None:
    refused = trainer(tmp_path, "push", "--user", USER)
    assert refused.returncode == 1
    assert "error: no LRS is set yet: give its address, user name and password" in refused.stderr
