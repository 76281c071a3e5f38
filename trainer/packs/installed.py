"""Where installed packs live: `<data>/content/<name>-<random>/`, chosen by `installed.json`.

The index is the single switch between versions: it is replaced in one atomic rename, so a
power cut leaves either the old version in use or the new one complete, never a mix.
"""

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from trainer.files import PARTIAL, write_atomically
from trainer.packs.version import parse_version

INDEX = "installed.json"


@dataclass(frozen=True)
class InstalledPack:
    name: str
    version: str
    folder: Path


def packs_folder(data_dir: Path) -> Path:
    return data_dir / "content"


def installed_packs(data_dir: Path) -> list[InstalledPack]:
    """The packs in use, oldest content version first, so that newer ones load over older ones."""
    root = packs_folder(data_dir)
    packs = [
        InstalledPack(name, entry["version"], root / entry["folder"])
        for name, entry in read_index(root).items()
    ]
    return sorted(packs, key=lambda pack: (parse_version(pack.version), pack.name))


def installed_folders(data_dir: Path) -> list[Path]:
    """The content folders to load after the bundled content."""
    return [pack.folder for pack in installed_packs(data_dir) if pack.folder.is_dir()]


def read_index(root: Path) -> dict[str, dict[str, str]]:
    """The packs in use by name: their folder and version. An unreadable index counts as empty,
    so that the app still starts on its bundled content."""
    try:
        raw = json.loads((root / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return (
        {name: entry for name, entry in raw.items() if _well_formed(entry)} if isinstance(raw, dict) else {}
    )


def _well_formed(entry: object) -> bool:
    if not isinstance(entry, dict) or not isinstance(folder := entry.get("folder"), str):
        return False
    try:
        parse_version(str(entry.get("version")))
    except ValueError:
        return False
    return Path(folder).name == folder and not folder.startswith(".")


def write_index(root: Path, index: dict[str, dict[str, str]]) -> None:
    write_atomically(root / INDEX, json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True))


def flush_to_disk(folder: Path) -> None:
    """Make every file under `folder` survive a power cut: one `sync` on POSIX, else file by file."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb+") as file:
                os.fsync(file.fileno())


def remove_leftovers(data_dir: Path) -> None:
    """Remove what an interrupted install or a replaced version left: anything the index does not use."""
    root = packs_folder(data_dir)
    if not root.is_dir():
        return
    in_use = {entry["folder"] for entry in read_index(root).values()}
    for path in root.iterdir():
        if path.is_dir() and path.name not in in_use:
            shutil.rmtree(path, ignore_errors=True)
        elif path.name == INDEX + PARTIAL:
            path.unlink()
