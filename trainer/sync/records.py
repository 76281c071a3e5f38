"""Merge versioned learners, classes and assignments from another PC.

Each record is the set of its versions that no other known version replaced (its "heads"):
usually one. A version replaces the versions in its history. When two PCs changed a record
at the same time there are two heads: the newer (counter, PC id) is the record, and the
other is kept in `kept_versions` for the facilitator to see, never dropped. The heads
depend only on which versions were seen, so the order of imports does not matter.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from trainer.store.versions import KEYS, Version, history_of, history_text, key_where, observe

if TYPE_CHECKING:
    from trainer.store.database import Database

LOCAL_COLUMNS = {"learners": ("failed_tries", "lockouts", "locked_until")}
"""Columns about this PC only (wrong codes typed here): never sent, never overwritten."""
VERSION_COLUMNS = ("version_counter", "version_pc", "version_history")


@dataclass(frozen=True)
class Copy:
    """One version of a record, with the versions it replaced and its values."""

    version: Version
    history: frozenset[Version]
    content: dict[str, Any]

    def replaces(self, other: Copy) -> bool:
        return other.version in self.history


@dataclass
class Merged:
    added: int = 0
    updated: int = 0
    kept: int = 0
    """Losing versions newly kept for the facilitator."""


def shared_columns(database: Database, table: str, schema: str = "main") -> list[str]:
    """The columns of a versioned table that travel between PCs."""
    names = [row[1] for row in database.execute(f"PRAGMA {schema}.table_info({table})")]
    local = (*LOCAL_COLUMNS.get(table, ()), *VERSION_COLUMNS)
    return [name for name in names if name not in local]


def record_key(values: Sequence[Any]) -> str:
    """A record's key as text, the same as SQLite's json_array() makes."""
    return json.dumps(list(values), separators=(",", ":"), ensure_ascii=False)


def _current(database: Database, table: str, key: Sequence[Any], columns: Sequence[str]) -> Copy | None:
    row = database.execute(
        f"SELECT {', '.join((*VERSION_COLUMNS, *columns))} FROM {table} WHERE {key_where(table)}", tuple(key)
    ).fetchone()
    if row is None:
        return None
    return Copy(Version(row[0], row[1]), history_of(row[2]), dict(zip(columns, row[3:], strict=True)))


def _kept(database: Database, table: str, key: str) -> list[Copy]:
    rows = database.execute(
        "SELECT version_counter, version_pc, version_history, content FROM kept_versions"
        " WHERE kind = ? AND record_key = ?",
        (table, key),
    )
    return list(kept_copies(rows))


def merge(database: Database, table: str, incoming: Copy, columns: Sequence[str], merged: Merged) -> None:
    """Take one version of a record from another PC into this one."""
    observe(database, incoming.version.counter)
    key_values = [incoming.content[name] for name in KEYS[table]]
    key = record_key(key_values)
    current = _current(database, table, key_values, columns)
    heads = ([current] if current else []) + _kept(database, table, key)
    if any(incoming.version == head.version or head.replaces(incoming) for head in heads):
        return  # known already, or replaced by a version known here
    heads = [head for head in heads if not incoming.replaces(head)] + [incoming]
    winner = max(heads, key=lambda copy: copy.version)
    losers = [head for head in heads if head is not winner]
    if winner is incoming:
        _write(database, table, incoming, columns, key_values, exists=current is not None)
        if current is None:
            merged.added += 1
        else:
            merged.updated += 1
    database.execute("DELETE FROM kept_versions WHERE kind = ? AND record_key = ?", (table, key))
    for loser in losers:
        database.execute(
            "INSERT INTO kept_versions VALUES (?, ?, ?, ?, ?, ?)",
            (table, key, loser.version.counter, loser.version.pc, history_text(loser.history),
             json.dumps(loser.content, ensure_ascii=False, sort_keys=True)),
        )  # fmt: skip
    newly_kept = [loser for loser in losers if loser is incoming or loser is current]
    merged.kept += sum(1 for loser in newly_kept if loser.content != winner.content)


def _write(
    database: Database,
    table: str,
    copy: Copy,
    columns: Sequence[str],
    key: Sequence[Any],
    exists: bool,
) -> None:
    columns = [name for name in columns if name in copy.content]  # a bundle may lack newer columns
    values = (
        copy.version.counter,
        copy.version.pc,
        history_text(copy.history),
        *(copy.content[c] for c in columns),
    )
    names = (*VERSION_COLUMNS, *columns)
    if exists:
        assignments = ", ".join(f"{name} = ?" for name in names)
        database.execute(f"UPDATE {table} SET {assignments} WHERE {key_where(table)}", (*values, *key))
    else:
        database.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values
        )


def copies(rows: Iterable[Sequence[Any]], columns: Sequence[str]) -> Iterable[Copy]:
    """Versions from rows of (version_counter, version_pc, version_history, *columns)."""
    for row in rows:
        yield Copy(
            Version(int(row[0]), str(row[1])), history_of(row[2]), dict(zip(columns, row[3:], strict=True))
        )


def kept_copies(rows: Iterable[Sequence[Any]]) -> Iterable[Copy]:
    """Versions from kept_versions rows of (version_counter, version_pc, version_history, content)."""
    for counter, pc, history, content in rows:
        yield Copy(Version(int(counter), str(pc)), history_of(history), json.loads(content))
