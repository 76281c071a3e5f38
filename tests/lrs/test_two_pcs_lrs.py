"""Two PCs of a centre send the same learners' records to Ralph: each event is one statement
at the LRS, and each learner one person, whichever PC sends."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from trainer.learning.events import Event
from trainer.store.database import Database
from trainer.store.events import record
from trainer.sync.export import export_progress
from trainer.sync.lrs import Lrs
from trainer.sync.lrs_outbox import already_there, push, set_aside, waiting
from trainer.sync.lrs_settings import make_connection
from trainer.sync.merge import import_progress

from ..progress_stores import add_learner, open_pc
from .learning_locker import PASSWORD, USER
from .ralph import Ralph
from .records import LIBRARY, Learner
from .test_lrs_command import trainer

CENTRE_SITE = "https://kampot.centres.example.org/"


class CountingLrs(Lrs):
    """The real client, counting the batches it posts."""

    posts = 0

    def send(self, statements: Sequence[str]) -> None:
        self.posts += 1
        super().send(statements)


def connect(ralph: Ralph, home_page: str = "") -> CountingLrs:
    return CountingLrs(make_connection(ralph.endpoint, USER, PASSWORD, home_page), timeout=10)


def a_learner_on_two_pcs(
    root: Path, learners: int = 1, before_b: Callable[[Database], object] = lambda pc_a: None
) -> tuple[Database, Database, list[Event], list[Event]]:
    """Learners begin on PC A, carry on at PC B after a bundle, and their later records go back
    to A with another bundle: both PCs hold every event, merged in a different order.
    `before_b` is done on PC A before the learners move."""
    pc_a, pc_b = open_pc(root, "a"), open_pc(root, "b")
    on_a: list[Event] = []
    on_b: list[Event] = []
    for number in range(learners):
        learner = Learner(add_learner(pc_a, f"Sokha {number}"))
        everything = learner.everything()
        on_a += everything[: len(everything) // 2]
        on_b += everything[len(everything) // 2 :]
    for event in on_a:
        record(pc_a, event)
    before_b(pc_a)
    import_progress(pc_b, export_progress(pc_a, root / "a-to-b.zip").path)
    for event in on_b:
        record(pc_b, event)
    import_progress(pc_a, export_progress(pc_b, root / "b-to-a.zip").path)
    return pc_a, pc_b, on_a, on_b


def held(lrs: Lrs) -> list[dict[str, Any]]:
    return list(lrs.statements(limit="100"))


def test_both_pcs_push_and_the_lrs_holds_one_statement_per_event(tmp_path: Path, ralph: Ralph) -> None:
    pc_a, pc_b, on_a, on_b = a_learner_on_two_pcs(tmp_path, learners=2)
    events = on_a + on_b
    first, second = connect(ralph), connect(ralph)
    pushed_a = push(pc_a, LIBRARY, first)
    assert (pushed_a.sent, pushed_a.set_aside, pushed_a.already_there) == (len(events), 0, 0)
    pushed_b = push(pc_b, LIBRARY, second)
    assert (pushed_b.sent, pushed_b.set_aside, pushed_b.already_there) == (len(events), 0, 0), (
        "the LRS took PC B's statements as the ones it had: no 409"
    )
    assert second.posts == first.posts == -(-len(events) // 100), "one post per batch, none halved"
    assert not set_aside(pc_b) and waiting(pc_b) == 0 and already_there(pc_b) == {}
    statements = held(second)
    assert sorted(s["id"] for s in statements) == sorted(e.id for e in events)
    accounts = {(s["actor"]["account"]["homePage"], s["actor"]["account"]["name"]) for s in statements}
    assert accounts == {(ralph.endpoint.removesuffix("xAPI/"), e.learner_id) for e in events}
    pc_a.close()
    pc_b.close()


def test_a_pc_with_another_home_page_finds_the_records_there_and_says_which_page(
    tmp_path: Path, ralph: Ralph
) -> None:
    from_a = connect(ralph, CENTRE_SITE)  # PC A was given the centre's web address
    pc_a, pc_b, on_a, on_b = a_learner_on_two_pcs(tmp_path, before_b=lambda pc: push(pc, LIBRARY, from_a))
    assert sorted(s["id"] for s in held(from_a)) == sorted(e.id for e in on_a)
    from_b = connect(ralph)  # PC B was set up without the centre's web address
    pushed = push(pc_b, LIBRARY, from_b)
    assert (pushed.sent, pushed.set_aside, pushed.already_there) == (len(on_b), 0, len(on_a))
    assert pushed.other_home_pages == {CENTRE_SITE}
    assert from_b.posts <= 2, "the refused batch was looked up, not halved down to single statements"
    assert not set_aside(pc_b) and waiting(pc_b) == 0
    assert already_there(pc_b) == {CENTRE_SITE: len(on_a)}
    assert sorted(s["id"] for s in held(from_b)) == sorted(e.id for e in on_a + on_b)
    assert push(pc_b, LIBRARY, from_b).sent == 0, "nothing is sent again"
    pc_a.close()
    pc_b.close()


def test_lrs_push_tells_the_facilitator_the_other_pcs_web_address_and_how_to_use_it(
    tmp_path: Path, ralph: Ralph
) -> None:
    def push_from_a(pc_a: Database) -> None:
        given = ["--endpoint", ralph.endpoint, "--user", USER, "--home-page", CENTRE_SITE]
        assert trainer(tmp_path / "a", "push", *given, password=PASSWORD).returncode == 0

    pc_a, pc_b, on_a, on_b = a_learner_on_two_pcs(tmp_path, before_b=push_from_a)
    pc_a.close()
    pc_b.close()
    from_b = trainer(tmp_path / "b", "push", "--endpoint", ralph.endpoint, "--user", USER, password=PASSWORD)
    assert from_b.returncode == 0, from_b.stderr
    lines, site = from_b.stdout.splitlines(), ralph.endpoint.removesuffix("xAPI/")
    assert lines[1:] == [
        f"Sent {len(on_b)} records. 0 wait.",
        f"{len(on_a)} records were at the LRS already, sent from another PC with other details;"
        " the LRS keeps the copy it had.",
        f"Another PC names these learners on {CENTRE_SITE}, this PC on {site}:"
        " a learner should be one person at the LRS. Use one web address on every PC of the programme,"
        f" e.g. on this one: python -m trainer lrs push --home-page {CENTRE_SITE}",
    ]
    status = trainer(tmp_path / "b", "status").stdout
    assert f"Already at the LRS, from another PC: {len(on_a)} records" in status
    assert f"Another PC names these learners on {CENTRE_SITE}" in status
    assert trainer(tmp_path / "b", "push", "--home-page", CENTRE_SITE).returncode == 0
    status = trainer(tmp_path / "b", "status").stdout
    assert f"learners named on {CENTRE_SITE}" in status and "Another PC names" not in status
