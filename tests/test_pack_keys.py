"""Editors make keys and packs from the command line; facilitators choose which keys to trust."""

import subprocess
import sys
from pathlib import Path

import pytest

from trainer.packs.keys import KeyFileError, load_signer, make_key_pair, read_public_key
from trainer.packs.trust import distrust, project_key, trust, trusted_key_set, trusted_keys
from trainer.packs.unpack import open_pack
from trainer.store.database import Database

from .pack_builder import QUIZ, content_copy, editor, entries_of

ROOT = Path(__file__).parent.parent


def trainer(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_keygen_says_where_the_private_key_is_and_to_keep_it_off_shared_pcs(tmp_path: Path) -> None:
    result = trainer("content", "keygen", "--out", "keys", "--name", "Sokha, Battambang", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "private key: keys/sokha-battambang.key" in result.stdout
    assert "never on a shared PC" in result.stdout
    assert (tmp_path / "keys/sokha-battambang.key").stat().st_mode & 0o077 == 0
    assert read_public_key(tmp_path / "keys/sokha-battambang.pub").name == "Sokha, Battambang"
    again = trainer("content", "keygen", "--out", "keys", "--name", "Sokha, Battambang", cwd=tmp_path)
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_pack_writes_a_signed_pack_that_a_pc_trusting_the_key_opens(tmp_path: Path) -> None:
    content_copy(tmp_path / "content", "2026.12.1")
    make_key_pair(tmp_path / "keys", "Sokha")
    result = trainer(
        "content", "pack", "content/basics", "--key", "keys/sokha.key", "-o", "usb/basics.pack", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "pack 'basics', content version 2026.12.1" in result.stdout
    assert "basics/passwords: en reviewed, km draft" in result.stdout
    public = read_public_key(tmp_path / "keys/sokha.pub")
    pack = open_pack(tmp_path / "usb/basics.pack", tmp_path / "data", {public.key})
    assert pack.manifest.signer == public
    assert [module.id for module in pack.library.modules] == ["passwords"]
    assert {packed.path for packed in pack.manifest.files} >= {"VERSION", "basics/curriculum.yaml", QUIZ}
    assert set(entries_of(tmp_path / "usb/basics.pack")) == {
        "manifest.json",
        "manifest.sig",
        *(packed.path for packed in pack.manifest.files),
    }


def test_pack_refuses_content_with_problems_and_writes_nothing(tmp_path: Path) -> None:
    content = content_copy(tmp_path / "content", "2026.12.1")
    quiz = content / QUIZ
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("answer: head", "answer: heart"), encoding="utf-8"
    )
    make_key_pair(tmp_path / "keys", "Sokha")
    result = trainer(
        "content", "pack", "content/basics", "--key", "keys/sokha.key", "-o", "b.pack", cwd=tmp_path
    )
    assert result.returncode == 1
    assert f"{QUIZ}:58: answer 'heart' is not among the options" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["content", "keys"]


def test_pack_refuses_content_without_a_version(tmp_path: Path) -> None:
    (content_copy(tmp_path / "content", "2026.12.1") / "VERSION").unlink()
    signer = editor(tmp_path / "keys")
    from trainer.packs.build import PackingError, build_pack

    with pytest.raises(PackingError, match="VERSION is missing"):
        build_pack(tmp_path / "content/basics", signer, tmp_path / "b.pack")
    assert not (tmp_path / "b.pack").exists()


def test_a_private_key_needs_its_own_public_key_beside_it(tmp_path: Path) -> None:
    first, _ = make_key_pair(tmp_path, "First")
    _, second_public = make_key_pair(tmp_path, "Second")
    first.with_suffix(".pub").write_bytes(second_public.read_bytes())
    with pytest.raises(KeyFileError, match="does not belong"):
        load_signer(first)


def test_the_project_key_is_trusted_from_the_start_and_its_private_key_is_not_in_the_repository(
    database: Database,
) -> None:
    (built_in,) = trusted_keys(database)
    assert built_in.built_in and built_in.public == project_key()
    tracked = subprocess.run(
        ["git", "ls-files", "*.key"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert tracked == ""


def test_a_facilitator_adds_and_removes_keys(database: Database, tmp_path: Path) -> None:
    sokha = editor(tmp_path, "Sokha").public
    assert sokha.key not in trusted_key_set(database)
    trust(database, sokha)
    assert [key.public.name for key in trusted_keys(database)] == [project_key().name, "Sokha"]
    with pytest.raises(ValueError, match="already trusted, as 'Sokha'"):
        trust(database, sokha)
    distrust(database, sokha)
    assert sokha.key not in trusted_key_set(database)
    with pytest.raises(ValueError, match="stays trusted"):
        distrust(database, project_key())
    assert project_key().key in trusted_key_set(database)


def test_a_file_that_is_not_a_public_key_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "notes.pub"
    path.write_text("ssh-ed25519 AAAA me@laptop\n", encoding="utf-8")
    with pytest.raises(KeyFileError, match="should start with 'trainer-ed25519'"):
        read_public_key(path)
