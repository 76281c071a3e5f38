"""Each validator rule has a failing example with its expected path:line, and bad modules are skipped."""

import shutil
import struct
from pathlib import Path

import pytest

from trainer.course.loader import load_library

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT, edit_file

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


@pytest.mark.parametrize("saved_as", ["module.yml", "Module.yaml", "module.yaml.txt"])
def test_a_module_yaml_saved_under_another_name_is_reported(content: Path, saved_as: str) -> None:
    module = content / MODULE
    (module / "module.yaml").rename(module / saved_as)
    problems = [str(p) for p in load_library([content]).problems]
    assert problems == [f"{module}: rename {saved_as} to module.yaml; until then this module is left out"]


def test_a_module_folder_without_module_yaml_is_reported(content: Path) -> None:
    (content / MODULE / "module.yaml").unlink()
    for root in (content, content / "basics", content / MODULE):
        problems = [str(p) for p in load_library([root]).problems]
        assert problems == [
            f"{content / MODULE}: module.yaml is missing, so this module is left out: write one"
        ]


def test_a_curriculum_without_curriculum_yaml_is_reported(content: Path) -> None:
    curriculum = content / "basics"
    (curriculum / "curriculum.yaml").rename(curriculum / "curriculum.yml")
    renamed = f"{curriculum}: rename curriculum.yml to curriculum.yaml; until then its modules are left out"
    assert [str(p) for p in load_library([content]).problems] == [renamed]
    (curriculum / "curriculum.yml").unlink()
    for root in (content, curriculum):
        problems = [str(p) for p in load_library([root]).problems]
        assert problems == [
            f"{curriculum}: curriculum.yaml is missing, so the modules in this folder are left out: write one"
        ]


def test_a_folder_that_is_not_there_is_reported(tmp_path: Path) -> None:
    problems = [str(p) for p in load_library([tmp_path / "nowhere"]).problems]
    assert problems == [f"{tmp_path / 'nowhere'}: folder not found"]


def test_other_folders_beside_the_curricula_are_not_reported(content: Path) -> None:
    (content / "schema").mkdir()
    shutil.copytree(content / MODULE, content / "templates" / "module")
    (content / "basics" / "notes").mkdir()
    (content / "basics" / "notes" / "ideas.txt").write_text("later", encoding="utf-8")
    (content / MODULE / "images" / "drafts").mkdir()
    assert load_library([content]).problems == ()


SMS_QUIZ = TYPES_CONTENT / "news/m2-practice/quiz.yaml"
REGION = "        x: 20\n        y: 60\n        width: 150\n        height: 30"


@pytest.fixture
def types(tmp_path: Path) -> Path:
    root = tmp_path / "types"
    shutil.copytree(TYPES_CONTENT, root)
    return root


@pytest.mark.parametrize(
    ("region", "message", "at"),
    [
        ("x: -10\n        y: 60\n        width: 150\n        height: 30", "x must be 0 or more: negative numbers are not allowed", "x: -10"),
        ("x: 20\n        y: -1.5\n        width: 150\n        height: 30", "y must be 0 or more", "y: -1.5"),
        ("x: 20\n        y: 60\n        width: 0\n        height: 30", "width must be more than 0", "width: 0"),
        ("x: 20\n        y: 60\n        width: 150\n        height: ten", "a region needs x, y, width and height: numbers", "- id: rush"),
        ("x: 200\n        y: 60\n        width: 150\n        height: 30", "region 'rush' goes outside the picture, which spans x 0 to 300 and y 0 to 200: make it fit", "- id: rush"),
        ("x: 20\n        y: 190\n        width: 150\n        height: 30", "region 'rush' goes outside the picture", "- id: rush"),
    ],
    ids=["negative-x", "negative-y", "no-width", "not-a-number", "off-the-right", "off-the-bottom"],
)  # fmt: skip
def test_a_hotspot_region_that_cannot_be_tapped_is_reported(
    types: Path, region: str, message: str, at: str
) -> None:
    path = types / "news/m2-practice/quiz.yaml"
    line = edit_file(path, REGION.strip(), region, at)
    reported = [str(p) for p in load_library([types]).problems]
    assert any(r.startswith(f"{path}:{line}: ") and message in r for r in reported), (line, reported)


def _png(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I4sII", 13, b"IHDR", width, height) + b"\x08\x06\x00\x00\x00"


def _jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + frame + b"\xff\xd9"


@pytest.mark.parametrize(
    ("name", "picture", "spans", "outside"),
    [
        ("sms.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="30 0 300 200"/>', "x 30 to 330 and y 0 to 200", ["link", "rush"]),
        ("sms.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="200px" height="400"/>', "x 0 to 200 and y 0 to 400", ["link"]),
        ("sms.png", _png(200, 400), "x 0 to 200 and y 0 to 400", ["link"]),
        ("sms.jpg", _jpeg(200, 400), "x 0 to 200 and y 0 to 400", ["link"]),
    ],
    ids=["svg-viewbox", "svg-width-height", "png", "jpeg"],
)  # fmt: skip
def test_the_picture_size_is_read_from_svg_png_and_jpeg(
    types: Path, name: str, picture: str | bytes, spans: str, outside: list[str]
) -> None:
    """The regions `rush` (x 20 to 170) and `link` (x 20 to 220) against pictures of other sizes."""
    images = types / "news/m2-practice/images"
    (images / name).write_bytes(picture if isinstance(picture, bytes) else picture.encode())
    path = types / "news/m2-practice/quiz.yaml"
    edit_file(path, "image: images/sms.svg\n    regions:", f"image: images/{name}\n    regions:")
    reported = [str(p) for p in load_library([types]).problems]
    assert sorted(r.split("region '")[1].split("'")[0] for r in reported) == outside, reported
    assert all(f"goes outside the picture, which spans {spans}: make it fit" in r for r in reported)
