"""`python -m trainer lrs push|check|status`, run as a facilitator would, against a real LRS."""

import os
import pty
import subprocess
import sys
from pathlib import Path

from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import add_learner

from ..conftest import FIXTURE_CONTENT, TYPES_CONTENT
from .learning_locker import PASSWORD, USER, LearningLocker, free_port
from .records import Learner


def trainer(data: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command with no terminal attached; `password` goes in TRAINER_LRS_PASSWORD."""
    content = ["--content", str(FIXTURE_CONTENT), "--content", str(TYPES_CONTENT)]
    env = {key: value for key, value in os.environ.items() if key != "TRAINER_LRS_PASSWORD"}
    if password is not None:
        env["TRAINER_LRS_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(data), *content, "lrs", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
        env=env,
        stdin=subprocess.DEVNULL,
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
    first = trainer(
        tmp_path, "push", "--endpoint", learning_locker.endpoint, "--user", USER, password=PASSWORD
    )
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


def with_password_file(folder: Path, lrs: LearningLocker, text: str) -> list[str]:
    """The connection options with the password in a file, as a facilitator writes one."""
    (folder / "password.txt").write_text(text, encoding="utf-8")
    return ["--endpoint", lrs.endpoint, "--user", USER, "--password-file", str(folder / "password.txt")]


def test_wrong_credentials_get_a_clear_message_and_keep_the_records(
    tmp_path: Path, learning_locker: LearningLocker
) -> None:
    count = with_records(tmp_path)
    given = with_password_file(tmp_path, learning_locker, "not-the-password\n")
    refused = trainer(tmp_path, "push", *given)
    assert refused.returncode == 1
    assert f"error: The LRS refused the user name '{USER}' or its password (HTTP 401" in refused.stderr
    assert f"Nothing is lost: {count} records wait here for the next try." in refused.stderr
    assert "not-the-password" not in refused.stdout + refused.stderr


def test_an_unreachable_server_gets_a_clear_message(tmp_path: Path) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    refused = trainer(tmp_path, "check", "--endpoint", endpoint, "--user", USER, password=PASSWORD)
    assert refused.returncode == 1
    assert f"error: Could not reach the LRS at {endpoint} (" in refused.stderr


def test_without_a_saved_connection_push_says_what_to_give(tmp_path: Path) -> None:
    refused = trainer(tmp_path, "push", "--user", USER)
    assert refused.returncode == 1
    assert "error: No LRS is set yet: give its address, user name and password." in refused.stderr


def test_the_password_is_never_taken_from_the_command_line(tmp_path: Path) -> None:
    count = with_records(tmp_path)
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    refused = trainer(tmp_path, "push", "--endpoint", endpoint, "--user", USER, "--password", PASSWORD)
    assert refused.returncode == 1
    assert "error: --password would leave the password in the list of running programs" in refused.stderr
    assert "--password-file PATH or the TRAINER_LRS_PASSWORD environment variable" in refused.stderr
    assert "--ask-password" in refused.stderr and PASSWORD not in refused.stdout + refused.stderr
    assert_nothing_changed(tmp_path, count)


def test_a_missing_password_is_named_and_changes_nothing(tmp_path: Path) -> None:
    count = with_records(tmp_path)
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    missing = trainer(tmp_path, "push", "--endpoint", endpoint, "--user", USER)
    assert missing.returncode == 1
    assert "error: the LRS password is missing, and nothing was changed: give it with --password-file" in (
        missing.stderr
    )
    assert_nothing_changed(tmp_path, count)
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    empty = trainer(
        tmp_path,
        "check",
        "--endpoint",
        endpoint,
        "--user",
        USER,
        "--password-file",
        str(tmp_path / "empty.txt"),
    )
    assert (
        empty.returncode == 1
        and f"error: the password file {tmp_path / 'empty.txt'} is empty" in empty.stderr
    )
    absent = trainer(
        tmp_path, "check", "--endpoint", endpoint, "--user", USER, "--password-file", str(tmp_path / "no.txt")
    )
    assert (
        absent.returncode == 1
        and f"error: cannot read the password file {tmp_path / 'no.txt'}" in absent.stderr
    )
    assert_nothing_changed(tmp_path, count)


def assert_nothing_changed(data: Path, count: int) -> None:
    status = trainer(data, "status")
    assert (
        "No LRS is set: python -m trainer lrs push --endpoint URL --user U --password-file PATH"
        in status.stdout
    )
    assert f"Waiting: {count} records" in status.stdout


def test_a_password_file_and_a_new_password_from_the_environment_are_saved(
    tmp_path: Path, learning_locker: LearningLocker
) -> None:
    count = with_records(tmp_path)
    given = with_password_file(tmp_path, learning_locker, f"{PASSWORD}\r\n")  # as Notepad saves it
    first = trainer(tmp_path, "push", *given)
    assert first.returncode == 0 and f"Sent {count} records. 0 wait." in first.stdout, first.stderr
    wrong = trainer(tmp_path, "check", password="an-old-password")
    assert wrong.returncode == 1 and "(HTTP 401" in wrong.stderr, (
        "the environment's password replaced the saved one"
    )
    right = trainer(tmp_path, "check", password=PASSWORD)
    assert right.returncode == 0 and right.stdout.startswith(
        f"Connected to {learning_locker.endpoint} as {USER}"
    )
    assert trainer(tmp_path, "check").returncode == 0, "the password from the environment was saved"


def in_a_terminal(data: Path, typed: str, *args: str) -> tuple[int, str]:
    """The command in a terminal of its own (a pseudo-terminal), with `typed` typed when it asks."""
    content = ["--content", str(FIXTURE_CONTENT), "--content", str(TYPES_CONTENT)]
    env = {key: value for key, value in os.environ.items() if key != "TRAINER_LRS_PASSWORD"}
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its terminal is the pseudo-terminal
        os.execve(
            sys.executable,
            [sys.executable, "-m", "trainer", "--data-dir", str(data), *content, "lrs", *args],
            env,
        )
    screen = b""
    while b"LRS password for" not in screen:
        screen += os.read(terminal, 1024)
    os.write(terminal, typed.encode() + b"\n")
    while True:
        try:
            more = os.read(terminal, 1024)
        except OSError:  # the command ended and closed the terminal
            break
        if not more:
            break
        screen += more
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), screen.decode("utf-8", "replace")


def test_in_a_terminal_the_password_is_asked_for_and_not_shown(
    tmp_path: Path, learning_locker: LearningLocker
) -> None:
    count = with_records(tmp_path)
    code, screen = in_a_terminal(
        tmp_path, PASSWORD, "push", "--endpoint", learning_locker.endpoint, "--user", USER
    )
    assert code == 0 and f"LRS password for {USER}: " in screen
    assert f"Sent {count} records. 0 wait." in screen and PASSWORD not in screen, "typing is not echoed"
    code, screen = in_a_terminal(tmp_path, "a-new-one", "check", "--ask-password")
    assert code == 1 and "(HTTP 401" in screen, "--ask-password replaces the saved password"
