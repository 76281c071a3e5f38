"""Build a signed pack from a module, a curriculum or a whole content folder."""

import hashlib
import zipfile
from pathlib import Path

from trainer.course.loader import load_library
from trainer.course.model import Library
from trainer.files import written_atomically
from trainer.packs.keys import Signer
from trainer.packs.manifest import (
    MANIFEST,
    NAME_PATTERN,
    SIGNATURE,
    Manifest,
    PackedCurriculum,
    PackedFile,
    PackedModule,
)
from trainer.packs.version import VERSION, parse_version


class PackingError(ValueError):
    """The content cannot be packed yet; the message says what to fix."""


def build_pack(source: Path, signer: Signer, out: Path) -> Manifest:
    """Validate `source`, then write it to `out` as a signed pack. Nothing is written on a problem."""
    library = load_library([source])
    if library.problems:
        lines = "\n".join(str(problem) for problem in library.problems)
        raise PackingError(f"fix these problems first, then pack again:\n{lines}")
    if not library.modules:
        raise PackingError(f"{source} holds no module: give a module or curriculum folder")
    root = library.curricula[0].folder.parent
    files = {VERSION: root / VERSION, **_content_files(library, root)}
    manifest = Manifest(
        name=_pack_name(source, library, out),
        content_version=_content_version(root),
        signer=signer.public,
        curricula=tuple(
            PackedCurriculum(
                c.id,
                dict(c.title),
                tuple(PackedModule(m.id, dict(m.title), dict(m.translations)) for m in c.modules),
            )
            for c in library.curricula
        ),
        files=tuple(_packed(path, source_file) for path, source_file in sorted(files.items())),
    )
    _write_zip(out, files, manifest, signer)
    return manifest


def _content_files(library: Library, root: Path) -> dict[str, Path]:
    """Each curriculum.yaml and every file of each module, by its path inside the pack."""
    found: dict[str, Path] = {}
    for curriculum in library.curricula:
        found[(curriculum.folder / "curriculum.yaml").relative_to(root).as_posix()] = (
            curriculum.folder / "curriculum.yaml"
        )
        for module in curriculum.modules:
            for path in sorted(module.folder.rglob("*")):
                relative = path.relative_to(root)
                if any(part.startswith(".") for part in relative.parts):
                    continue  # editors' and systems' hidden files: .git, .DS_Store, backups
                if path.is_symlink():
                    raise PackingError(f"{path} is a link: a pack holds only real files")
                if path.is_file():
                    found[relative.as_posix()] = path
    return found


def _pack_name(source: Path, library: Library, out: Path) -> str:
    """The module's or curriculum's id; for a whole content folder, the pack file's name."""
    if (source / "module.yaml").exists():
        name = library.modules[0].id
    elif (source / "curriculum.yaml").exists():
        name = library.curricula[0].id
    else:
        name = out.stem
    if not NAME_PATTERN.fullmatch(name):
        raise PackingError(f"'{name}' cannot name a pack: use letters, digits and dashes")
    return name


def _content_version(root: Path) -> str:
    try:
        version = (root / VERSION).read_text(encoding="utf-8").strip()
        parse_version(version)
    except FileNotFoundError as error:
        raise PackingError(
            f"{root / VERSION} is missing: write the content version in it, e.g. 2026.11.1"
        ) from error
    except ValueError as error:
        raise PackingError(f"{root / VERSION}: {error}") from error
    return version


def _packed(path: str, source: Path) -> PackedFile:
    data = source.read_bytes()
    return PackedFile(path, hashlib.sha256(data).hexdigest(), len(data))


def _write_zip(out: Path, files: dict[str, Path], manifest: Manifest, signer: Signer) -> None:
    """Write beside `out`, then rename: a half-written pack never carries the final name."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with written_atomically(out) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        data = manifest.to_json()
        archive.writestr(MANIFEST, data)
        archive.writestr(SIGNATURE, signer.sign(data))
        for path, source in sorted(files.items()):
            archive.write(source, path)
