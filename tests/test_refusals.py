"""Every refusal is one value in the domain: a member of a kind with one English template, raised
with the fields its template names; `str()` of the error is the English text."""

import ast
import importlib
from pathlib import Path
from string import Formatter

import pytest

from trainer.messages import Refusal
from trainer.store.centre_key import CodeError, CodeProblem
from trainer.store.restore import RestoreError, RestoreRefusal

from .test_layers import PACKAGE, imported_modules


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in PACKAGE.rglob("*.py")}


TREES = _trees()


def _kinds() -> list[type[Refusal]]:
    """Every class of trainer that derives from Refusal, found in the source and imported."""
    kinds = []
    for path, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id == "Refusal" for base in node.bases
            ):
                module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
                kinds.append(getattr(importlib.import_module(module), node.name))
    return kinds


KINDS = _kinds()
BY_NAME = {kind.__name__: kind for kind in KINDS}


def _raise_sites() -> list[tuple[Path, int, Refusal, set[str]]]:
    """Each `SomethingError(Kind.MEMBER, ..., field=...)` in trainer: the member and the fields given."""
    sites = []
    for path, tree in TREES.items():
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            first = call.args[0] if call.args else None
            if (
                name.endswith("Error")
                and isinstance(first, ast.Attribute)
                and isinstance(first.value, ast.Name)
                and first.value.id in BY_NAME
            ):
                member = BY_NAME[first.value.id][first.attr]
                given = {keyword.arg for keyword in call.keywords if keyword.arg} - {"detail"}
                sites.append((path, call.lineno, member, given))
    return sites


SITES = _raise_sites()


def test_the_kinds_are_found_and_their_contexts_differ() -> None:
    names = {kind.__name__ for kind in KINDS}
    assert names == {
        "PackRefusal",
        "TrustRefusal",
        "BundleRefusal",
        "ConnectionProblem",
        "RestoreRefusal",
        "CodeProblem",
    }
    assert len(SITES) > 40


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.__name__)
def test_every_member_has_one_english_template_with_named_fields(kind: type[Refusal]) -> None:
    for member in kind:
        assert member.template.strip() and member.template.endswith((".", "?")), member
        fields = [name for _, name, _, _ in Formatter().parse(member.template)]
        assert "" not in fields, f"{member!r}: name each field, as {{count}}, not {{}}"
        assert all(name.isidentifier() for name in member.fields), member
        assert member.template.format(**dict.fromkeys(member.fields, "x")), member
    assert len({member.template for member in kind}) == len(kind), "two members with the same words"


def test_every_raise_site_gives_exactly_the_fields_its_template_names() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {member!r} needs {sorted(member.fields)},"
        f" given {sorted(given)}"
        for path, line, member, given in SITES
        if given != member.fields
    ]
    assert not wrong, "\n".join(wrong)


def test_every_member_with_fields_is_raised_with_them_and_every_member_is_used() -> None:
    raised = {member for _, _, member, _ in SITES}
    named = {
        (node.value.id, node.attr)
        for path, tree in TREES.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in BY_NAME
    }
    for kind in KINDS:
        for member in kind:
            assert (kind.__name__, member.name) in named, f"{member!r} is never used: remove it"
            if member.fields:
                assert member in raised, f"{member!r} names fields but is never raised with them"


def test_the_error_says_the_english_words_with_its_fields_and_detail() -> None:
    error = CodeError(CodeProblem.LENGTH, count=18)
    assert str(error) == "A centre key has 20 letters and digits; this one has 18."
    assert (error.reason, error.fields, error.detail) == (CodeProblem.LENGTH, {"count": 18}, "")
    assert isinstance(error, ValueError), "a mistyped key is still a ValueError for its callers"
    restore = RestoreError(RestoreRefusal.DAMAGED, Path("usb/trainer-backup.db"))
    assert str(restore) == "That backup is damaged. Try an older one. Details: usb/trainer-backup.db"
    assert restore.path == Path("usb/trainer-backup.db")


def test_the_bottom_module_imports_nothing_of_qt_or_the_trainer() -> None:
    assert not {
        name for name in imported_modules(PACKAGE / "messages.py") if name.startswith(("PySide6", "trainer"))
    }
