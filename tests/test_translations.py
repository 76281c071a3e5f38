"""Every interface string has a Khmer translation, compiled, and drafts stay marked unfinished."""

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QTranslator

from trainer import resources

UI = Path(__file__).parent.parent / "trainer" / "ui"
ROOT = UI.parent.parent


def strings_in_code() -> set[tuple[str, str]]:
    found = set()
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
            for call in (node for node in ast.walk(cls) if isinstance(node, ast.Call)):
                if isinstance(call.func, ast.Attribute) and call.func.attr == "tr" and call.args:
                    text = call.args[0]
                    if isinstance(text, ast.Constant):
                        found.add((cls.name, text.value))
    return found


def test_every_interface_string_is_translated_and_compiled() -> None:
    translator = QTranslator()
    assert translator.load("trainer_km", str(resources.translations()))
    assert len(strings_in_code()) > 40
    missing = [
        (context, source)
        for context, source in sorted(strings_in_code())
        if not translator.translate(context, source)
    ]
    assert not missing, f"run pyside6-lupdate, translate, then pyside6-lrelease: {missing}"


def marked_texts() -> dict[Path, set[tuple[str, str]]]:
    """The texts each module marks with QT_TRANSLATE_NOOP("Context", "text"): the domain's refusals,
    and names of pages the interface translates later."""
    found: dict[Path, set[tuple[str, str]]] = {}
    for path in (ROOT / "trainer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, text = (
                    argument.value for argument in node.args if isinstance(argument, ast.Constant)
                )
                found.setdefault(path, set()).add((context, text))
    return found


def test_the_domains_refusals_are_translated_under_their_kind_and_lupdate_is_told_where() -> None:
    from .test_refusals import KINDS

    translator = QTranslator()
    assert translator.load("trainer_km", str(resources.translations()))
    marked = marked_texts()
    texts = set().union(*marked.values())
    assert {(kind.__name__, member.template) for kind in KINDS for member in kind} <= texts
    missing = [(context, text) for context, text in sorted(texts) if not translator.translate(context, text)]
    assert not missing, f"run pyside6-lupdate, translate, then pyside6-lrelease: {missing}"
    readme = (ROOT / "translations" / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "pyside6-lupdate" in line)
    named = {path for pattern in command.split() if pattern.endswith(".py") for path in ROOT.glob(pattern)}
    unnamed = [str(path.relative_to(ROOT)) for path in marked if path not in named]
    assert not unnamed, f"add them to the lupdate command in translations/README.md: {unnamed}"


def test_drafted_khmer_is_marked_unfinished() -> None:
    for catalogue in ("trainer_km.ts", "qtbase_km.ts"):
        tree = ElementTree.parse(resources.translations() / catalogue)
        for translation in tree.iter("translation"):
            assert translation.get("type") == "unfinished", "only a Khmer speaker's review finishes a string"


def test_qt_standard_buttons_have_khmer() -> None:
    translator = QTranslator()
    assert translator.load("qtbase_km", str(resources.translations()))
    assert translator.translate("QPlatformTheme", "Cancel") == "បោះបង់"
    assert translator.translate("QPlatformTheme", "OK") == "យល់ព្រម"
