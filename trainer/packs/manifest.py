"""The manifest: what a pack holds, who signed it, and each file's SHA-256 and size."""

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from trainer.packs.keys import KeyFileError, PublicKey, parse_public_key
from trainer.packs.refusal import PackRefusal, PackRefusedError
from trainer.packs.version import parse_version

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")


@dataclass(frozen=True)
class PackedFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackedModule:
    id: str
    title: dict[str, str]
    translations: dict[str, str]
    """Review status per language: "draft" or "reviewed"."""


@dataclass(frozen=True)
class PackedCurriculum:
    id: str
    title: dict[str, str]
    modules: tuple[PackedModule, ...]


@dataclass(frozen=True)
class Manifest:
    name: str
    """The pack's name; a newer pack of the same name replaces the installed one."""
    content_version: str
    signer: PublicKey
    curricula: tuple[PackedCurriculum, ...]
    files: tuple[PackedFile, ...]

    def to_json(self) -> bytes:
        return json.dumps({"format": FORMAT, **asdict(self)}, ensure_ascii=False, indent=1).encode("utf-8")


def signer_of(data: bytes) -> PublicKey:
    """Only the signer, to check the signature before trusting anything else in the manifest."""
    try:
        signer = json.loads(data)["signer"]
        return parse_public_key(f"trainer-ed25519 {signer['key']} {signer['name']}")
    except (ValueError, KeyError, TypeError, KeyFileError) as error:
        raise PackRefusedError(PackRefusal.NOT_A_PACK, "its list of files cannot be read") from error


def read_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data)
        if raw["format"] != FORMAT:
            raise PackRefusedError(
                PackRefusal.NOT_A_PACK, f"it is made for another trainer (format {raw['format']})"
            )
        manifest = Manifest(
            name=_text(raw["name"]),
            content_version=_text(raw["content_version"]),
            signer=signer_of(data),
            curricula=tuple(_curriculum(item) for item in raw["curricula"]),
            files=tuple(
                PackedFile(_text(f["path"]), _text(f["sha256"]), _size(f["size"])) for f in raw["files"]
            ),
        )
        parse_version(manifest.content_version)
    except (ValueError, KeyError, TypeError) as error:
        raise PackRefusedError(PackRefusal.NOT_A_PACK, "its list of files cannot be read") from error
    if not NAME_PATTERN.fullmatch(manifest.name):
        raise PackRefusedError(
            PackRefusal.NOT_A_PACK, f"its name '{manifest.name}' is not letters, digits and dashes"
        )
    return manifest


def _curriculum(raw: Any) -> PackedCurriculum:
    modules = tuple(
        PackedModule(_text(m["id"]), _texts(m["title"]), _texts(m["translations"])) for m in raw["modules"]
    )
    return PackedCurriculum(_text(raw["id"]), _texts(raw["title"]), modules)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {value!r}")
    return value


def _size(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(f"expected a size, not {value!r}")
    return value


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TypeError(f"expected texts per language, not {value!r}")
    return {_text(key): _text(text) for key, text in value.items()}
