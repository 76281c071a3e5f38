"""The progress bundle file: a zip with `manifest.json` and `progress.sqlite`.

The manifest says which PC made the bundle, its counter then, which of its events the bundle
holds (those it received after `since`; -1 means all), what that PC has of other PCs
(`have`), the schema version, which centre key sealed it and the seal: an HMAC-SHA256
(Python's `hmac`) over the manifest and the payload, under the centre key
(trainer/store/centre_key.py). Only a PC that has the key can make a bundle another accepts.
The payload is an SQLite file with the tables events, learners, classes, assignments and
kept_versions, so that an import is a few SQL statements. It is stored uncompressed, which
keeps imports fast. Opening a bundle checks the seal, then every field, before anything is
imported.
"""

from __future__ import annotations

import hmac
import json
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from trainer.files import written_atomically
from trainer.store.centre_key import CentreKey
from trainer.sync.manifest import Manifest, checked_manifest
from trainer.sync.payload import EVENT_COLUMNS, KEPT_COLUMNS, check_payload
from trainer.sync.refusal import BundleError, BundleRefusal

FORMAT = "khmer-trainer-progress"
MANIFEST, PAYLOAD = "manifest.json", "progress.sqlite"
SUFFIX = ".progress.zip"
SEAL = "hmac-sha256:"
_CHUNK = 1 << 20
__all__ = ["EVENT_COLUMNS", "KEPT_COLUMNS", "Bundle", "Manifest", "opened", "write_bundle"]


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    payload: Path
    """The payload, checked, in a temporary folder that goes when the bundle is closed."""


def _sealed_text(document: dict[str, object]) -> bytes:
    """Every field of the manifest but the seal, in one fixed spelling."""
    fields = {name: value for name, value in document.items() if name != "seal"}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def write_bundle(out: Path, manifest: Manifest, payload: Path, key: CentreKey) -> None:
    """Write the bundle beside its place, flushed to the stick, then renamed: a half-written file
    (a USB stick pulled out) never has the bundle's name."""
    document: dict[str, object] = {**asdict(manifest), "format": FORMAT, "centre": key.fingerprint}
    seal = key.sealer()
    seal.update(_sealed_text(document))
    with payload.open("rb") as file:
        while chunk := file.read(_CHUNK):
            seal.update(chunk)
    document["seal"] = SEAL + seal.hexdigest()
    with written_atomically(out) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST, json.dumps(document, indent=1, ensure_ascii=False))
        archive.write(payload, PAYLOAD)


@contextmanager
def opened(path: Path, key: CentreKey | None) -> Iterator[Bundle]:
    """A checked bundle; BundleError with the reason when it cannot be imported."""
    with tempfile.TemporaryDirectory(prefix="trainer-bundle-") as folder:
        payload = Path(folder) / PAYLOAD
        document = _unpack(path, payload, key)
        manifest = checked_manifest(document)
        check_payload(payload)
        yield Bundle(manifest, payload)


def _unpack(path: Path, payload: Path, key: CentreKey | None) -> dict[str, object]:
    """The manifest's fields, once the seal shows that this centre made the bundle as it is."""
    try:
        with zipfile.ZipFile(path) as archive:
            document = _manifest_document(archive)
            seal = _sealer(document, key)
            with archive.open(PAYLOAD) as source, payload.open("wb") as target:
                while chunk := source.read(_CHUNK):
                    seal.update(chunk)
                    target.write(chunk)
    except FileNotFoundError:
        raise BundleError(BundleRefusal.NO_FILE, path=path) from None
    except (zipfile.BadZipFile, EOFError, KeyError, OSError) as error:
        raise BundleError(_unreadable(path, error)) from None
    if not hmac.compare_digest(SEAL + seal.hexdigest(), str(document["seal"])):
        raise BundleError(BundleRefusal.CHANGED)
    return document


def _sealer(document: dict[str, object], key: CentreKey | None) -> hmac.HMAC:
    if not isinstance(document.get("seal"), str):
        raise BundleError(BundleRefusal.NOT_SEALED)
    if key is None:
        raise BundleError(BundleRefusal.NO_CENTRE_KEY)
    if document.get("centre") != key.fingerprint:
        raise BundleError(BundleRefusal.OTHER_CENTRE)
    seal = key.sealer()
    seal.update(_sealed_text(document))
    return seal


def _unreadable(path: Path, error: Exception) -> BundleRefusal:
    if isinstance(error, KeyError):
        return BundleRefusal.NO_PROGRESS
    with path.open("rb") as file:
        zip_start = file.read(4) == b"PK\x03\x04"
    if isinstance(error, zipfile.BadZipFile) and "CRC" in str(error):
        return BundleRefusal.DAMAGED
    return BundleRefusal.INCOMPLETE if zip_start else BundleRefusal.NOT_A_BUNDLE


def _manifest_document(archive: zipfile.ZipFile) -> dict[str, object]:
    try:
        document = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError):
        raise BundleError(BundleRefusal.NO_MANIFEST) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(BundleRefusal.NOT_A_BUNDLE)
    return document
