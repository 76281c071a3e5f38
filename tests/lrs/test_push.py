"""Sending the outbox to a real LRS (Learning Locker's xAPI service on 127.0.0.1)."""

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from trainer.learning.events import Event, Verb
from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import add_learner
from trainer.sync.lrs import CredentialsError, Lrs, UnreachableError
from trainer.sync.lrs_outbox import BATCH, push, set_aside, waiting
from trainer.sync.lrs_settings import Connection, make_connection

from .learning_locker import PASSWORD, USER, LearningLocker, free_port
from .records import LIBRARY, Learner

HOME = "https://kampot.centres.example.org/"
QUICK = (0.05, 0.1)
"""Waits between tries, short for the tests."""


def connect(server: LearningLocker, password: str = PASSWORD) -> Lrs:
    return Lrs(make_connection(server.endpoint, USER, password, HOME), timeout=5)


def learners_with_records(database: Database, count: int = 1) -> list[Event]:
    events = []
    for number in range(count):
        learner = add_learner(database, f"Sokha {number}", "lotus", "sun-moon-star")
        events += Learner(learner.id).everything()
    for event in events:
        record(database, event)
    return events


def at_the_lrs(lrs: Lrs, events: list[Event]) -> list[dict[str, Any]]:
    """The LRS's statements about these events' learners, read 50 at a time (following `more`).

    Learning Locker 5.0.1 writes an `agent` filter into its `more` link as "[object Object]",
    so the learners are picked out here rather than by the query."""
    learners = {e.learner_id for e in events}
    return [s for s in lrs.statements(limit="50") if s["actor"].get("account", {}).get("name") in learners]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "trainer.db")
    yield db
    db.close()


def test_pushed_statements_can_be_read_back(database: Database, learning_locker: LearningLocker) -> None:
    events = learners_with_records(database)
    lrs = connect(learning_locker)
    seen: list[tuple[int, int]] = []
    pushed = push(database, LIBRARY, lrs, progress=lambda done, total: seen.append((done, total)))
    assert (pushed.sent, pushed.set_aside, waiting(database)) == (len(events), 0, 0)
    assert seen[0] == (0, len(events)) and seen[-1] == (len(events), len(events))
    stored = {s["id"]: s for s in at_the_lrs(lrs, events)}
    assert set(stored) == {e.id for e in events}
    answer = next(e for e in events if e.context.get("type") == "ordering" and e.result["success"])
    back = stored[answer.id]
    assert back["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert back["result"]["response"] == "stop[,]investigate[,]find[,]trace"
    assert back["object"]["definition"]["interactionType"] == "sequencing"
    assert back["timestamp"].startswith(answer.timestamp[:19])


def test_pushing_again_and_from_a_second_pc_adds_no_duplicates(
    tmp_path: Path, database: Database, learning_locker: LearningLocker
) -> None:
    events = learners_with_records(database)
    lrs = connect(learning_locker)
    push(database, LIBRARY, lrs)
    assert push(database, LIBRARY, lrs).sent == 0, "nothing new: nothing sent"
    other_pc = Database(tmp_path / "other-pc.db")
    learner = database.query("SELECT * FROM learners")[0]
    other_pc.table("learners").insert(dict(learner))
    for event in events:  # the same records, merged onto another PC
        record(other_pc, event)
    assert push(other_pc, LIBRARY, lrs).sent == len(events)
    other_pc.close()
    ids = [s["id"] for s in at_the_lrs(lrs, events)]
    assert sorted(ids) == sorted(e.id for e in events)


def test_a_server_stopped_mid_push_loses_nothing_and_the_retry_completes(
    database: Database, own_learning_locker: LearningLocker
) -> None:
    events = learners_with_records(database, count=2)
    assert len(events) > BATCH
    lrs = connect(own_learning_locker)

    def stop_after_first_batch(done: int, total: int) -> None:
        if done == BATCH:
            own_learning_locker.stop()

    with pytest.raises(UnreachableError, match="Could not reach the LRS"):
        push(database, LIBRARY, lrs, progress=stop_after_first_batch, waits=QUICK)
    assert waiting(database) == len(events) - BATCH
    queued = dict(database.query("SELECT event_id, statement FROM lrs_outbox WHERE state = 'waiting'"))
    own_learning_locker.start()  # it keeps statements in memory: it starts empty
    assert push(database, LIBRARY, lrs, waits=QUICK).sent == len(events) - BATCH
    assert waiting(database) == 0
    stored = {s["id"]: s for s in at_the_lrs(lrs, events)}
    assert set(stored) == set(queued), "exactly what waited arrived, once each"
    for event_id, text in queued.items():
        sent = json.loads(text)
        assert {k: stored[event_id][k] for k in ("actor", "verb", "result", "context") if k in sent} == {
            k: sent[k] for k in ("actor", "verb", "result", "context") if k in sent
        }


def test_wrong_credentials_are_named_and_nothing_is_lost(
    database: Database, learning_locker: LearningLocker
) -> None:
    events = learners_with_records(database)
    with pytest.raises(CredentialsError, match=f"refused the user name '{USER}' or its password \\(HTTP 401"):
        push(database, LIBRARY, connect(learning_locker, password="wrong"), waits=QUICK)
    assert waiting(database) == len(events) and not set_aside(database)
    with pytest.raises(CredentialsError) as refused:
        connect(learning_locker, password="wrong").check()
    assert "wrong" not in str(refused.value), "the password is never shown"


def test_an_unreachable_server_is_named() -> None:
    lrs = Lrs(make_connection(f"http://127.0.0.1:{free_port()}/xAPI/", USER, PASSWORD, HOME), timeout=5)
    with pytest.raises(UnreachableError, match=r"Could not reach the LRS at http://127\.0\.0\.1:\d+/xAPI/"):
        lrs.check()


def test_refused_statements_are_set_aside_and_the_others_still_go(
    database: Database, learning_locker: LearningLocker
) -> None:
    events = learners_with_records(database)
    lrs = connect(learning_locker)
    clash = events[7]  # another statement already holds this id at the LRS: 409
    other = {
        "id": clash.id,
        "actor": {"mbox": "mailto:someone@example.org"},
        "verb": {"id": "http://x.org/v"},
    }
    lrs.send([json.dumps({**other, "object": {"id": "http://x.org/a"}})])
    answered = next(event for event in events if event.verb is Verb.ANSWERED)
    broken = replace(answered, id=str(uuid.uuid4()), result={**answered.result, "score": 7.0})
    record(database, broken)  # a score xAPI does not allow (scaled over 1): 400
    pushed = push(database, LIBRARY, lrs)
    assert (pushed.sent, pushed.set_aside) == (len(events) - 1, 2)
    aside = {s.event_id: s for s in set_aside(database)}
    assert set(aside) == {clash.id, broken.id} and waiting(database) == 0
    assert aside[clash.id].problem.startswith("HTTP 409") and aside[broken.id].problem.startswith("HTTP 400")
    assert aside[clash.id].learner == "Sokha 0"
    assert len([s for s in at_the_lrs(lrs, events) if s["id"] != clash.id]) == len(events) - 1


def test_the_test_lrs_listens_on_loopback_only(learning_locker: LearningLocker) -> None:
    listening = Path("/proc/net/tcp").read_text().splitlines()[1:]
    port = f":{learning_locker.port:04X}"
    addresses = {
        line.split()[1] for line in listening if line.split()[1].endswith(port) and line.split()[3] == "0A"
    }
    assert addresses == {f"0100007F{port}"}


def test_connection_settings_are_checked_and_the_password_is_never_shown() -> None:
    connection = make_connection("https://lrs.example.org/data/xAPI", "kampot", "s3cret")
    assert connection == Connection(
        "https://lrs.example.org/data/xAPI/", "kampot", "s3cret", "https://lrs.example.org/"
    )
    assert "s3cret" not in repr(connection)
    for endpoint, message in [
        ("lrs.example.org", "must be a web address"),
        ("https://kampot:s3cret@lrs.example.org/", "must not hold a user name or password"),
    ]:
        with pytest.raises(ValueError, match=message):
            make_connection(endpoint, "kampot", "s3cret")
    with pytest.raises(ValueError, match="needs a user name and a password"):
        make_connection("https://lrs.example.org/", "kampot", "")
