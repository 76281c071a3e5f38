"""How the client takes each kind of answer, from a small scripted LRS on 127.0.0.1."""

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.client import HTTPMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from trainer.store.database import Database
from trainer.store.events import record
from trainer.store.learners import add_learner
from trainer.sync.lrs import Lrs, LrsError, UnreachableError
from trainer.sync.lrs_outbox import Pushed, push, send_again, set_aside, waiting
from trainer.sync.lrs_settings import make_connection

from .records import LIBRARY, Learner
from .test_lrs_command import trainer


@dataclass
class Seen:
    method: str
    path: str
    headers: HTTPMessage
    """Names in any case, as HTTP has them."""
    body: bytes


@dataclass
class ScriptedLrs:
    """Answers each request with the next (status, headers, body) of the script, then 200."""

    script: list[tuple[int, dict[str, str], bytes]]
    seen: list[Seen] = field(default_factory=list)

    def serve(self) -> ThreadingHTTPServer:
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                lrs.seen.append(Seen(self.command, self.path, self.headers, body))
                status, headers, reply = lrs.script.pop(0) if lrs.script else (200, {}, b"[]")
                self.send_response(status)
                for name, value in {"Content-Length": str(len(reply)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply)

            do_GET = do_POST = answer  # noqa: N815 - http.server's names

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


@pytest.fixture
def scripted() -> Iterator[tuple[ScriptedLrs, Lrs]]:
    fake = ScriptedLrs([])
    server = fake.serve()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}/data/xAPI/"
    yield fake, Lrs(make_connection(endpoint, "kampot", "s3cret", "https://kampot.example.org/"), timeout=5)
    server.shutdown()
    server.server_close()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "trainer.db")
    learner = add_learner(db, "Sokha", "lotus", "sun-moon-star")
    for event in Learner(learner.id).everything()[:30]:
        record(db, event)
    yield db
    db.close()


def test_server_errors_are_tried_again_with_the_same_bytes_and_the_version_header(
    scripted: tuple[ScriptedLrs, Lrs], database: Database
) -> None:
    fake, lrs = scripted
    fake.script = [(503, {}, b"busy"), (502, {}, b"")]
    assert push(database, LIBRARY, lrs, waits=(0.01, 0.02)).sent == 30
    assert [s.method for s in fake.seen] == ["POST"] * 3
    assert len({s.body for s in fake.seen}) == 1, "resent unchanged"
    assert all(s.headers["X-Experience-API-Version"] == "1.0.3" for s in fake.seen)
    assert all(s.path == "/data/xAPI/statements" for s in fake.seen)
    assert len(json.loads(fake.seen[0].body)) == 30


def test_a_server_error_that_lasts_stops_the_push_and_keeps_everything(
    scripted: tuple[ScriptedLrs, Lrs], database: Database
) -> None:
    fake, lrs = scripted
    fake.script = [(500, {}, b'{"message": "database down"}')] * 3
    with pytest.raises(UnreachableError, match=r"failed \(HTTP 500: database down\)"):
        push(database, LIBRARY, lrs, waits=(0.01, 0.02))
    assert waiting(database) == 30


def test_a_redirected_post_is_not_taken_for_sent(
    scripted: tuple[ScriptedLrs, Lrs], database: Database
) -> None:
    fake, lrs = scripted
    fake.script = [(301, {"Location": "https://elsewhere.example.org/xAPI/statements"}, b"")]
    with pytest.raises(LrsError, match="HTTP 301"):
        push(database, LIBRARY, lrs, waits=())
    assert waiting(database) == 30 and len(fake.seen) == 1


def test_more_is_followed_from_the_server_root(scripted: tuple[ScriptedLrs, Lrs]) -> None:
    fake, lrs = scripted
    first = {"statements": [{"id": "a"}], "more": "/data/xAPI/statements?cursor=2"}
    last = {"statements": [{"id": "b"}], "more": ""}
    fake.script = [(200, {}, json.dumps(first).encode()), (200, {}, json.dumps(last).encode())]
    assert [s["id"] for s in lrs.statements(limit="1")] == ["a", "b"]
    assert [s.path for s in fake.seen] == ["/data/xAPI/statements?limit=1", "/data/xAPI/statements?cursor=2"]
    assert all(s.headers["X-Experience-API-Version"] == "1.0.3" for s in fake.seen)


def test_checking_reads_one_statement_and_needs_no_about(scripted: tuple[ScriptedLrs, Lrs]) -> None:
    fake, lrs = scripted
    fake.script = [(200, {}, b'{"statements": [], "more": ""}')]
    assert lrs.check() == f"Connected to {lrs.connection.endpoint} as kampot."
    assert [s.path for s in fake.seen] == ["/data/xAPI/statements?limit=1"]


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ((404, {}, b"Not Found"), "answered HTTP 404: Not Found at http://127.0.0.1:"),
        ((200, {}, b"<html>a web page</html>"), "answered, but not as an xAPI LRS"),
    ],
)
def test_checking_a_wrong_address_says_so(
    scripted: tuple[ScriptedLrs, Lrs], answer: tuple[int, dict[str, str], bytes], message: str
) -> None:
    fake, lrs = scripted
    fake.script = [answer]
    with pytest.raises(LrsError, match=message):
        lrs.check()


def test_a_user_who_may_only_send_is_told_so(scripted: tuple[ScriptedLrs, Lrs]) -> None:
    fake, lrs = scripted
    fake.script = [(403, {}, b'{"detail": "not allowed"}')]
    assert lrs.check().endswith("This user may send statements but not read them.")


def test_refused_records_sent_again_go_once_the_lrs_takes_them(
    scripted: tuple[ScriptedLrs, Lrs], database: Database
) -> None:
    fake, lrs = scripted
    fake.script = [(400, {}, b'{"message": "unknown extension"}')] * 5  # 30, 15, 7, 3, then 1 alone
    assert push(database, LIBRARY, lrs) == Pushed(sent=29, set_aside=1)
    [refused] = set_aside(database)
    assert refused.problem.startswith("HTTP 400") and waiting(database) == 0
    assert send_again(database) == 1
    assert (set_aside(database), waiting(database)) == ([], 1)
    fake.seen.clear()
    assert push(database, LIBRARY, lrs) == Pushed(sent=1, set_aside=0)
    [sent] = json.loads(fake.seen[0].body)
    assert sent["id"] == refused.event_id and waiting(database) == 0
    assert send_again(database) == 0, "nothing left to put back"


def test_the_command_puts_refused_records_back_in_line(
    scripted: tuple[ScriptedLrs, Lrs], database: Database, tmp_path: Path
) -> None:
    fake, lrs = scripted
    fake.script = [(400, {}, b"no")] * 5
    push(database, LIBRARY, lrs)
    status = trainer(tmp_path, "status")
    assert "Set aside: 1 records the LRS refused" in status.stdout
    assert "python -m trainer lrs retry" in status.stdout
    retried = trainer(tmp_path, "retry")
    assert retried.returncode == 0
    assert "1 refused records wait again" in retried.stdout
    assert "Waiting: 1 records" in trainer(tmp_path, "status").stdout
