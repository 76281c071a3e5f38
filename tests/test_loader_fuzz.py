"""Whatever an editor (or a hostile pack) puts in a content file, the loader reports problems with a
path and a line, and never raises.

Hypothesis feeds it mutated copies of the real fixture files, random YAML built from the content
format's own field names, and random text; a few hostile files are checked by name.
"""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.course.loader import load_library

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT

FIELDS = [
    "id", "type", "prompt", "options", "answer", "feedback", "text", "en", "km", "steps", "pairs",
    "regions", "choices", "next", "ending", "x", "y", "width", "height", "post", "post_is", "explanation",
    "image", "audio", "hint", "left", "right", "consequence", "questions", "title", "summary", "level",
    "minutes", "objectives", "digcomp", "prerequisites", "mastery", "correct", "of", "translations",
    "sources", "organisation", "confidence", "test", "format",
]  # fmt: skip
VALUES = [
    "single", "multiple", "truefalse", "scenario", "hotspot", "matching", "ordering", "reliability", "share",
    "technique", "draft", "reviewed", "pre", "good", "images/post.svg", "images/sms.svg", "../outside.svg",
    "/etc/passwd", "https://example.org/x.svg", "audio/none.ogg", "true", "ស្គាល់", "a b", "",
]  # fmt: skip
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Content:
    """A copy of the fixture content; each example changes one file and puts it back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".md"))

    def load_with(self, path: Path, data: bytes) -> None:
        original = path.read_bytes()
        path.write_bytes(data)
        try:
            library = load_library([path.parent])  # the module, or the curriculum and its modules
        finally:
            path.write_bytes(original)
        for problem in library.problems:
            assert problem.path.is_relative_to(self.root), problem
            assert problem.line >= 1 and problem.message, problem
            if problem.path == path:
                assert problem.line <= data.count(b"\n") + 1, problem


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Content]:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(FIXTURE_CONTENT / "basics", root / "basics")
    shutil.copytree(TYPES_CONTENT / "news", root / "news")
    yield Content(root)


PIECES = [
    b":", b": ", b"- ", b"{", b"}", b"[", b"]", b",", b"'", b'"', b"#", b"&a ", b"*a", b"!!binary ", b"? ",
    b"\t", b"\n", b"  ", b"---\n", b"\x00", b"\xff", b"\xe1\x9e", b"true", b"null", b"1e999", b"![x](",
    b"|\n",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "delete", "repeat-line", "cut"]))
        if kind == "insert":
            data[where:where] = draw(st.sampled_from(PIECES) | st.binary(max_size=8))
        elif kind == "delete":
            del data[where : where + draw(st.integers(1, 40))]
        elif kind == "repeat-line":
            lines = bytes(data).split(b"\n")
            lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)))
            data = bytearray(b"\n".join(lines))
        else:
            del data[where:]
    return bytes(data)


@SETTINGS
@given(data=st.data())
def test_mutated_real_files_give_problems_with_paths_not_crashes(
    content: Content, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from(content.files))
    content.load_with(path, data.draw(mutated(path.read_bytes())))


def yaml_values() -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()
        | st.sampled_from(VALUES)
        | st.text(max_size=12)
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS), inner, max_size=6)
        ),
        max_leaves=30,
    )


@SETTINGS
@given(data=st.data())
def test_random_yaml_made_of_the_formats_own_fields_is_reported_not_raised(
    content: Content, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from([p for p in content.files if p.suffix == ".yaml"]))
    document = data.draw(st.dictionaries(st.sampled_from(FIELDS), yaml_values(), max_size=8))
    content.load_with(path, yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@SETTINGS
@given(data=st.data())
def test_a_real_file_with_one_field_replaced_is_reported_not_raised(
    content: Content, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from([p for p in content.files if p.suffix == ".yaml"]))
    document = yaml.load(
        path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    node = document
    while True:
        key = data.draw(
            st.sampled_from(list(node)) if isinstance(node, dict) else st.integers(0, len(node) - 1)
        )
        child = node[key]
        if not isinstance(child, dict | list) or not child or data.draw(st.booleans()):
            node[key] = data.draw(yaml_values())
            break
        node = child
    content.load_with(path, yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@SETTINGS
@given(data=st.data(), text=st.text())
def test_random_text_in_any_file_is_reported_not_raised(
    content: Content, data: st.DataObject, text: str
) -> None:
    path = data.draw(st.sampled_from(content.files))
    content.load_with(path, text.encode("utf-8", "surrogatepass"))


def story(length: int, fork: str) -> str:
    """A scenario of `length` steps; every step's two choices go to the next (fork="next") or one ends it."""
    choice = "{{id: {0}, text: {{en: a, km: a}}, consequence: {{en: c, km: c}}, {1}}}"
    steps = [
        f"      - id: s{n}\n        text: {{en: t, km: t}}\n        choices:\n"
        f"          - {choice.format('a', f'next: s{n + 1}')}\n"
        f"          - {choice.format('b', f'next: s{n + 1}' if fork == 'next' else 'ending: good')}"
        for n in range(length)
    ]
    end = "\n".join(
        f"          - {choice.format(c, f'ending: {e}')}" for c, e in (("a", "good"), ("b", "risky"))
    )
    steps.append(f"      - id: s{length}\n        text: {{en: t, km: t}}\n        choices:\n{end}")
    return (
        "questions:\n  - id: story\n    type: scenario\n    prompt: {en: p, km: p}\n    steps:\n"
        + "\n".join(steps)
    )


def billion_laughs(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + f"\nquestions:\n  - id: *a{levels}\n"


HOSTILE = {
    "a story 1200 steps long": (story(1200, "end"), None),
    "a story with 2^40 paths": (story(40, "next"), None),
    "a billion laughs": (
        billion_laughs(9),
        "'&' and '*' (anchors and aliases) are not used in content files",
    ),
    "lists nested 5000 deep": ("questions: " + "[" * 5000 + "]" * 5000, "cannot read YAML"),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_hostile_files_are_reported_quickly(content: Content, case: str) -> None:
    text, message = HOSTILE[case]
    quiz = content.root / "news" / "m2-practice" / "quiz.yaml"
    original = quiz.read_bytes()
    quiz.write_text(text, encoding="utf-8")
    try:
        library = load_library([content.root])
    finally:
        quiz.write_bytes(original)
    reported = [str(problem) for problem in library.problems]
    if message is None:
        assert reported == []
    else:
        assert any(r.startswith(f"{quiz}:1: ") and message in r for r in reported), reported
