"""Read YAML safely while keeping the line of every mapping and key, for precise errors."""

from pathlib import Path
from typing import Any

import yaml

from trainer.course.problems import Problems

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Map(dict[str, Any]):
    """A YAML mapping that remembers where it and each of its keys stand in the file."""

    line: int = 1
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class DuplicateKey(yaml.MarkedYAMLError):
    pass


class AliasUsed(yaml.MarkedYAMLError):
    pass


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Refuse aliases (`*name`): content never needs them, and a few nested ones can
        stand for billions of items (a "billion laughs" file) that would hang the app."""
        if node in self.constructed_objects:
            raise AliasUsed(
                problem="'&' and '*' (anchors and aliases) are not used in content files: write the text out",
                problem_mark=node.start_mark,
            )
        return super().construct_object(node, deep)


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Map:
    mapping = Map()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        if key in mapping:
            raise DuplicateKey(problem=f"key '{key}' appears twice", problem_mark=key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)


def read_yaml(path: Path, problems: Problems) -> Map | None:
    """The file's top mapping, or None with a problem when it is missing or malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.add(path, 1, f"{path.name} is missing")
        return None
    except UnicodeDecodeError as error:
        problems.add(path, _line_at(path.read_bytes(), error.start), "not saved as UTF-8")
        return None
    return parse_yaml(text, path, problems)


def parse_yaml(text: str, path: Path, problems: Problems) -> Map | None:
    """The top mapping of YAML text that is (or will be) the file at `path`."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = min(mark.line + 1, text.count("\n") + 1) if mark is not None else 1
        problems.add(path, line, f"cannot read YAML: {getattr(error, 'problem', error)}")
        return None
    except RecursionError:
        problems.add(path, 1, "cannot read YAML: lists or fields nested too deeply")
        return None
    if not isinstance(data, Map):
        problems.add(path, 1, "expected fields such as 'id: ...' at the top of the file")
        return None
    return data


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
