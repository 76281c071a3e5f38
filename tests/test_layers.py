"""The domain never imports Qt: content, learning and storage work without a display."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "trainer"
DOMAIN = ("course", "learning", "store", "sync", "packs")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", DOMAIN)
def test_domain_layer_never_imports_qt(layer: str) -> None:
    for path in (PACKAGE / layer).rglob("*.py"):
        offending = {name for name in imported_modules(path) if name.startswith(("PySide6", "trainer.ui"))}
        assert not offending, f"{path} imports {offending}"


def test_starting_the_app_loads_none_of_what_only_later_screens_need() -> None:
    """The picker is shown before these load (warm_up loads them once it is on screen): a
    restore's catch-up once pulled the review scheduler into start-up, 60 ms of a 400 ms start."""
    import subprocess
    import sys

    later = ("fsrs", "markdown", "yaml", "sqlite_utils", "PySide6.QtCharts", "trainer.store.projections")
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, trainer.ui.app; print(' '.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert [name for name in later if name in loaded] == []
