"""Signed packs: a good one installs and loads; each hostile one is refused and changes nothing."""

import shutil
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.course.loader import load_library
from trainer.course.model import Library
from trainer.packs.build import build_pack
from trainer.packs.install import Status, changes, install, remove
from trainer.packs.installed import installed_folders, installed_packs
from trainer.packs.keys import Signer
from trainer.packs.refusal import PackRefusal, PackRefusedError
from trainer.packs.unpack import LIMITS, Limits, open_pack
from trainer.resources import bundled_content

from .conftest import FIXTURE_CONTENT, edit_file
from .pack_builder import QUIZ, editor, make_pack, rewrite, snapshot


@pytest.fixture
def signer(tmp_path: Path) -> Signer:
    return editor(tmp_path / "keys")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def data(tmp_path: Path, signer: Signer, usb: Path) -> Path:
    """A data folder with version 2026.12.1 of the test module installed."""
    folder = tmp_path / "data"
    pack = open_pack(make_pack(usb, signer, "2026.12.1", "Installed title"), folder, {signer.public.key})
    install(pack, folder, _library(folder))
    return folder


def _library(data: Path) -> Library:
    return load_library([FIXTURE_CONTENT, *installed_folders(data)])


def _title(data: Path) -> str:
    module = _library(data).module("passwords")
    assert module is not None
    return module.title["en"]


def assert_refused(
    pack: Path, data: Path, signer: Signer, reason: PackRefusal, limits: Limits = LIMITS
) -> str:
    """Opening `pack` is refused for `reason`; the data folder is exactly as before."""
    before = snapshot(data)
    with pytest.raises(PackRefusedError) as refusal:
        open_pack(pack, data, {signer.public.key}, limits)
    assert refusal.value.reason is reason, str(refusal.value)
    assert snapshot(data) == before
    assert _title(data) == "Installed title"
    return str(refusal.value)


def test_a_good_pack_installs_and_its_module_loads_after_the_bundled_content(
    data: Path, signer: Signer, usb: Path
) -> None:
    pack = open_pack(make_pack(usb, signer, "2026.12.2", "Newer title"), data, {signer.public.key})
    assert [change.status for change in changes(pack, _library(data))] == [Status.NEWER]
    install(pack, data, _library(data))
    library = load_library([bundled_content(), *installed_folders(data)])
    assert library.problems == ()
    module = library.module("passwords")
    assert module is not None and module.title["en"] == "Newer title"
    assert [path.name for path in (data / "content").iterdir() if path.is_dir()] == [
        installed_folders(data)[0].name
    ]


def test_removing_a_pack_brings_back_the_bundled_module_and_deletes_its_folder(data: Path) -> None:
    [pack] = installed_packs(data)
    remove(data, pack.name)
    assert installed_packs(data) == [] and not pack.folder.exists()
    assert _title(data) == "Strong passwords"
    with pytest.raises(KeyError):
        remove(data, pack.name)


def test_an_installed_module_replaces_the_bundled_one_with_the_same_id(
    tmp_path: Path, signer: Signer
) -> None:
    source = tmp_path / "source"
    (source / "online-safety").mkdir(parents=True)
    (source / "VERSION").write_text("2099.1.1\n", encoding="utf-8")
    bundled = bundled_content() / "online-safety"
    shutil.copy(bundled / "curriculum.yaml", source / "online-safety")
    module = source / "online-safety/b2-spot-the-fake-message"
    shutil.copytree(bundled / module.name, module)
    edit_file(module / "module.yaml", "Spot the fake message", "Spot fakes in 2099")
    build_pack(module, signer, tmp_path / "b2.pack")
    before = load_library([bundled_content()])
    pack = open_pack(tmp_path / "b2.pack", tmp_path / "data", {signer.public.key})
    assert [change.status for change in changes(pack, before)] == [Status.NEWER]
    install(pack, tmp_path / "data", before)
    after = load_library([bundled_content(), *installed_folders(tmp_path / "data")])
    assert after.problems == ()
    assert [m.id for m in after.modules] == [m.id for m in before.modules]
    replaced = after.module("spot-the-fake-message")
    assert replaced is not None and replaced.title["en"] == "Spot fakes in 2099"


def test_an_unsigned_pack_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    pack = rewrite(make_pack(usb, signer), lambda entries: entries.pop("manifest.sig"))
    assert "not signed" in assert_refused(pack, data, signer, PackRefusal.UNSIGNED)


def test_a_pack_signed_by_an_untrusted_key_is_refused(
    data: Path, signer: Signer, usb: Path, tmp_path: Path
) -> None:
    stranger = editor(tmp_path / "stranger", "Stranger")
    message = assert_refused(make_pack(usb, stranger, "2026.12.5"), data, signer, PackRefusal.UNTRUSTED)
    assert f"signed by Stranger (key {stranger.public.fingerprint})" in message


def test_a_file_changed_after_signing_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    def tamper(entries: dict[str, bytes]) -> None:
        entries[QUIZ] = entries[QUIZ].replace(b"answer: head", b"answer: hand")

    message = assert_refused(rewrite(make_pack(usb, signer), tamper), data, signer, PackRefusal.CHANGED)
    assert QUIZ in message


def test_a_manifest_changed_after_signing_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    def tamper(entries: dict[str, bytes]) -> None:
        entries["manifest.json"] = entries["manifest.json"].replace(b"2026.12.1", b"2026.12.9")

    message = assert_refused(rewrite(make_pack(usb, signer), tamper), data, signer, PackRefusal.CHANGED)
    assert "signature" in message


def test_a_missing_file_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    pack = rewrite(make_pack(usb, signer), lambda entries: entries.pop(QUIZ))
    assert QUIZ in assert_refused(pack, data, signer, PackRefusal.MISSING_FILE)


def test_an_extra_file_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    def add(entries: dict[str, bytes]) -> None:
        entries["basics/m1-passwords/images/extra.svg"] = b"<svg/>"

    pack = rewrite(make_pack(usb, signer), add)
    assert "extra.svg" in assert_refused(pack, data, signer, PackRefusal.EXTRA_FILE)


ESCAPES = [
    "../outside.txt",
    "basics/../../outside.txt",
    "{tmp}/outside.txt",
    "C:/outside.txt",
    "..\\outside.txt",
]


@pytest.mark.parametrize("name", ESCAPES)
def test_a_path_escaping_the_folder_is_refused_even_when_signed(
    data: Path, signer: Signer, usb: Path, tmp_path: Path, name: str
) -> None:
    name = name.format(tmp=tmp_path.as_posix())

    def add(entries: dict[str, bytes]) -> None:
        entries[name] = b"written outside"

    assert_refused(rewrite(make_pack(usb, signer), add, signer), data, signer, PackRefusal.UNSAFE_PATH)
    assert not list(tmp_path.rglob("outside.txt"))


def _twice(pack: Path, name: str, also: str) -> Path:
    """The pack with one more entry named `also`, beside the entry `name` (the same name, or
    one that differs only in capitals): a zip can hold both."""
    with zipfile.ZipFile(pack) as archive:
        data = archive.read(name)
    out = pack.with_name(f"twice-{pack.name}")
    shutil.copy(pack, out)
    with warnings.catch_warnings(), zipfile.ZipFile(out, "a") as archive:
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name, and writes it
        archive.writestr(also, data + b"<!-- the second copy -->")
    return out


@pytest.mark.parametrize("also", [QUIZ, QUIZ.upper(), "basics/m1-passwords/Quiz.yaml"])
def test_two_files_of_the_same_name_are_refused_with_their_own_reason(
    data: Path, signer: Signer, usb: Path, also: str
) -> None:
    message = assert_refused(_twice(make_pack(usb, signer), QUIZ, also), data, signer, PackRefusal.NAME_CLASH)
    assert message.startswith("Two files in the pack have the same name, so one would replace the other.")
    assert "outside" not in message
    if also == QUIZ:
        assert message.endswith(f"Details: {QUIZ} is there twice")
    else:
        assert f"{QUIZ} and {also}" in message or f"{also} and {QUIZ}" in message
        assert "differ only in capitals, and Windows keeps one file for both" in message


def test_a_file_named_like_a_folder_of_the_pack_is_a_name_clash(
    data: Path, signer: Signer, usb: Path
) -> None:
    def add(entries: dict[str, bytes]) -> None:
        entries[f"{QUIZ}/inside.svg"] = b"<svg/>"

    message = assert_refused(
        rewrite(make_pack(usb, signer), add, signer), data, signer, PackRefusal.NAME_CLASH
    )
    assert QUIZ in message and "outside" not in message


def test_a_symlink_in_the_pack_is_refused(data: Path, signer: Signer, usb: Path, tmp_path: Path) -> None:
    pack = rewrite(
        make_pack(usb, signer),
        lambda entries: None,
        links={"basics/m1-passwords/images/x.svg": "/etc/passwd"},
    )
    assert "link" in assert_refused(pack, data, signer, PackRefusal.UNSAFE_PATH)


def _bomb(entries: dict[str, bytes]) -> None:
    entries["basics/m1-passwords/images/bomb.svg"] = bytes(50 * 2**20)


@pytest.mark.parametrize(
    ("change", "limits", "words"),
    [
        (_bomb, LIMITS, "times its size"),
        (lambda entries: None, Limits(total_bytes=2_000), "unpacks to more than"),
        (lambda entries: None, Limits(files=5), "more than 5 files"),
    ],
    ids=["compression-ratio", "total-size", "file-count"],
)
def test_a_zip_bomb_is_refused_before_unpacking(
    data: Path,
    signer: Signer,
    usb: Path,
    change: Callable[[dict[str, bytes]], None],
    limits: Limits,
    words: str,
) -> None:
    pack = rewrite(make_pack(usb, signer), change, signer)
    assert words in assert_refused(pack, data, signer, PackRefusal.TOO_BIG, limits)


def test_a_truncated_pack_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    pack = make_pack(usb, signer)
    pack.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    assert "Copy it again" in assert_refused(pack, data, signer, PackRefusal.INCOMPLETE)


def test_a_file_cut_short_inside_the_pack_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    def cut(entries: dict[str, bytes]) -> None:
        entries[QUIZ] = entries[QUIZ][:100]

    message = assert_refused(rewrite(make_pack(usb, signer), cut), data, signer, PackRefusal.INCOMPLETE)
    assert f"{QUIZ} is shorter than when it was signed" in message


def test_a_pack_whose_content_fails_validation_is_refused_even_when_signed(
    data: Path, signer: Signer, usb: Path
) -> None:
    def break_quiz(entries: dict[str, bytes]) -> None:
        entries[QUIZ] = entries[QUIZ].replace(b"answer: head", b"answer: nowhere")

    pack = rewrite(make_pack(usb, signer), break_quiz, signer)
    message = assert_refused(pack, data, signer, PackRefusal.INVALID_CONTENT)
    assert f"{QUIZ}:58: answer 'nowhere' is not among the options" in message


def test_an_older_pack_is_shown_as_a_downgrade_and_refused_unless_confirmed(
    data: Path, signer: Signer, usb: Path
) -> None:
    pack = open_pack(make_pack(usb, signer, "2026.11.30", "Older title"), data, {signer.public.key})
    assert [change.status for change in changes(pack, _library(data))] == [Status.OLDER]
    installed = snapshot(data / "content" / installed_folders(data)[0].name)
    with pytest.raises(PackRefusedError) as refusal:
        install(pack, data, _library(data))
    assert refusal.value.reason is PackRefusal.DOWNGRADE
    assert "version 2026.11.30 would replace 2026.12.1" in str(refusal.value)
    assert snapshot(installed_folders(data)[0]) == installed
    assert _title(data) == "Installed title"
    install(pack, data, _library(data), allow_downgrade=True)
    assert _title(data) == "Older title"


def test_a_power_cut_before_the_switch_leaves_the_old_version_in_use(
    data: Path, signer: Signer, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rename is a step; the power goes off before the first, then before the second."""
    import os

    real_replace = os.replace
    installed = snapshot(installed_folders(data)[0])
    for renames_done in (0, 1):
        pack = open_pack(
            make_pack(usb, signer, "2026.12.3", f"New title {renames_done}"), data, {signer.public.key}
        )
        done = 0

        def replace_until_the_power_goes(source: str, target: str, cut_after: int = renames_done) -> None:
            nonlocal done
            if done == cut_after:
                raise SystemExit("power cut")
            done += 1
            real_replace(source, target)

        monkeypatch.setattr(os, "replace", replace_until_the_power_goes)
        with pytest.raises(SystemExit):
            install(pack, data, _library(data))
        monkeypatch.setattr(os, "replace", real_replace)
        assert _title(data) == "Installed title"
        assert snapshot(installed_folders(data)[0]) == installed
    pack = open_pack(
        make_pack(usb, signer, "2026.12.4", "After the power came back"), data, {signer.public.key}
    )
    install(pack, data, _library(data))
    assert _title(data) == "After the power came back"
    assert sorted(path.name for path in (data / "content").iterdir()) == sorted(
        ["installed.json", installed_folders(data)[0].name]
    )


def test_a_pack_that_is_not_a_zip_is_refused(data: Path, signer: Signer, usb: Path) -> None:
    pack = usb / "holiday-photos.pack"
    pack.write_bytes(b"\x89PNG not a zip at all")
    assert_refused(pack, data, signer, PackRefusal.INCOMPLETE)


def test_a_zip_without_a_manifest_is_not_a_pack(data: Path, signer: Signer, usb: Path) -> None:
    pack = usb / "other.pack"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "not a trainer pack" in assert_refused(pack, data, signer, PackRefusal.NOT_A_PACK)


def test_what_a_power_cut_while_unpacking_leaves_is_ignored_then_removed(
    data: Path, signer: Signer, usb: Path
) -> None:
    half_unpacked = data / "content" / ".incoming-cut"
    (half_unpacked / "basics").mkdir(parents=True)
    (half_unpacked / "basics" / "curriculum.yaml").write_text("format: 1\nid: bas", encoding="utf-8")
    assert _title(data) == "Installed title"
    assert half_unpacked not in installed_folders(data)
    pack = open_pack(make_pack(usb, signer, "2026.12.2"), data, {signer.public.key})
    assert not half_unpacked.exists()
    assert pack.folder.parent == data / "content"


def test_a_damaged_list_of_installed_packs_leaves_the_app_on_its_bundled_content(
    data: Path, signer: Signer
) -> None:
    (data / "content" / "installed.json").write_text('{"passwords": {"folder": "../../etc"', encoding="utf-8")
    assert installed_folders(data) == []
    (data / "content" / "installed.json").write_text(
        '{"passwords": {"folder": "../../etc", "version": "2026.12.1"}}', encoding="utf-8"
    )
    assert installed_folders(data) == []
    assert _title(data) == "Strong passwords"


def test_the_command_installs_lists_and_removes_a_trusted_pack(
    tmp_path: Path, signer: Signer, usb: Path
) -> None:
    from .test_cli import trainer

    data = tmp_path / "pc"
    content = ["--content", str(FIXTURE_CONTENT)]
    pack = make_pack(usb, signer, "2099.1.1", "Passphrases")
    untrusted = trainer("--data-dir", str(data), *content, "content", "install", str(pack))
    assert untrusted.returncode == 1 and "signed with a key this computer does not trust" in untrusted.stderr
    assert not (data / "content" / "installed.json").exists()
    [public] = (tmp_path / "keys").glob("*.pub")
    trusted = trainer("--data-dir", str(data), "content", "trust", str(public))
    assert trusted.returncode == 0 and "can now be installed on this PC" in trusted.stdout
    twice = trainer("--data-dir", str(data), "content", "trust", str(public))
    assert twice.returncode == 1 and "already trusted" in twice.stderr
    installed = trainer("--data-dir", str(data), *content, "content", "install", str(pack))
    assert installed.returncode == 0, installed.stderr
    assert "Installed 'passwords' 2099.1.1, signed by" in installed.stdout
    assert _title(data) == "Passphrases"
    older = make_pack(usb, signer, "2098.1.1", "Old")
    refused = trainer("--data-dir", str(data), *content, "content", "install", str(older))
    assert refused.returncode == 1 and _title(data) == "Passphrases"
    listed = trainer("--data-dir", str(data), "content", "installed")
    assert listed.stdout.splitlines() == ["passwords  2099.1.1"]
    removed = trainer("--data-dir", str(data), "content", "remove", "passwords")
    assert removed.returncode == 0 and _title(data) == "Strong passwords"
    again = trainer("--data-dir", str(data), "content", "remove", "passwords")
    assert again.returncode == 1 and "no pack 'passwords' is installed" in again.stderr
    assert "No packs are installed" in trainer("--data-dir", str(data), "content", "installed").stdout


def test_the_command_prints_a_refusal_in_english_with_what_was_found(tmp_path: Path) -> None:
    from .test_cli import trainer

    (tmp_path / "photo.pack").write_text("a holiday photo, renamed", encoding="utf-8")
    result = trainer("--data-dir", str(tmp_path / "pc"), "content", "install", str(tmp_path / "photo.pack"))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        "error: The pack file is damaged or incomplete. Copy it again from the editor."
        " Details: File is not a zip file\n"
    )


@pytest.mark.parametrize("given", ["missing.pack", "a-folder"])
def test_installing_a_missing_file_or_a_folder_says_so_in_one_line(tmp_path: Path, given: str) -> None:
    from .test_cli import trainer

    (tmp_path / "a-folder").mkdir()
    path = tmp_path / given
    result = trainer("--data-dir", str(tmp_path / "pc"), "content", "install", str(path))
    assert result.returncode == 1
    expected = {
        "missing.pack": f"error: {path} not found: check the name and where the file is",
        "a-folder": f"error: {path} is a folder: give the .pack file to install",
    }[given]
    assert result.stderr.splitlines() == [expected]
    assert result.stdout == ""
