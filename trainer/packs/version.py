"""Content versions such as `2026.11.1`, from the VERSION file at the top of a content folder."""

import re
from pathlib import Path

VERSION = "VERSION"


def parse_version(text: str) -> tuple[int, ...]:
    """`2026.11.1` as (2026, 11, 1), so that versions compare in the right order."""
    if not re.fullmatch(r"\d{1,9}(\.\d{1,9}){0,5}", text):
        raise ValueError(f"'{text}' is not a content version such as 2026.11.1")
    return tuple(int(part) for part in text.split("."))


def read_version(folder: Path) -> str | None:
    """The version in `folder`/VERSION, or None where there is none or it is not a version."""
    try:
        version = (folder / VERSION).read_text(encoding="utf-8").strip()
        parse_version(version)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return version
