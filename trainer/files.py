"""Write a file so that a power cut or a failure leaves either the old file or the new one,
never half of one: write beside it, flush it to the disk, rename it over, flush the folder."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL = ".partial"
"""What a file being written is called until it is complete: the final name plus this."""


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """The path to write the new file at (a zip, a PDF, a database copy); once the block ends
    without an error, that file takes `path`'s place. On an error it is removed."""
    partial = path.with_name(path.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        yield partial
        flush_file(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    sync_folder(path.parent)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Text is written as UTF-8."""
    with written_atomically(path) as partial:
        partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def flush_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name == "posix":
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
