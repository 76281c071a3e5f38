"""Check a bundle's payload before anything of it is imported: its tables and columns, and
every value, so that a bundle with a bad one (a learner's code hash this trainer would not
make, a counter past any real one, an event with no learner) is refused, naming it."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from trainer.learning.events import Verb
from trainer.store.codes import is_own_hash
from trainer.store.versions import KEYS
from trainer.sync.manifest import is_count, is_id, is_timestamp
from trainer.sync.refusal import BundleError, BundleRefusal

EVENT_COLUMNS = ("id", "learner_id", "verb", "module_id", "object_id", "result", "context", "timestamp")
KEPT_COLUMNS = ("kind", "record_key", "version_counter", "version_pc", "version_history", "content")
Check = Callable[[Any], bool]


def _has_no_controls(value: str) -> bool:
    return not any(ord(character) < 32 or 0x7F <= ord(character) < 0xA0 for character in value)


def text(limit: int) -> Check:
    """Text that is not blank, up to `limit` characters, with no control characters."""
    return lambda value: (
        isinstance(value, str) and bool(value.strip()) and len(value) <= limit and _has_no_controls(value)
    )


def optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def is_flag(value: object) -> bool:
    return value in (0, 1) and not isinstance(value, float)


def is_date(value: object) -> bool:
    try:
        date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def is_history(value: object) -> bool:
    """A version history as versions.history_text writes it: [[counter, PC id], ...]."""
    try:
        pairs = json.loads(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return isinstance(pairs, list) and all(
        isinstance(pair, list) and len(pair) == 2 and is_count(pair[0]) and is_id(pair[1]) for pair in pairs
    )


_AVATAR = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
VERSION_FIELDS: dict[str, Check] = {
    "version_counter": is_count,
    "version_pc": is_id,
    "version_history": is_history,
}
FIELDS: dict[str, dict[str, Check]] = {
    "classes": {
        "id": is_id,
        "name": text(100),
        "codes_needed": is_flag,
        "archived": is_flag,
        "created_at": is_timestamp,
    },
    "learners": {
        "id": is_id,
        "name": text(100),
        "avatar": lambda value: isinstance(value, str) and _AVATAR.fullmatch(value) is not None,
        "code_hash": lambda value: value == "" or is_own_hash(value),
        "created_at": is_timestamp,
        "class_id": optional(is_id),
        "gender": lambda value: value in (None, "female", "male", "other"),
        "age_group": optional(text(40)),
        "consent": is_flag,
    },
    "assignments": {
        "class_id": is_id,
        "module_id": text(200),
        "position": lambda value: is_count(value, 0, 1_000_000),
        "target_date": optional(is_date),
        "removed": is_flag,
    },
}
"""What each column of a shared record may hold; a bundle's columns not named here are not
imported (trainer/sync/records.py takes only the columns this PC has)."""


def check_payload(payload: Path) -> None:
    """BundleError unless the payload is an SQLite file with the tables and columns a bundle
    has, only events this trainer can read, and records whose every value it accepts."""
    try:
        with closing(sqlite3.connect(f"file:{payload}?mode=ro", uri=True)) as db:
            _check_tables(db)
            _check_events(db)
            for table in KEYS:
                _check_records(db, table)
            _check_kept(db)
    except sqlite3.DatabaseError:
        raise BundleError(BundleRefusal.UNREADABLE) from None


def _check_tables(db: sqlite3.Connection) -> None:
    required = {
        "events": EVENT_COLUMNS,
        "kept_versions": KEPT_COLUMNS,
        **{table: (*key, *VERSION_FIELDS) for table, key in KEYS.items()},
    }
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, columns in required.items():
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if table not in tables or not set(columns) <= present:  # a view would run its own SQL
            raise BundleError(BundleRefusal.TABLE_MISSING, table=table)


def _json_object(column: str) -> str:
    return f"CASE WHEN json_valid({column}) THEN json_type({column}) END IS NOT 'object'"


def _text_of(column: str, limit: int) -> str:
    return f"typeof({column}) IS NOT 'text' OR length({column}) NOT BETWEEN 1 AND {limit}"


def _check_events(db: sqlite3.Connection) -> None:
    """In SQL, since a bundle may hold a million events."""
    verbs = ", ".join(f"'{verb.value}'" for verb in Verb)
    wrong = {
        "verb": f"verb IS NULL OR verb NOT IN ({verbs})",
        "id": _text_of("id", 64),
        "learner_id": "learner_id IS NULL OR learner_id NOT IN (SELECT id FROM learners)",
        "module_id": _text_of("module_id", 200),
        "object_id": _text_of("object_id", 300),
        "result": _json_object("result"),
        "context": _json_object("context"),
        "timestamp": "typeof(timestamp) IS NOT 'text' OR julianday(timestamp) IS NULL",
    }
    sums = ", ".join(f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)" for condition in wrong.values())
    counts = db.execute(f"SELECT {sums}, count(*) - count(DISTINCT id) FROM events").fetchone()
    for column, count in zip(wrong, counts, strict=False):
        if column == "verb" and count:
            raise BundleError(BundleRefusal.UNKNOWN_EVENTS, count=count)
        if count:
            raise BundleError(BundleRefusal.EVENT_FIELD, count=count, column=column)
    if counts[-1]:
        raise BundleError(BundleRefusal.EVENT_TWICE, count=counts[-1])


def _bad_field(table: str, values: Mapping[str, Any], checks: Mapping[str, Check]) -> str | None:
    """The first column whose value the checks refuse, if any."""
    for column, value in values.items():
        check = checks.get(column)
        if check is not None and not check(value):
            return column
    return None


def _key_of(table: str, values: Mapping[str, Any]) -> str:
    return " / ".join(str(values.get(name))[:MAX_KEY] for name in KEYS[table])


MAX_KEY = 64


def _refuse_bad(table: str, rows: Iterable[Mapping[str, Any]], checks: Mapping[str, Check]) -> None:
    for values in rows:
        if column := _bad_field(table, values, checks):
            raise BundleError(
                BundleRefusal.RECORD_FIELD, table=table, column=column, key=_key_of(table, values)
            )


def _check_records(db: sqlite3.Connection, table: str) -> None:
    cursor = db.execute(f"SELECT * FROM {table}")
    names = [column[0] for column in cursor.description]
    rows = (dict(zip(names, row, strict=True)) for row in cursor)
    _refuse_bad(table, rows, {**FIELDS[table], **VERSION_FIELDS})


def _check_kept(db: sqlite3.Connection) -> None:
    """Kept versions carry a record's values too, and one may win a later merge."""
    kept: dict[str, list[dict[str, Any]]] = {table: [] for table in KEYS}
    for kind, counter, pc, history, content in db.execute(
        "SELECT kind, version_counter, version_pc, version_history, content FROM kept_versions"
    ):
        try:
            values = json.loads(content) if isinstance(content, str) else None
        except ValueError:
            values = None
        if kind not in KEYS or not isinstance(values, dict) or not set(KEYS[kind]) <= set(values):
            raise BundleError(BundleRefusal.KEPT_DAMAGED)
        kept[kind].append(
            {**values, "version_counter": counter, "version_pc": pc, "version_history": history}
        )
    for table, rows in kept.items():
        _refuse_bad(table, rows, {**FIELDS[table], **VERSION_FIELDS})
