"""Small settings of this PC, stored as JSON values."""

import json
from typing import Any

from trainer.store.database import Database

DEFAULTS: dict[str, Any] = {"idle_minutes": 10}


def get_setting(database: Database, key: str) -> Any:
    rows = database.query("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(rows[0]["value"]) if rows else DEFAULTS[key]


def set_setting(database: Database, key: str, value: Any) -> None:
    with database.writing() as db:
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")
