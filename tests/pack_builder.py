"""Build real packs, good and hostile, for the pack tests."""

import hashlib
import json
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from trainer.packs.build import build_pack
from trainer.packs.keys import Signer, load_signer, make_key_pair

from .conftest import FIXTURE_CONTENT

QUIZ = "basics/m1-passwords/quiz.yaml"


def editor(folder: Path, name: str = "Sokha") -> Signer:
    private, _ = make_key_pair(folder, name)
    return load_signer(private)


def content_copy(root: Path, version: str) -> Path:
    """The test curriculum in `root`, with a VERSION file."""
    shutil.copytree(FIXTURE_CONTENT, root)
    (root / "VERSION").write_text(version + "\n", encoding="utf-8")
    return root


def make_pack(
    where: Path, signer: Signer, version: str = "2026.12.1", title: str = "Strong passwords"
) -> Path:
    """A good pack of the test module, at `version`, with its English title changed to `title`."""
    source = content_copy(where / f"source-{version}-{title.replace(' ', '-')}", version)
    module_yaml = source / "basics/m1-passwords/module.yaml"
    text = module_yaml.read_text(encoding="utf-8").replace("en: Strong passwords", f"en: {title}")
    module_yaml.write_text(text, encoding="utf-8")
    out = where / f"passwords-{version}-{title.replace(' ', '-')}.pack"
    build_pack(source / "basics/m1-passwords", signer, out)
    return out


def entries_of(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rewrite(
    pack: Path,
    change: Callable[[dict[str, bytes]], None],
    signer: Signer | None = None,
    links: dict[str, str] | None = None,
) -> Path:
    """The pack with its entries changed; re-signed by `signer` (listing every entry) if given.

    `links` adds symbolic-link entries (name: target), as a zip made on Linux can hold."""
    entries = entries_of(pack)
    change(entries)
    if signer is not None:
        _resign(entries, signer)
    out = pack.with_name(f"hostile-{pack.name}")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return out


def _resign(entries: dict[str, bytes], signer: Signer) -> None:
    manifest = json.loads(entries["manifest.json"])
    manifest["files"] = [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in entries.items()
        if name not in ("manifest.json", "manifest.sig")
    ]
    entries["manifest.json"] = json.dumps(manifest).encode("utf-8")
    entries["manifest.sig"] = signer.sign(entries["manifest.json"])


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) under `folder`."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(folder.rglob("*"))
    }
