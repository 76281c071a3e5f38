"""The JSON Schemas in content/schema accept every real content file and catch editors' usual mistakes.

jsonschema is not installed, so tests/schema_check.py checks the keywords the schemas use; a test
here makes sure the schemas use no keyword it does not understand.
"""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT
from .schema_check import ANNOTATIONS, KEYWORDS, schema_errors

ROOT = Path(__file__).parent.parent
SCHEMAS = ROOT / "content" / "schema"
CONTENT_FOLDERS = (ROOT / "content", FIXTURE_CONTENT.parent, Path(__file__).parent / "fixtures" / "editor")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    return loaded


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def content_files() -> list[Path]:
    found = [
        path
        for folder in CONTENT_FOLDERS
        for path in folder.rglob("*.yaml")
        if path.name in ("curriculum.yaml", "module.yaml", "quiz.yaml") and "templates" not in path.parts
    ]
    return sorted(found)


def test_there_are_files_of_every_kind_to_check() -> None:
    names = {path.name for path in content_files()}
    assert names == {"curriculum.yaml", "module.yaml", "quiz.yaml"}
    assert len(content_files()) >= 60


@pytest.mark.parametrize("path", content_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_bundled_and_fixture_file_matches_its_schema(path: Path) -> None:
    assert schema_errors(schema(path.stem), load(path)) == []


def _keywords(node: Any, in_names: bool = False) -> set[str]:
    """Every keyword a schema uses; the keys of `properties` and `$defs` are names, not keywords."""
    if isinstance(node, list):
        return set().union(*(_keywords(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    used = set() if in_names else set(node)
    for key, value in node.items():
        names = not in_names and key in ("properties", "$defs")
        if in_names or key not in ("enum", "const", "required"):
            used |= _keywords(value, names)
    return used


@pytest.mark.parametrize("name", ["curriculum", "module", "quiz"])
def test_the_schemas_use_only_keywords_the_checker_knows(name: str) -> None:
    assert _keywords(schema(name)) <= KEYWORDS
    assert schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert ANNOTATIONS <= KEYWORDS


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        return ({node["$ref"]} if "$ref" in node else set()) | set().union(*map(_refs, node.values()))
    if isinstance(node, list):
        return set().union(*map(_refs, node)) if node else set()
    return set()


@pytest.mark.parametrize("name", ["curriculum", "module", "quiz"])
def test_every_reference_names_a_definition(name: str) -> None:
    definitions = schema(name)["$defs"]
    assert {ref.removeprefix("#/$defs/") for ref in _refs(schema(name))} <= set(definitions)


QUIZ = FIXTURE_CONTENT / "basics" / "m1-passwords" / "quiz.yaml"
MODULE = FIXTURE_CONTENT / "basics" / "m1-passwords" / "module.yaml"

MISTAKES: dict[str, tuple[Path, str, str, str]] = {
    "a misspelt field": (QUIZ, "    prompt:", "    promt:", "unexpected 'promt'"),
    "a missing translation": (QUIZ, "km: ខ្លីពេក ហើយសាមញ្ញពេក។", "kn: x", "missing 'km'"),
    "an unknown type": (QUIZ, "type: multiple", "type: essay", "is not one of"),
    "one answer for multiple": (QUIZ, "answer: [unique, twofa]", "answer: unique", "is not of type array"),
    "a truefalse option that is neither": (QUIZ, "      - id: false", "      - id: maybe", "is not one of"),
    "an option without feedback": (
        QUIZ, "        feedback: {en: Too short and too common., km: ខ្លីពេក ហើយសាមញ្ញពេក។}\n", "",
        "missing 'feedback'",
    ),
    "a level out of range": (MODULE, "level: 1", "level: 4", "is above 3"),
    "a review status that is not a word we use": (MODULE, "km: draft}", "km: done}", "is not one of"),
    "an id with spaces": (MODULE, "id: passwords", "id: Strong passwords", "does not match"),
    "a web picture": (
        QUIZ, "image: images/lock.svg", "image: https://example.org/lock.svg", "does not match"
    ),
    "shuffle that is not true or false": (
        QUIZ, "    answer: [unique, twofa]", "    answer: [unique, twofa]\n    shuffle: nope",
        "is not of type boolean",
    ),
    "shuffle on a truefalse question": (
        QUIZ, "    answer: false", "    answer: false\n    shuffle: false", "matches what it must not"
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", MISTAKES, ids=list(MISTAKES))
def test_the_schema_catches_a_usual_mistake_as_the_loader_does(tmp_path: Path, case: str) -> None:
    from trainer.course.loader import load_library

    path, old, new, message = MISTAKES[case]
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    copy = tmp_path / "content"
    import shutil

    shutil.copytree(FIXTURE_CONTENT, copy)
    edited = copy / path.relative_to(FIXTURE_CONTENT)
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    errors = schema_errors(schema(path.stem), load(edited))
    assert any(message in error for error in errors), errors
    assert load_library([copy]).problems, "the loader must refuse what the schema refuses"


def test_the_types_fixture_shows_every_question_type() -> None:
    types = {
        question["type"] for path in TYPES_CONTENT.rglob("quiz.yaml") for question in load(path)["questions"]
    }
    bundled = {
        question["type"]
        for path in (ROOT / "content").rglob("quiz.yaml")
        for question in load(path)["questions"]
    }
    assert set(schema("quiz")["$defs"]["question"]["properties"]["type"]["enum"]) == types | bundled
