"""A mistake found in a content file, reported as ``path:line: message``."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    """0 for a problem of the whole file or folder."""
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class Problems(list[Problem]):
    """Collects problems while a file is read, so that reading can go on after one."""

    def add(self, path: Path, line: int, message: str) -> None:
        self.append(Problem(path, line, message))
