"""Each validator rule has a failing example with its expected path:line, and bad modules are skipped."""

import shutil
from pathlib import Path

import pytest

from trainer.course.loader import load_library

from .conftest import FIXTURE_CONTENT, edit_file

MODULE = Path("basics/m1-passwords")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    return root


CASES: dict[str, tuple[str, ...]] = {
    "duplicate question id": ("quiz.yaml", "id: birthday", "id: longest", "duplicate id 'longest' (first at line 2)"),
    "missing translation": ("quiz.yaml", "km: តើពាក្យសម្ងាត់មួយណារឹងមាំបំផុត?", "kn: x", "missing 'km' text in 'prompt'"),
    "answer not among options": ("quiz.yaml", "answer: head", "answer: heart", "answer 'heart' is not among the options"),
    "option without feedback": (
        "quiz.yaml", "feedback: {en: Too short and too common., km: ខ្លីពេក ហើយសាមញ្ញពេក។}",
        "feedback: {en: Too short and too common.}", "option 'short' has no feedback in 'km'",
    ),
    "missing quiz picture": ("quiz.yaml", "image: images/lock.svg", "image: images/Lock.svg", "picture 'images/Lock.svg' not found"),
    "missing lesson picture": ("lesson.km.md", "![សោ](images/lock.svg)", "![សោ](images/key.svg)", "picture 'images/key.svg' not found"),
    "picture outside the module": ("lesson.en.md", "(images/lock.svg)", "(../../../secret.png)", "must be inside the module folder"),
    "malformed YAML": ("quiz.yaml", "    type: truefalse", "   type: [truefalse", "cannot read YAML"),
    "unfinished picture in Markdown": ("lesson.en.md", "![A lock](images/lock.svg)", "![A lock](images/lock.svg", "unfinished picture"),
    "empty lesson page": ("lesson.en.md", "# Never share it", "---\n# Never share it", "lesson page 2 is empty"),
    "unknown question type": ("quiz.yaml", "type: multiple", "type: essay", "unknown question type 'essay'"),
    "truefalse without true and false": (
        "quiz.yaml", "      - id: false\n        feedback: {en: \"Right", "      - id: maybe\n        feedback: {en: \"Right",
        "needs options 'true' and 'false'", "    options:\n      - id: true",
    ),
    "multiple with one answer": ("quiz.yaml", "answer: [unique, twofa]", "answer: unique", "'multiple' needs a list of answers"),
    "review status": ("module.yaml", "km: draft}", "km: done}", "translations: 'km' must be draft or reviewed"),
    "duplicate YAML key": ("module.yaml", "minutes: 10", "minutes: 10\nminutes: 12", "key 'minutes' appears twice", "minutes: 12"),
    "text cut by an unquoted comma": ("module.yaml", "{en: Strong passwords,", "{en: Strong, long passwords,", "'title' has 'long passwords', which is not a language: put text with a comma in quotes"),
    "feedback cut by an unquoted comma": ("quiz.yaml", "{en: Too short and too common.,", "{en: Too short, and too common.,", "'feedback' has 'and too common.', which is not a language"),
    "id with a space": ("module.yaml", "id: passwords", "id: strong passwords", "id 'strong passwords' may only have letters, digits and dashes"),
    "an alias": ("module.yaml", "minutes: 10", "minutes: &m 10\nlevel_again: *m", "'&' and '*' (anchors and aliases) are not used"),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_rule_reports_path_and_line(content: Path, case: str) -> None:
    file_name, old, new, message, *at = CASES[case]
    path = content / MODULE / file_name
    line = edit_file(path, old, new, *at)
    library = load_library([content])
    reported = [str(problem) for problem in library.problems]
    assert any(r.startswith(f"{path}:{line}: ") and message in r for r in reported), reported
    assert library.skipped == (content / MODULE,)
    assert library.module("passwords") is None


def test_a_missing_lesson_file_is_reported(content: Path) -> None:
    (content / MODULE / "lesson.km.md").unlink()
    problems = [str(p) for p in load_library([content]).problems]
    assert problems == [f"{content / MODULE / 'lesson.km.md'}:1: lesson.km.md is missing"]


def test_a_file_not_in_utf8_is_reported_at_its_line(content: Path) -> None:
    path = content / MODULE / "lesson.en.md"
    path.write_bytes(b"# Title\n\nGood line\n\xff\xfe bad bytes\n")
    problems = [str(p) for p in load_library([content]).problems]
    assert f"{path}:4: not saved as UTF-8" in problems


def test_a_duplicate_module_id_names_both_places(content: Path) -> None:
    shutil.copytree(content / MODULE, content / "basics" / "m2-copy")
    problems = [str(p) for p in load_library([content]).problems]
    first = content / MODULE / "module.yaml"
    assert problems == [
        f"{content / 'basics/m2-copy/module.yaml'}:1: duplicate id 'passwords' (also in {first})"
    ]


def test_the_rest_still_loads_when_one_module_is_broken(content: Path) -> None:
    shutil.copytree(content / MODULE, content / "basics" / "m2-broken")
    edit_file(content / "basics/m2-broken/module.yaml", "id: passwords", "id: broken")
    edit_file(content / "basics/m2-broken/quiz.yaml", "answer: head", "answer: nowhere")
    library = load_library([content])
    assert [m.id for m in library.modules] == ["passwords"]
    assert library.skipped == (content / "basics/m2-broken",)


def test_the_fixture_and_the_bundled_content_are_valid() -> None:
    root = Path(__file__).parent.parent / "content"
    for folder in (FIXTURE_CONTENT, root):
        library = load_library([folder])
        assert library.problems == (), [str(p) for p in library.problems]
        assert library.modules


def test_bundled_khmer_titles_can_wrap_on_a_module_card() -> None:
    """Qt wraps Khmer only at spaces: a title needs a space at least every 20 characters."""
    library = load_library([Path(__file__).parent.parent / "content"])
    too_long = [m.title["km"] for m in library.modules if max(len(w) for w in m.title["km"].split()) > 20]
    assert too_long == []
