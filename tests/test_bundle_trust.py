"""Only the centre's PCs can make a bundle another one accepts, and every field of it is
checked (issue 16, defect 6): each forged bundle is refused, nothing changes, and the PC
works on as before."""

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.learning.events import Verb
from trainer.store.centre_key import (
    ALPHABET,
    CentreKey,
    CodeError,
    centre_key,
    new_code,
    parse_code,
    set_centre_key,
    shown,
)
from trainer.store.codes import check_code, hash_code, is_own_hash
from trainer.store.database import Database
from trainer.store.events import events_of, record
from trainer.store.versions import pc_id
from trainer.sync.bundle import MANIFEST, PAYLOAD
from trainer.sync.export import export_progress
from trainer.sync.merge import Imported, import_all, import_progress
from trainer.sync.refusal import BundleError, BundleRefusal

from .progress_stores import T0, add_class, add_learner, assign, change, dump, mastery, open_pc
from .test_progress_bundles import rewrite

OTHER_CENTRE = CentreKey(parse_code(new_code()))
WEAK = "scrypt$2$1$1${}${}"


def weak_hash(code: str) -> str:
    """A hash a forger makes in no time: scrypt with n=2 instead of the trainer's 2^14."""
    salt = b"0123456789abcdef"
    return WEAK.format(salt.hex(), hashlib.scrypt(code.encode(), salt=salt, n=2, r=1, p=1, dklen=32).hex())


def forge(
    bundle: Path, out: Path, change_payload: Callable[[sqlite3.Connection], None], **fields: object
) -> Path:
    """What someone without the centre key can do: change the payload or the manifest's
    fields, and keep the seal there was."""
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.dumps({**json.loads(archive.read(MANIFEST)), **fields})
        payload = out.parent / f"{out.stem}.sqlite"
        payload.write_bytes(archive.read(PAYLOAD))
    with sqlite3.connect(payload) as db:
        change_payload(db)
    db.close()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, manifest)
        archive.write(payload, PAYLOAD)
    return out


def two_pcs(root: Path) -> tuple[Database, Database, str, Path]:
    """PC a has a learner who mastered a module; PC b has had a's bundle."""
    a, b = open_pc(root, "a"), open_pc(root, "b")
    class_id = add_class(a, "Morning")
    learner = add_learner(a, "Sokha", class_id)
    assign(a, class_id, "passwords", 1)
    for event in mastery(learner, T0)[:3]:
        record(a, event)
    bundle = export_progress(a, root / "a.zip").path
    import_progress(b, bundle)
    return a, b, learner, bundle


def refused(database: Database, bundle: Path, reason: BundleRefusal) -> BundleError:
    before = dump(database)
    with pytest.raises(BundleError) as error:
        import_progress(database, bundle)
    assert error.value.reason == reason, str(error.value)
    assert dump(database) == before, "nothing changed"
    return error.value


def test_a_renamed_learner_with_a_weak_code_hash_is_refused_however_it_is_sealed(tmp_path: Path) -> None:
    _, b, learner, bundle = two_pcs(tmp_path)

    def take_over(db: sqlite3.Connection) -> None:
        db.execute(
            "UPDATE learners SET name = 'Evil', code_hash = ?, version_counter = 999", (weak_hash("1"),)
        )

    assert check_code("1", weak_hash("1")) is False, "the trainer never signs in with a hash it did not make"
    refused(b, forge(bundle, tmp_path / "forged.zip", take_over), BundleRefusal.CHANGED)
    refused(
        b, rewrite(bundle, tmp_path / "other.zip", take_over, key=OTHER_CENTRE), BundleRefusal.OTHER_CENTRE
    )
    error = refused(b, rewrite(bundle, tmp_path / "ours.zip", take_over), BundleRefusal.RECORD_FIELD)
    assert str(error) == f"This bundle is damaged: in learners, the code_hash of {learner} is not valid."
    assert b.query("SELECT name FROM learners")[0]["name"] == "Sokha"


def test_fake_answers_and_mastery_without_the_centre_key_are_refused(tmp_path: Path) -> None:
    _, b, learner, bundle = two_pcs(tmp_path)
    fake = [*mastery(learner, T0)[3:]]

    def add_mastery(db: sqlite3.Connection) -> None:
        for event in fake:
            db.execute(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (event.id, learner, event.verb.value, event.module_id, event.object_id,
                 json.dumps(event.result), json.dumps(event.context), event.timestamp),
            )  # fmt: skip

    refused(b, forge(bundle, tmp_path / "forged.zip", add_mastery), BundleRefusal.CHANGED)
    refused(
        b, rewrite(bundle, tmp_path / "other.zip", add_mastery, key=OTHER_CENTRE), BundleRefusal.OTHER_CENTRE
    )
    assert [event.verb for event in events_of(b, learner)].count(Verb.MASTERED) == 0


def test_a_huge_have_or_counter_is_refused_and_later_changes_still_work(tmp_path: Path) -> None:
    a, b, learner, bundle = two_pcs(tmp_path)
    huge = 2**63 - 3
    have = rewrite(bundle, tmp_path / "have.zip", lambda db: None, have={pc_id(b): huge})
    error = refused(b, have, BundleRefusal.MANIFEST_FIELD)
    assert str(error) == "This bundle's manifest is damaged: its have is not valid."
    refused(
        b,
        forge(bundle, tmp_path / "forged-have.zip", lambda db: None, have={pc_id(b): huge}),
        BundleRefusal.CHANGED,
    )
    counter = rewrite(bundle, tmp_path / "counter.zip", lambda db: None, counter=huge, since=-1)
    assert "its counter is not valid" in str(refused(b, counter, BundleRefusal.MANIFEST_FIELD))
    row = rewrite(
        bundle, tmp_path / "row.zip", lambda db: db.execute(f"UPDATE classes SET version_counter = {huge}")
    )
    assert "the version_counter of" in str(refused(b, row, BundleRefusal.RECORD_FIELD))
    change(b, "learners", learner, name="Sokha Chea")
    add_learner(b, "Dara")
    record(b, mastery(learner, T0)[3])
    assert b.query("SELECT max(counter) < 100 FROM this_pc")[0][0] == 1
    class_id = a.query("SELECT id FROM classes")[0]["id"]
    change(a, "classes", class_id, name="Morning (Tuesday)")
    assert import_progress(b, export_progress(a, tmp_path / "a2.zip").path).records["classes"].updated == 1


def test_a_bundle_without_a_seal_or_on_a_pc_without_the_key_is_refused_with_a_reason(tmp_path: Path) -> None:
    a, b, _, bundle = two_pcs(tmp_path)
    with zipfile.ZipFile(bundle) as archive:
        document = json.loads(archive.read(MANIFEST))
        payload = archive.read(PAYLOAD)
    old = {name: value for name, value in document.items() if name not in ("seal", "centre")}
    old["checksum"] = "sha256:" + hashlib.sha256(payload).hexdigest()  # as trainers before the key made them
    unsealed = tmp_path / "old.zip"
    with zipfile.ZipFile(unsealed, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(old))
        archive.writestr(PAYLOAD, payload)
    assert "no centre key seal" in str(refused(b, unsealed, BundleRefusal.NOT_SEALED))
    lone = open_pc(tmp_path, "lone", centre=None)
    assert centre_key(lone) is None
    assert "This PC has no centre key yet." in str(refused(lone, bundle, BundleRefusal.NO_CENTRE_KEY))
    with pytest.raises(BundleError, match="no centre key yet"):
        export_progress(lone, tmp_path / "lone.zip")
    assert not (tmp_path / "lone.zip").exists()
    set_centre_key(lone, shown(centre_key(a).code))  # type: ignore[union-attr]
    assert import_progress(lone, bundle).events_added == 3, "once it joined, it takes the centre's bundles"


PAYLOAD_CHANGES = [
    ("UPDATE learners SET name = '   '", "in learners, the name of"),
    ("UPDATE learners SET name = 'Sokha' || char(10) || 'x'", "in learners, the name of"),
    ("UPDATE learners SET name = ?", "in learners, the name of"),
    ("UPDATE learners SET avatar = '../../../secret'", "in learners, the avatar of"),
    ("UPDATE learners SET created_at = 'soon'", "in learners, the created_at of"),
    ("UPDATE learners SET gender = 'robot'", "in learners, the gender of"),
    ("UPDATE learners SET class_id = printf('%070d', 1)", "in learners, the class_id of"),
    ("UPDATE learners SET version_history = '[[1]]'", "in learners, the version_history of"),
    ("UPDATE learners SET version_history = '[[-5, \"pc\"]]'", "in learners, the version_history of"),
    ("UPDATE learners SET version_pc = ''", "in learners, the version_pc of"),
    ("UPDATE classes SET codes_needed = 7", "in classes, the codes_needed of"),
    ("UPDATE classes SET name = x'00'", "in classes, the name of"),
    ("UPDATE assignments SET position = -1", "in assignments, the position of"),
    ("UPDATE assignments SET target_date = 'next week'", "in assignments, the target_date of"),
    ("UPDATE events SET timestamp = 'yesterday'", "3 events have a timestamp that is not valid"),
    ("UPDATE events SET learner_id = 'nobody'", "3 events have a learner_id that is not valid"),
    ("UPDATE events SET object_id = x'00'", "3 events have a object_id that is not valid"),
    ("UPDATE events SET result = '[]'", "3 events have a result that is not valid"),
    ("INSERT INTO events SELECT * FROM events LIMIT 1", "1 events are in it twice"),
    (
        "INSERT INTO kept_versions SELECT 'learners', json_array(id), 1, 'pc', '[]',"
        " json_object('id', id, 'name', 'Evil', 'code_hash', 'scrypt$2$1$1$00$00') FROM learners",
        "in learners, the code_hash of",
    ),
    ("INSERT INTO kept_versions VALUES ('learners', '[]', 1, 'pc', '[]', '{}')", "its kept versions"),
]


@pytest.mark.parametrize(("sql", "reason"), PAYLOAD_CHANGES)
def test_every_value_is_checked_even_in_a_bundle_sealed_with_the_centre_key(
    tmp_path: Path, sql: str, reason: str
) -> None:
    _, b, _, bundle = two_pcs(tmp_path)
    params = ("x" * 101,) if "?" in sql else ()
    changed = rewrite(bundle, tmp_path / "changed.zip", lambda db: db.execute(sql, params))
    before = dump(b)
    with pytest.raises(BundleError, match=reason.replace("(", r"\(").replace("$", r"\$")):
        import_progress(b, changed)
    assert dump(b) == before


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"since": 10**6}, "since"),
        ({"since": -2}, "since"),
        ({"schema": "9"}, "schema"),
        ({"learner": 5}, "learner"),
        ({"have": {"pc": "1"}}, "have"),
        ({"have": []}, "have"),
        ({"pc": ""}, "pc"),
        ({"counter": True}, "counter"),
        ({"made_at": "Tuesday"}, "made_at"),
        ({"counts": {"events": -1}}, "counts"),
    ],
)
def test_every_manifest_field_is_checked(tmp_path: Path, fields: dict[str, object], name: str) -> None:
    _, b, _, bundle = two_pcs(tmp_path)
    changed = rewrite(bundle, tmp_path / "changed.zip", lambda db: None, **fields)
    assert str(refused(b, changed, BundleRefusal.MANIFEST_FIELD)) == (
        f"This bundle's manifest is damaged: its {name} is not valid."
    )


def test_a_refused_bundle_does_not_stop_the_others_of_a_batch(tmp_path: Path) -> None:
    a, _, learner, bundle = two_pcs(tmp_path)
    hub = open_pc(tmp_path, "hub")
    assign(a, add_class(a, "Evening"), "passwords", 1)
    weak = rewrite(
        bundle,
        tmp_path / "weak.zip",
        lambda db: db.execute("UPDATE learners SET code_hash = ?", (weak_hash("1"),)),
    )
    forged = forge(
        bundle, tmp_path / "forged.zip", lambda db: db.execute("UPDATE learners SET name = 'Evil'")
    )
    good = export_progress(a, tmp_path / "a2.zip").path
    results = import_all(hub, [weak, forged, good])
    reasons = [result.reason if isinstance(result, BundleError) else "imported" for _, result in results]
    assert reasons == [BundleRefusal.RECORD_FIELD, BundleRefusal.CHANGED, "imported"]
    assert isinstance(results[2][1], Imported) and results[2][1].events_added == 3
    assert hub.query("SELECT name FROM learners")[0]["name"] == "Sokha"
    assert events_of(hub, learner) == events_of(a, learner)


def test_a_centre_key_is_read_out_in_groups_and_a_typo_is_caught() -> None:
    code = new_code()
    assert len(code) == 20 and set(code) <= set(ALPHABET)
    assert not set(ALPHABET) & set("01OILUSZB"), "no look-alikes"
    assert parse_code(shown(code).lower()) == parse_code(" ".join(shown(code).split("-"))) == code
    for place in range(20):
        for other in ALPHABET.replace(code[place], ""):
            with pytest.raises(CodeError, match="typing mistake"):
                parse_code(code[:place] + other + code[place + 1 :])
    for place in range(19):
        swapped = code[:place] + code[place + 1] + code[place] + code[place + 2 :]
        if swapped != code:
            with pytest.raises(CodeError, match="typing mistake"):
                parse_code(swapped)
    with pytest.raises(CodeError, match="has 20 letters and digits; this one has 19"):
        parse_code(code[:19])
    with pytest.raises(CodeError, match="A centre key has no “O”"):
        parse_code("O" + code[1:])
    looks_alike = code.replace("5", "S").replace("2", "Z").replace("8", "B")
    assert parse_code(looks_alike) == code, "S, Z and B are read as the digits they look like"


def test_the_key_is_derived_not_stored_as_typed_and_two_codes_give_two_keys(tmp_path: Path) -> None:
    pc = open_pc(tmp_path, "pc", centre=None)
    code = new_code()
    key = set_centre_key(pc, shown(code))
    assert centre_key(pc) == key and key.code == code
    assert len(key.mac_key) == 32 and key.mac_key != code.encode()
    assert key.fingerprint != CentreKey(new_code()).fingerprint
    assert is_own_hash(hash_code("123")) and not is_own_hash(weak_hash("123"))
