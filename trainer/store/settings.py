"""Small settings of this PC, stored as JSON values."""

import json
from typing import Any

from trainer.store.database import Database

DEFAULTS: dict[str, Any] = {"idle_minutes": 10}
LIMITS: dict[str, tuple[int, int]] = {"idle_minutes": (1, 240)}
"""The whole numbers each setting accepts."""


def _check_name(key: str) -> None:
    if key not in DEFAULTS:
        raise ValueError(f"unknown setting '{key}': use one of {', '.join(DEFAULTS)}")


def get_setting(database: Database, key: str) -> Any:
    _check_name(key)
    rows = database.query("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(rows[0]["value"]) if rows else DEFAULTS[key]


def set_setting(database: Database, key: str, value: int) -> None:
    """Store a setting; a name or value out of range is refused with a reason, nothing stored."""
    _check_name(key)
    low, high = LIMITS[key]
    if not low <= value <= high:
        raise ValueError(f"'{key}' must be a whole number from {low} to {high}")
    with database.writing() as db:
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")
