"""Open a pack into a temporary folder and check everything before anything is installed.

Each check refuses with a `PackRefusedError` reason. On a refusal the temporary folder is removed,
so nothing is left outside it and the installed content is untouched.
"""

import hashlib
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path

from trainer.course.loader import load_library
from trainer.course.model import Library
from trainer.packs.installed import packs_folder, remove_leftovers
from trainer.packs.manifest import MANIFEST, SIGNATURE, Manifest, read_manifest, signer_of
from trainer.packs.refusal import PackRefusal, PackRefusedError
from trainer.packs.version import VERSION

Progress = Callable[[int, int], None]
CHUNK = 1 << 16
_WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10)),
}
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
"""What zipfile raises on a cut, corrupt, encrypted or oddly compressed pack."""


@dataclass(frozen=True)
class Limits:
    """Against zip bombs: a pack that would unpack to more than this is refused unread."""

    files: int = 5000
    total_bytes: int = 512 * 2**20
    ratio: int = 100
    """No file may unpack to more than `ratio` times its packed size ..."""
    ratio_from: int = 2**20
    """... once it is bigger than this (small text files may shrink a lot)."""
    manifest_bytes: int = 4 * 2**20


LIMITS = Limits()


@dataclass(frozen=True)
class CheckedPack:
    """A pack that passed every check, unpacked in its temporary folder, ready to install."""

    manifest: Manifest
    folder: Path
    library: Library


def open_pack(
    pack: Path,
    data_dir: Path,
    trusted: Collection[str],
    limits: Limits = LIMITS,
    progress: Progress | None = None,
) -> CheckedPack:
    """Check `pack` against the trusted keys (base64) and unpack it into a temporary folder."""
    remove_leftovers(data_dir)
    packs_folder(data_dir).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".incoming-", dir=packs_folder(data_dir)))
    try:
        with zipfile.ZipFile(pack) as archive:
            entries = _entries(archive, limits)
            manifest = _signed_manifest(archive, entries, trusted, folder, limits)
            _check_listing(manifest, entries)
            _extract(archive, manifest, folder, progress or (lambda done, total: None))
        return CheckedPack(manifest, folder, _validate(folder, manifest))
    except _DAMAGED as error:
        discard_folder(folder)
        raise PackRefusedError(PackRefusal.INCOMPLETE, str(error)) from error
    except BaseException:
        discard_folder(folder)
        raise


def discard_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def unsafe_path(name: str) -> bool:
    """A name that could land outside the pack's folder, or that Windows would read otherwise."""
    parts = name.split("/")
    return (
        not name
        or len(name) > 240
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(ord(character) < 32 for character in name)
        or any(part in ("", ".", "..") or part.endswith((" ", ".")) for part in parts)
        or any(part.split(".")[0].lower() in _WINDOWS_DEVICES for part in parts)
    )


def _entries(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """The files in the zip, after refusing unsafe names, links and anything too big."""
    infos = archive.infolist()
    if len(infos) > limits.files + 2:
        raise PackRefusedError(PackRefusal.TOO_BIG, f"more than {limits.files} files")
    entries: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename.removesuffix("/") if info.is_dir() else info.filename
        if unsafe_path(name):
            raise PackRefusedError(PackRefusal.UNSAFE_PATH, name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackRefusedError(PackRefusal.UNSAFE_PATH, f"{name} is a link")
        if name.casefold() in seen:
            raise PackRefusedError(PackRefusal.NAME_CLASH, _clash(name, infos))
        seen.add(name.casefold())
        total += info.file_size
        if total > limits.total_bytes:
            raise PackRefusedError(
                PackRefusal.TOO_BIG, f"it unpacks to more than {limits.total_bytes // 2**20} MB"
            )
        if info.file_size > max(limits.ratio_from, limits.ratio * info.compress_size):
            raise PackRefusedError(
                PackRefusal.TOO_BIG, f"{name} unpacks to over {limits.ratio} times its size"
            )
        if not info.is_dir():
            entries[name] = info
    return entries


def _clash(name: str, infos: list[zipfile.ZipInfo]) -> str:
    """The same name twice, or names that differ only in capitals (one file on Windows)."""
    names = sorted({n for i in infos if (n := i.filename.removesuffix("/")).casefold() == name.casefold()})
    if len(names) == 1:
        return f"{name} is there twice"
    return f"{' and '.join(names)} differ only in capitals, and Windows keeps one file for both"


def _signed_manifest(
    archive: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    trusted: Collection[str],
    folder: Path,
    limits: Limits,
) -> Manifest:
    """The manifest, once its signature checks out against a trusted key."""
    if MANIFEST not in entries:
        raise PackRefusedError(PackRefusal.NOT_A_PACK, "it has no list of its files")
    if entries[MANIFEST].file_size > limits.manifest_bytes:
        raise PackRefusedError(PackRefusal.TOO_BIG, "its list of files is too long")
    if SIGNATURE not in entries or entries[SIGNATURE].file_size > 1024:
        raise PackRefusedError(PackRefusal.UNSIGNED)
    data, signature = archive.read(MANIFEST), archive.read(SIGNATURE)
    signer = signer_of(data)
    if not signer.signed(data, signature):
        raise PackRefusedError(PackRefusal.CHANGED, "its list of files does not match its signature")
    if signer.key not in trusted:
        raise PackRefusedError(PackRefusal.UNTRUSTED, f"signed by {signer.name} (key {signer.fingerprint})")
    (folder / MANIFEST).write_bytes(data)
    (folder / SIGNATURE).write_bytes(signature)
    return read_manifest(data)


def _check_listing(manifest: Manifest, entries: dict[str, zipfile.ZipInfo]) -> None:
    """Exactly the files the manifest lists, each of the size it was signed with."""
    listed = {packed.path: packed for packed in manifest.files}
    if len(listed) != len(manifest.files):
        raise PackRefusedError(PackRefusal.NOT_A_PACK, "its list names a file twice")
    for path in listed:
        if unsafe_path(path) or path in (MANIFEST, SIGNATURE):
            raise PackRefusedError(PackRefusal.UNSAFE_PATH, path)
    stored = set(entries) - {MANIFEST, SIGNATURE}
    if missing := sorted(listed.keys() - stored):
        raise PackRefusedError(PackRefusal.MISSING_FILE, missing[0])
    if extra := sorted(stored - listed.keys()):
        raise PackRefusedError(PackRefusal.EXTRA_FILE, extra[0])
    for path, packed in listed.items():
        if entries[path].file_size < packed.size:
            raise PackRefusedError(PackRefusal.INCOMPLETE, f"{path} is shorter than when it was signed")
        if entries[path].file_size > packed.size:
            raise PackRefusedError(PackRefusal.CHANGED, path)


def _extract(archive: zipfile.ZipFile, manifest: Manifest, folder: Path, progress: Progress) -> None:
    """Unpack each listed file, stopping at its signed size, and compare its SHA-256."""
    for done, packed in enumerate(manifest.files, start=1):
        target = folder.joinpath(*packed.path.split("/"))
        if not target.resolve().is_relative_to(folder.resolve()):
            raise PackRefusedError(PackRefusal.UNSAFE_PATH, packed.path)
        digest, size = hashlib.sha256(), 0
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(packed.path) as member, target.open("xb") as out:
                while size <= packed.size and (chunk := member.read(CHUNK)):
                    size += len(chunk)
                    digest.update(chunk)
                    out.write(chunk)
        except (FileExistsError, NotADirectoryError, IsADirectoryError) as error:
            raise PackRefusedError(
                PackRefusal.NAME_CLASH, f"{packed.path} and a folder or file of the same name"
            ) from error
        if size < packed.size:
            raise PackRefusedError(
                PackRefusal.INCOMPLETE, f"{packed.path} is shorter than when it was signed"
            )
        if size > packed.size or digest.hexdigest() != packed.sha256:
            raise PackRefusedError(PackRefusal.CHANGED, packed.path)
        progress(done, len(manifest.files))


def _validate(folder: Path, manifest: Manifest) -> Library:
    """The content must load without a single problem, and hold what the manifest says."""
    version = (folder / VERSION).read_text(encoding="utf-8", errors="replace").strip()
    if version != manifest.content_version:
        raise PackRefusedError(PackRefusal.INVALID_CONTENT, f"its VERSION file says '{version}'")
    library = load_library([folder])
    if library.problems:
        first = [str(replace(p, path=p.path.relative_to(folder))) for p in library.problems[:3]]
        raise PackRefusedError(PackRefusal.INVALID_CONTENT, "; ".join(first))
    listed = {module.id for curriculum in manifest.curricula for module in curriculum.modules}
    if not listed or {module.id for module in library.modules} != listed:
        raise PackRefusedError(PackRefusal.INVALID_CONTENT, "its modules are not the ones its list names")
    return library
