"""The facilitator's settings for this PC, stored as JSON values.

Each setting has a default and a parser that turns what a facilitator typed (on the command
line or in the settings screen) into a value, or refuses it with a reason.
"""

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from trainer import LANGUAGES
from trainer.store.database import Database

if TYPE_CHECKING:
    from trainer.course.model import MasteryRule, Module


def _whole_number(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    return parse


def _language(text: str) -> str:
    if text not in LANGUAGES:
        raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
    return text


def _mastery(text: str) -> str:
    """ "" keeps each module's own rule; "4/5" means 4 right among the last 5, for every module."""
    if not text:
        return ""
    correct, _, of = text.partition("/")
    if not (correct.isdigit() and of.isdigit() and 1 <= int(correct) <= int(of) <= 20):
        raise ValueError("must be empty (each module's own rule) or like 4/5, with 1 <= 4 <= 5 <= 20")
    return f"{int(correct)}/{int(of)}"


def _yes_no(text: str) -> bool:
    if text.lower() not in ("yes", "no", "true", "false"):
        raise ValueError("must be yes or no")
    return text.lower() in ("yes", "true")


def _centre(text: str) -> str:
    """The community centre's name, printed on reports and certificates."""
    name = " ".join(text.split())
    if len(name) > 80:
        raise ValueError("must be at most 80 characters")
    return name


PARSERS: dict[str, Callable[[str], Any]] = {
    "centre": _centre,
    "idle_minutes": _whole_number(1, 240),
    "language": _language,
    "mastery": _mastery,
    "skip_ahead": _yes_no,
}
DEFAULTS: dict[str, Any] = {
    "centre": "",
    "idle_minutes": 10,
    "language": "km",
    "mastery": "",
    "skip_ahead": True,
}


def _check_name(key: str) -> None:
    if key not in DEFAULTS:
        raise ValueError(f"unknown setting '{key}': use one of {', '.join(DEFAULTS)}")


def get_setting(database: Database, key: str) -> Any:
    _check_name(key)
    rows = database.query("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(rows[0]["value"]) if rows else DEFAULTS[key]


def set_setting(database: Database, key: str, text: str | int | bool) -> None:
    """Store a setting; a name or value out of range is refused with a reason, nothing stored."""
    _check_name(key)
    if isinstance(text, bool):
        text = "yes" if text else "no"
    try:
        value = PARSERS[key](str(text))
    except ValueError as error:
        raise ValueError(f"'{key}' {error}") from None
    with database.writing():
        database.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


def mastery_rule(database: Database, module: "Module") -> "MasteryRule":
    """The module's own rule, unless the facilitator set one for every module."""
    from trainer.course.model import MasteryRule  # not before the picker is shown

    override = get_setting(database, "mastery")
    if not override:
        return module.mastery
    correct, of = override.split("/")
    return MasteryRule(int(correct), int(of))
