"""`python -m trainer progress export|import|kept`, run as a facilitator would run them."""

import subprocess
import sys
from pathlib import Path

from trainer.store.centre_key import shown
from trainer.store.database import Database
from trainer.store.events import record

from .progress_stores import CENTRE, T0, add_learner, change, mastery, open_pc
from .test_progress_bundles import bundle_of, rewrite


def trainer(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(data), "progress", *args],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip


def a_pc_with_a_learner(folder: Path) -> tuple[Database, str]:
    database = open_pc(folder.parent, folder.name)
    learner = add_learner(database, "Sokha")
    for event in mastery(learner, T0):
        record(database, event)
    return database, learner


def test_export_then_import_with_messages_and_exit_codes(tmp_path: Path) -> None:
    database, learner = a_pc_with_a_learner(tmp_path / "a")
    database.close()
    bundle = tmp_path / "usb" / "a.progress.zip"
    bundle.parent.mkdir()
    exported = trainer(tmp_path / "a", "export", "--out", str(bundle))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith(f"Wrote {bundle}: 6 events (all events), 1 learners")
    assert trainer(tmp_path / "b", "centre-key", "join", shown(CENTRE).lower()).returncode == 0
    imported = trainer(tmp_path / "b", "import", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert "6 new events (0 already here)" in imported.stdout and "learners: 1 new" in imported.stdout
    again = trainer(tmp_path / "b", "import", str(bundle))
    assert "0 new events (6 already here)" in again.stdout
    one = trainer(tmp_path / "a", "export", "--out", str(tmp_path / "one.zip"), "--learner", learner)
    assert one.returncode == 0 and f"all events of learner {learner}" in one.stdout


def test_a_refused_bundle_says_why_and_exits_1(tmp_path: Path) -> None:
    database, _ = a_pc_with_a_learner(tmp_path / "a")
    database.close()
    bundle = tmp_path / "a.zip"
    trainer(tmp_path / "a", "export", "--out", str(bundle), "--all")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundle.read_bytes()[:300])
    trainer(tmp_path / "b", "centre-key", "join", CENTRE)
    refused = trainer(tmp_path / "b", "import", str(cut))
    assert refused.returncode == 1
    assert "incomplete: the file was cut short" in refused.stderr and "Nothing was changed." in refused.stderr
    missing = trainer(tmp_path / "a", "export", "--out", str(tmp_path / "x.zip"), "--learner", "nobody")
    assert missing.returncode == 1 and "no learner nobody" in missing.stderr
    unwritable = trainer(tmp_path / "a", "export", "--out", str(tmp_path / "no" / "such" / "folder.zip"))
    assert unwritable.returncode == 1 and "cannot write" in unwritable.stderr


def test_a_refusal_is_printed_in_english_with_its_count(tmp_path: Path) -> None:
    database, _ = a_pc_with_a_learner(tmp_path / "a")
    bundle = bundle_of(database, tmp_path / "a.zip")
    database.close()
    odd = rewrite(bundle, tmp_path / "odd.zip", lambda db: db.execute("UPDATE events SET verb = 'exploded'"))
    trainer(tmp_path / "b", "centre-key", "join", CENTRE)
    refused = trainer(tmp_path / "b", "import", str(odd))
    assert refused.returncode == 1
    assert refused.stderr == (
        f"refused {odd}: This bundle holds 6 events this trainer cannot read. Nothing was changed.\n"
    )


def test_kept_versions_are_listed(tmp_path: Path) -> None:
    a, learner = a_pc_with_a_learner(tmp_path / "a")
    a.close()
    trainer(tmp_path / "a", "export", "--out", str(tmp_path / "a1.zip"))
    trainer(tmp_path / "b", "centre-key", "join", CENTRE)
    trainer(tmp_path / "b", "import", str(tmp_path / "a1.zip"))
    assert "No kept versions" in trainer(tmp_path / "b", "kept").stdout
    for name, folder in (("Sokha A", "a"), ("Sokha B", "b")):
        pc = open_pc(tmp_path, folder)
        change(pc, "learners", learner, name=name)
        pc.close()
    trainer(tmp_path / "a", "export", "--out", str(tmp_path / "a2.zip"))
    imported = trainer(tmp_path / "b", "import", str(tmp_path / "a2.zip"))
    assert "1 records were changed on two PCs at once" in imported.stdout
    listed = trainer(tmp_path / "b", "kept").stdout
    assert listed.startswith(f"learners {learner} from PC ") and "name: 'Sokha" in listed


def test_importing_a_folder_imports_every_bundle_in_it_and_skips_this_pcs_own(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for pc in ("a", "b", "c"):
        database, _ = a_pc_with_a_learner(tmp_path / pc)
        database.close()
        exported = trainer(tmp_path / pc, "export", "--out", str(usb / f"{pc}.zip"), "--all")
        assert exported.returncode == 0, exported.stderr
    (usb / "notes.txt").write_text("from the three PCs", encoding="utf-8")
    imported = trainer(tmp_path / "c", "import", str(usb))
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr == ""
    assert f"{usb}: 3 progress files." in imported.stdout
    assert imported.stdout.count("6 new events (0 already here)") == 2
    assert f"skipped {usb / 'c.zip'}: it was made on this PC." in imported.stdout
    database = Database(tmp_path / "c" / "trainer.db")
    assert database.query("SELECT count(*) FROM learners")[0][0] == 3
    database.close()


def test_a_folder_with_no_bundles_is_named_without_a_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "usb"
    empty.mkdir()
    (empty / "notes.txt").write_text("nothing here", encoding="utf-8")
    result = trainer(tmp_path / "a", "import", str(empty))
    assert result.returncode == 1
    assert (
        result.stderr == f"error: the folder {empty} holds no progress files (*.zip)\nNothing was imported.\n"
    )


def test_a_facilitator_sets_up_the_centre_key_on_two_pcs(tmp_path: Path) -> None:
    database, _ = a_pc_with_a_learner(tmp_path / "a")
    database.close()
    bundle = tmp_path / "a.zip"
    first = trainer(tmp_path / "first", "centre-key", "new")
    assert first.returncode == 0 and first.stdout.startswith("Centre key: ")
    code = first.stdout.split()[2]
    assert len(code) == 24 and code.count("-") == 4, "five groups of four, to read out"
    assert trainer(tmp_path / "first", "centre-key", "show").stdout == f"Centre key: {code}\n"
    again = trainer(tmp_path / "first", "centre-key", "new")
    assert again.returncode == 1 and "add --replace" in again.stderr
    typo = code[:5] + ("X" if code[5] != "X" else "Y") + code[6:]
    mistyped = trainer(tmp_path / "other", "centre-key", "join", typo)
    assert mistyped.returncode == 1 and "typing mistake" in mistyped.stderr
    short = trainer(tmp_path / "other", "centre-key", "join", code[:-2])
    assert short.returncode == 1 and "20 letters and digits; this one has 18" in short.stderr
    nothing = trainer(tmp_path / "other", "centre-key", "show")
    assert nothing.returncode == 1 and "no centre key yet" in nothing.stdout
    joined = trainer(tmp_path / "other", "centre-key", "join", *code.split("-"))
    assert joined.returncode == 0 and code in joined.stdout
    trainer(tmp_path / "a", "export", "--out", str(bundle))
    refused = trainer(tmp_path / "other", "import", str(bundle))
    assert refused.returncode == 1 and "sealed with another centre key" in refused.stderr


def test_a_pc_without_the_centre_key_refuses_to_export_or_import_and_says_how_to_set_it_up(
    tmp_path: Path,
) -> None:
    database, _ = a_pc_with_a_learner(tmp_path / "a")
    database.close()
    open_pc(tmp_path, "lone", centre=None).close()
    bundle = tmp_path / "a.zip"
    trainer(tmp_path / "a", "export", "--out", str(bundle))
    for refused in (
        trainer(tmp_path / "lone", "export", "--out", str(tmp_path / "lone.zip")),
        trainer(tmp_path / "lone", "import", str(bundle)),
    ):
        assert refused.returncode == 1
        assert "This PC has no centre key yet." in refused.stderr
        assert "progress centre-key join CODE" in refused.stderr
    assert not (tmp_path / "lone.zip").exists()


def test_a_learner_moves_to_another_centre_with_a_transfer_code(tmp_path: Path) -> None:
    """The other centre has its own key: the learner's file is sealed with a one-off code,
    given with it, and refused without that code or with another."""
    database, learner = a_pc_with_a_learner(tmp_path / "kampot")
    database.close()
    open_pc(tmp_path, "takeo", centre=None).close()
    assert trainer(tmp_path / "takeo", "centre-key", "new").returncode == 0
    bundle = tmp_path / "sokha.zip"
    alone = trainer(tmp_path / "kampot", "export", "--out", str(bundle), "--transfer")
    assert alone.returncode == 1 and "add --learner ID" in alone.stderr
    made = trainer(tmp_path / "kampot", "export", "--out", str(bundle), "--learner", learner, "--transfer")
    assert made.returncode == 0, made.stderr
    code = made.stdout.split("Transfer code: ")[1].split(".")[0]
    refused = trainer(tmp_path / "takeo", "import", str(bundle))
    assert refused.returncode == 1 and "sealed with another centre key" in refused.stderr
    other = trainer(tmp_path / "takeo", "import", str(bundle), "--code", shown(CENTRE))
    assert other.returncode == 1 and "another centre key" in other.stderr
    mistyped = trainer(tmp_path / "takeo", "import", str(bundle), "--code", code[:-1])
    assert mistyped.returncode == 1 and "Nothing was imported." in mistyped.stderr
    moved = trainer(tmp_path / "takeo", "import", str(bundle), "--code", code.lower())
    assert moved.returncode == 0, moved.stderr
    takeo = Database(tmp_path / "takeo" / "trainer.db")
    assert takeo.query("SELECT name FROM learners")[0][0] == "Sokha"
    assert takeo.query("SELECT count(*) FROM events")[0][0] == 6
    takeo.close()


def test_commands_write_what_they_did_to_the_data_folders_log(tmp_path: Path) -> None:
    """The log a facilitator sends to the programme shows an export on one PC and the import
    on the other, as the app's own log would."""
    database, _ = a_pc_with_a_learner(tmp_path / "a")
    database.close()
    bundle = tmp_path / "a.zip"
    assert trainer(tmp_path / "a", "export", "--out", str(bundle)).returncode == 0
    trainer(tmp_path / "b", "centre-key", "join", CENTRE)
    assert trainer(tmp_path / "b", "import", str(bundle)).returncode == 0
    exported = (tmp_path / "a" / "trainer.log").read_text(encoding="utf-8")
    imported = (tmp_path / "b" / "trainer.log").read_text(encoding="utf-8")
    assert f"INFO trainer: progress exported to {bundle}: 6 events" in exported
    assert f"INFO trainer: progress imported from {bundle}" in imported
    assert ": 6 new events, 0 known" in imported
