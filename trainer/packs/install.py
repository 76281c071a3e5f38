"""What a checked pack would add or update, and installing it in one atomic switch."""

import logging
import os
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from trainer.course.model import Library, Module
from trainer.files import sync_folder
from trainer.packs.installed import (
    flush_to_disk,
    packs_folder,
    read_index,
    remove_leftovers,
    write_index,
)
from trainer.packs.refusal import PackRefusal, PackRefusedError
from trainer.packs.unpack import CheckedPack
from trainer.packs.version import parse_version, read_version

log = logging.getLogger("trainer")


class Status(StrEnum):
    NEW = "new"
    NEWER = "newer"
    SAME = "same"
    OLDER = "older"


@dataclass(frozen=True)
class Change:
    module: Module
    """The module as the pack has it."""
    status: Status
    installed_version: str | None
    """The content version of the module this PC has now, if it has one."""


def content_version(module: Module) -> str | None:
    """The version of the content folder a module was loaded from (bundled or an installed pack)."""
    return read_version(module.folder.parent.parent)


def changes(pack: CheckedPack, library: Library) -> list[Change]:
    """For each module in the pack: new, or a newer, the same or an older version than `library`'s."""
    version = parse_version(pack.manifest.content_version)
    found: list[Change] = []
    for module in pack.library.modules:
        installed = library.module(module.id)
        if installed is None:
            found.append(Change(module, Status.NEW, None))
            continue
        now = content_version(installed)
        if now is None or parse_version(now) < version:
            status = Status.NEWER
        else:
            status = Status.SAME if parse_version(now) == version else Status.OLDER
        found.append(Change(module, status, now))
    return found


def install(pack: CheckedPack, data_dir: Path, library: Library, allow_downgrade: bool = False) -> Path:
    """Move the checked pack in beside the installed ones, then switch the index to it.

    An older version than the one in use is refused unless the facilitator confirmed it.
    Until the index is replaced the old version stays in use; the version it replaces is then
    removed. Returns the new pack's folder.
    """
    older = [change for change in changes(pack, library) if change.status is Status.OLDER]
    if older and not allow_downgrade:
        raise PackRefusedError(
            PackRefusal.DOWNGRADE,
            f"version {pack.manifest.content_version} would replace {older[0].installed_version}",
        )
    root = packs_folder(data_dir)
    name = pack.manifest.name
    final = root / f"{name}-{secrets.token_hex(4)}"
    flush_to_disk(pack.folder)
    os.replace(pack.folder, final)
    sync_folder(root)
    index = read_index(root)
    index[name] = {"folder": final.name, "version": pack.manifest.content_version}
    write_index(root, index)
    remove_leftovers(data_dir)
    log.info("pack %s version %s installed in %s", name, pack.manifest.content_version, final.name)
    return final


def remove(data_dir: Path, name: str) -> None:
    """Stop using an installed pack: its modules go back to the bundled version, or away if it
    brought them. Learners' records stay, so installing the pack again brings their progress
    back. The index is switched in one rename, then the folder is deleted. KeyError if no pack
    of that name is installed."""
    root = packs_folder(data_dir)
    index = read_index(root)
    del index[name]
    log.info("pack %s removed", name)
    write_index(root, index)
    remove_leftovers(data_dir)
