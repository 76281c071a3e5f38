"""The JSON Schemas in content/schema accept every real content file and catch editors' usual mistakes.

jsonschema checks the documents; a test here makes sure the schemas use no keyword that Draft 2020-12
does not define, since jsonschema silently ignores a misspelt one.
"""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, validators

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT

ROOT = Path(__file__).parent.parent
SCHEMAS = ROOT / "content" / "schema"
CONTENT_FOLDERS = (ROOT / "content", FIXTURE_CONTENT.parent, Path(__file__).parent / "fixtures" / "editor")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Draft 2020-12 counts 1.0 as an integer; YAML tells 1.0 from 1 and the loader refuses 1.0: so do the tests.
Validator = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)
    ),
)
# Keywords that are not validators of their own: `if` applies then/else; the rest only describe.
NOT_VALIDATORS = {"$schema", "$defs", "title", "description", "then", "else"}


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    return loaded


def schema_errors(schema: dict[str, Any], document: Any) -> list[str]:
    """Why `document` does not match `schema`, one line per mismatch: where it is, then what is wrong."""
    validator = Validator(schema, format_checker=Validator.FORMAT_CHECKER)
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(document)]


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
def test_the_schemas_are_draft_2020_12_and_use_only_its_keywords(name: str) -> None:
    assert schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator.check_schema(schema(name))
    assert _keywords(schema(name)) <= set(Validator.VALIDATORS) | NOT_VALIDATORS


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
    "a misspelt field": (
        QUIZ, "    prompt:", "    promt:",
        "$.questions[0]: Additional properties are not allowed ('promt' was unexpected)",
    ),
    "a missing translation": (
        QUIZ, "km: ខ្លីពេក ហើយសាមញ្ញពេក។", "kn: x",
        "$.questions[0].options[0].feedback: 'km' is a required property",
    ),
    "an unknown type": (QUIZ, "type: multiple", "type: essay", "$.questions[2].type: 'essay' is not one of"),
    "one answer for multiple": (
        QUIZ, "answer: [unique, twofa]", "answer: unique",
        "$.questions[2].answer: 'unique' is not of type 'array'",
    ),
    "a truefalse option that is neither": (
        QUIZ, "      - id: false", "      - id: maybe", "$.questions[1].options[1].id: 'maybe' is not one of"
    ),
    "an option without feedback": (
        QUIZ, "        feedback: {en: Too short and too common., km: ខ្លីពេក ហើយសាមញ្ញពេក។}\n", "",
        "$.questions[0].options[0]: 'feedback' is a required property",
    ),
    "a level out of range": (MODULE, "level: 1", "level: 4", "$.level: 4 is greater than the maximum of 3"),
    "a level with a decimal point": (
        MODULE, "level: 1", "level: 1.0", "$.level: 1.0 is not of type 'integer'"
    ),
    "a review status that is not a word we use": (
        MODULE, "km: draft}", "km: done}", "$.translations.km: 'done' is not one of"
    ),
    "an id with spaces": (
        MODULE, "id: passwords", "id: Strong passwords", "$.id: 'Strong passwords' does not match"
    ),
    "a web picture": (
        QUIZ, "image: images/lock.svg", "image: https://example.org/lock.svg",
        "$.questions[0].image: 'https://example.org/lock.svg' does not match",
    ),
    "shuffle that is not true or false": (
        QUIZ, "    answer: [unique, twofa]", "    answer: [unique, twofa]\n    shuffle: nope",
        "$.questions[2].shuffle: 'nope' is not of type 'boolean'",
    ),
    "shuffle on a truefalse question": (
        QUIZ, "    answer: false", "    answer: false\n    shuffle: false",
        "should not be valid under {'required': ['shuffle']}",
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


def test_a_bad_quiz_gets_one_line_per_mistake_saying_where_and_what() -> None:
    quiz = {
        "questions": [
            {"id": "strong", "type": "single", "prompt": {"en": "Which is strongest?"}, "answer": "long"},
            {
                "id": "otp",
                "type": "truefalse",
                "prompt": {"en": "Tell a caller your OTP?", "km": "ប្រាប់ OTP?"},
                "options": [
                    {"id": "maybe", "feedback": {"en": "No.", "km": "ទេ។"}},
                    {"id": False, "feedback": {"en": "Right.", "km": "ត្រូវ។"}},
                ],
                "answer": False,
            },
        ],
    }
    assert schema_errors(schema("quiz"), quiz) == [
        "$.questions[0].prompt: 'km' is a required property",
        "$.questions[0]: 'options' is a required property",
        "$.questions[1].options[0].id: 'maybe' is not one of [True, False, 'true', 'false']",
    ]
