"""The progress bundle file: a zip with `manifest.json` and `progress.sqlite`.

The manifest says which PC made the bundle, its counter then, which of its events the bundle
holds (those it received after `since`; -1 means all), what that PC has of other PCs
(`have`), the schema version, and a SHA-256 checksum over the manifest and the payload. The
payload is an SQLite file with the tables events, learners, classes, assignments and
kept_versions, so that an import is a few SQL statements. It is stored uncompressed, which
keeps imports fast. Opening a bundle checks all of this before anything is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from trainer.learning.events import Verb
from trainer.store.migrations import MIGRATIONS
from trainer.store.versions import KEYS
from trainer.sync.refusal import BundleError, Refusal

FORMAT = "khmer-trainer-progress"
MANIFEST, PAYLOAD = "manifest.json", "progress.sqlite"
SUFFIX = ".progress.zip"
EVENT_COLUMNS = ("id", "learner_id", "verb", "module_id", "object_id", "result", "context", "timestamp")
KEPT_COLUMNS = ("kind", "record_key", "version_counter", "version_pc", "version_history", "content")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    pc: str
    """The PC that made the bundle."""
    counter: int
    """That PC's counter when it made the bundle: the bundle has its events received up to it."""
    since: int
    """The bundle has that PC's events received after this counter; -1: all of them."""
    schema: int
    made_at: str
    learner: str | None = None
    """Set when the bundle carries one learner only."""
    have: dict[str, int] = field(default_factory=dict)
    """For each other PC, the counter up to which the maker has all of that PC's events."""
    counts: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    payload: Path
    """The payload, checked, in a temporary folder that goes when the bundle is closed."""


def checksum(manifest: Manifest, payload: Path) -> str:
    digest = hashlib.sha256(manifest.text().encode())
    with payload.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return f"sha256:{digest.hexdigest()}"


def write_bundle(out: Path, manifest: Manifest, payload: Path) -> None:
    """Write the bundle under a temporary name, then rename it, so that a half-written file
    (a USB stick pulled out) never has the bundle's name."""
    document = {**asdict(manifest), "format": FORMAT, "checksum": checksum(manifest, payload)}
    partial = out.with_name(out.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST, json.dumps(document, indent=1, ensure_ascii=False))
        archive.write(payload, PAYLOAD)
    os.replace(partial, out)


@contextmanager
def opened(path: Path) -> Iterator[Bundle]:
    """A checked bundle; BundleError with the reason when it cannot be imported."""
    with tempfile.TemporaryDirectory(prefix="trainer-bundle-") as folder:
        payload = Path(folder) / PAYLOAD
        manifest = _unpack(path, payload)
        _check_payload(payload)
        yield Bundle(manifest, payload)


def _unpack(path: Path, payload: Path) -> Manifest:
    try:
        with zipfile.ZipFile(path) as archive:
            document = _manifest_document(archive)
            manifest = _manifest(document)
            digest = hashlib.sha256(manifest.text().encode())
            with archive.open(PAYLOAD) as source, payload.open("wb") as target:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    target.write(chunk)
    except FileNotFoundError:
        raise BundleError(Refusal.NO_FILE, path=path) from None
    except (zipfile.BadZipFile, EOFError, KeyError, OSError) as error:
        raise BundleError(_unreadable(path, error)) from None
    if f"sha256:{digest.hexdigest()}" != document.get("checksum"):
        raise BundleError(Refusal.CHANGED)
    return manifest


def _unreadable(path: Path, error: Exception) -> Refusal:
    if isinstance(error, KeyError):
        return Refusal.NO_PROGRESS
    with path.open("rb") as file:
        zip_start = file.read(4) == b"PK\x03\x04"
    if isinstance(error, zipfile.BadZipFile) and "CRC" in str(error):
        return Refusal.DAMAGED
    return Refusal.INCOMPLETE if zip_start else Refusal.NOT_A_BUNDLE


def _manifest_document(archive: zipfile.ZipFile) -> dict[str, object]:
    try:
        document = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError):
        raise BundleError(Refusal.NO_MANIFEST) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(Refusal.NOT_A_BUNDLE)
    return document


def _manifest(document: dict[str, object]) -> Manifest:
    schema = document.get("schema")
    if isinstance(schema, int) and schema > len(MIGRATIONS):
        raise BundleError(Refusal.NEWER, theirs=schema, ours=len(MIGRATIONS))
    try:
        fields = {name: document[name] for name in Manifest.__dataclass_fields__ if name in document}
        manifest = Manifest(**fields)  # type: ignore[arg-type]
        valid = (
            isinstance(manifest.counter, int)
            and isinstance(manifest.since, int)
            and isinstance(manifest.have, dict)
        )
    except TypeError:
        valid = False
    if not valid:
        raise BundleError(Refusal.MANIFEST_DAMAGED)
    return manifest


def _check_payload(payload: Path) -> None:
    """The payload must be an SQLite file with the tables and columns a bundle has, and only
    events this trainer can read."""
    try:
        with closing(sqlite3.connect(f"file:{payload}?mode=ro", uri=True)) as db:
            required = {
                "events": EVENT_COLUMNS,
                "kept_versions": KEPT_COLUMNS,
                **{
                    table: (*key, "version_counter", "version_pc", "version_history")
                    for table, key in KEYS.items()
                },
            }
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table, columns in required.items():
                present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
                if table not in tables or not set(columns) <= present:  # a view would run its own SQL
                    raise BundleError(Refusal.TABLE_MISSING, table=table)
            verbs = ", ".join(f"'{verb.value}'" for verb in Verb)
            kinds = ", ".join(f"'{kind}'" for kind in KEYS)
            bad = db.execute(
                f"""SELECT
                    (SELECT count(*) FROM events WHERE verb NOT IN ({verbs})
                        OR CASE WHEN json_valid(result) THEN json_type(result) END IS NOT 'object'
                        OR CASE WHEN json_valid(context) THEN json_type(context) END IS NOT 'object'
                        OR julianday(timestamp) IS NULL OR learner_id NOT IN (SELECT id FROM learners)),
                    (SELECT count(*) FROM kept_versions WHERE kind NOT IN ({kinds})
                        OR CASE WHEN json_valid(content) THEN json_type(content) END IS NOT 'object')"""
            ).fetchone()
    except sqlite3.DatabaseError:
        raise BundleError(Refusal.UNREADABLE) from None
    if bad[0]:
        raise BundleError(Refusal.UNKNOWN_EVENTS, count=bad[0])
    if bad[1]:
        raise BundleError(Refusal.KEPT_DAMAGED)
