"""Who changed a shared record last: this PC's id and counter, and a version on each record.

Learners, classes and assignments each carry a version (counter, PC id). The counter is a
Lamport clock: every change on this PC takes the next value, and an import moves it past
every counter the bundle has seen, so a change made after seeing a version is always newer
than that version. A record also keeps the versions it replaced (its history): that tells an
edit made on top of another PC's version from one made beside it, at the same time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer.store.database import Database

KEYS: dict[str, tuple[str, ...]] = {
    "classes": ("id",),
    "learners": ("id",),
    "assignments": ("class_id", "module_id"),
}
"""The tables whose rows are versioned, in the order an import merges them, with their keys."""


@dataclass(frozen=True, order=True)
class Version:
    counter: int
    pc: str

    @classmethod
    def of(cls, pair: Sequence[Any]) -> Version:
        return cls(int(pair[0]), str(pair[1]))


def history_of(text: str) -> frozenset[Version]:
    return frozenset(Version.of(pair) for pair in json.loads(text))


def history_text(history: frozenset[Version]) -> str:
    return json.dumps([[v.counter, v.pc] for v in sorted(history)])


def this_pc(database: Database) -> tuple[str, int]:
    """This PC's id, made when its database was first opened, and its counter now."""
    pc, counter = database.execute("SELECT id, counter FROM this_pc").fetchone()
    return str(pc), int(counter)


def pc_id(database: Database) -> str:
    return str(database.query("SELECT id FROM this_pc")[0]["id"])


def tick(database: Database) -> int:
    """The next value of this PC's counter, for one change."""
    return int(database.execute("UPDATE this_pc SET counter = counter + 1 RETURNING counter").fetchone()[0])


def observe(database: Database, counter: int) -> None:
    """Move this PC's counter up to one seen elsewhere, so that later changes are newer."""
    database.execute("UPDATE this_pc SET counter = max(counter, ?)", (counter,))


def key_where(table: str) -> str:
    return " AND ".join(f"{name} = ?" for name in KEYS[table])


def stamp(database: Database, table: str, key: str | Sequence[str]) -> Version:
    """Give a learner, class or assignment a new version from this PC. Call it in the same
    transaction as every change to a row that other PCs should get."""
    values = (key,) if isinstance(key, str) else tuple(key)
    where = key_where(table)
    row = database.execute(
        f"SELECT version_counter, version_pc, version_history FROM {table} WHERE {where}", values
    ).fetchone()
    if row is None:
        raise KeyError(f"no row {values} in {table}")
    history = history_of(row[2]) | ({Version(row[0], row[1])} if row[0] else set())
    version = Version(tick(database), this_pc(database)[0])
    database.execute(
        f"UPDATE {table} SET version_counter = ?, version_pc = ?, version_history = ? WHERE {where}",
        (version.counter, version.pc, history_text(history), *values),
    )
    return version


@dataclass(frozen=True)
class KeptVersion:
    """A version that lost to a newer one made at the same time on another PC, kept for the
    facilitator to see."""

    kind: str
    """The table: learners, classes or assignments."""
    key: tuple[str, ...]
    version: Version
    content: dict[str, Any]
    """The losing values."""
    current: dict[str, Any]
    """The winning values, as they are now."""

    @property
    def differences(self) -> dict[str, tuple[Any, Any]]:
        """Each field that differs: (kept value, current value)."""
        return {
            name: (value, self.current.get(name))
            for name, value in self.content.items()
            if value != self.current.get(name)
        }


def kept_versions(database: Database) -> list[KeptVersion]:
    """Every kept losing version that differs from the record as it is now, newest first."""
    kept = []
    rows = database.query("SELECT * FROM kept_versions ORDER BY version_counter DESC, version_pc DESC")
    for row in rows:
        if row["kind"] not in KEYS:
            continue
        key = tuple(json.loads(row["record_key"]))
        content = json.loads(row["content"])
        now = database.query(f"SELECT * FROM {row['kind']} WHERE {key_where(row['kind'])}", key)
        current = {name: now[0][name] for name in content} if now else {}
        found = KeptVersion(
            row["kind"], key, Version(row["version_counter"], row["version_pc"]), content, current
        )
        if found.differences:
            kept.append(found)
    return kept
