"""A small JSON Schema checker for the keywords content/schema/*.json uses (jsonschema is not a dependency).

`KEYWORDS` lists what it understands; tests/test_schemas.py checks that the schemas use nothing else,
so a schema can never pass here by using a keyword this checker silently ignores.
"""

import re
from typing import Any

ANNOTATIONS = {"$schema", "title", "description", "$defs"}
KEYWORDS = ANNOTATIONS | {
    "$ref", "type", "properties", "required", "additionalProperties", "items", "enum", "const",
    "pattern", "minimum", "maximum", "minItems", "minLength", "allOf", "anyOf", "oneOf", "not", "if", "then",
}  # fmt: skip
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "null": lambda v: v is None,
}


def schema_errors(
    schema: dict[str, Any], value: Any, root: dict[str, Any] | None = None, at: str = ""
) -> list[str]:
    """Why `value` does not match `schema`, one message per mismatch, each with where it is."""
    root = root or schema
    found: list[str] = []
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        found += schema_errors(target, value, root, at)
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[kind](value) for kind in kinds):
            return [*found, f"{at or '/'}: {value!r} is not of type {schema['type']}"]
    if "enum" in schema and not any(_same(value, choice) for choice in schema["enum"]):
        found.append(f"{at}: {value!r} is not one of {schema['enum']}")
    if "const" in schema and not _same(value, schema["const"]):
        found.append(f"{at}: {value!r} is not {schema['const']!r}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{at}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            found.append(f"{at}: {value!r} is too short")
    if _TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{at}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{at}: {value} is above {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            found.append(f"{at}: fewer than {schema['minItems']} items")
        for index, item in enumerate(value):
            if "items" in schema:
                found += schema_errors(schema["items"], item, root, f"{at}/{index}")
    if isinstance(value, dict):
        found += _object_errors(schema, value, root, at)
    return found + _combined_errors(schema, value, root, at)


def _object_errors(schema: dict[str, Any], value: dict[str, Any], root: dict[str, Any], at: str) -> list[str]:
    found = [f"{at}: missing '{key}'" for key in schema.get("required", []) if key not in value]
    properties = schema.get("properties", {})
    for key, item in value.items():
        if key in properties:
            found += schema_errors(properties[key], item, root, f"{at}/{key}")
        elif schema.get("additionalProperties") is False:
            found.append(f"{at}: unexpected '{key}'")
        elif isinstance(schema.get("additionalProperties"), dict):
            found += schema_errors(schema["additionalProperties"], item, root, f"{at}/{key}")
    return found


def _combined_errors(schema: dict[str, Any], value: Any, root: dict[str, Any], at: str) -> list[str]:
    found: list[str] = []
    for part in schema.get("allOf", []):
        found += schema_errors(part, value, root, at)
    if "anyOf" in schema and all(schema_errors(part, value, root, at) for part in schema["anyOf"]):
        found.append(f"{at}: matches none of anyOf")
    if "oneOf" in schema and sum(not schema_errors(part, value, root, at) for part in schema["oneOf"]) != 1:
        found.append(f"{at}: does not match exactly one of oneOf")
    if "not" in schema and not schema_errors(schema["not"], value, root, at):
        found.append(f"{at}: matches what it must not")
    if "if" in schema and not schema_errors(schema["if"], value, root, at):
        found += schema_errors(schema.get("then", {}), value, root, at)
    return found


def _same(value: Any, expected: Any) -> bool:
    """JSON Schema equality: true is not 1."""
    return (
        type(value) is type(expected) and value == expected
        if isinstance(value, bool) or isinstance(expected, bool)
        else value == expected
    )
