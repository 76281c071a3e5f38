"""A bundle's manifest: which PC made it, how far, and what it holds; each field checked
before anything is imported."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from trainer.store.migrations import MIGRATIONS
from trainer.sync.refusal import BundleError, BundleRefusal

MAX_COUNTER = 2**62
"""The largest counter a bundle may carry: far beyond any real PC's, and far enough below
SQLite's largest integer that later changes still have room to count on."""
MAX_ID = 64


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


def is_id(value: object) -> bool:
    """A PC, learner, class or event id: text of 1 to 64 printable characters."""
    return isinstance(value, str) and 0 < len(value) <= MAX_ID and value.isprintable()


def is_count(value: object, low: int = 0, high: int = MAX_COUNTER) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def is_timestamp(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _counts_of(value: object, keys: Callable[[object], bool], low: int) -> bool:
    return isinstance(value, dict) and all(keys(k) and is_count(v, low) for k, v in value.items())


def checked_manifest(document: dict[str, object]) -> Manifest:
    """The manifest, when every field is what this trainer writes; otherwise BundleError
    naming the first field that is not."""
    schema = document.get("schema")
    if is_count(schema) and isinstance(schema, int) and schema > len(MIGRATIONS):
        raise BundleError(BundleRefusal.NEWER, theirs=schema, ours=len(MIGRATIONS))
    counter = document.get("counter")
    top = counter if is_count(counter) and isinstance(counter, int) else -1
    checks: dict[str, Callable[[object], bool]] = {
        "pc": is_id,
        "counter": is_count,
        "since": lambda value: is_count(value, -1, top),
        "schema": lambda value: is_count(value, 1, len(MIGRATIONS)),
        "made_at": is_timestamp,
        "learner": lambda value: value is None or is_id(value),
        "have": lambda value: _counts_of(value, is_id, -1),
        "counts": lambda value: _counts_of(value, lambda name: isinstance(name, str) and len(name) < 40, 0),
    }
    for name, check in checks.items():
        if not check(document.get(name)):
            raise BundleError(BundleRefusal.MANIFEST_FIELD, field=name)
    return Manifest(**{name: document.get(name) for name in checks})  # type: ignore[arg-type]
