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
