"""Only pictures inside the module's own folder are shown: every other way of naming a picture
is reported as `path:line: message`, in lessons (Markdown, raw HTML, srcset) and quizzes
(question pictures, hotspot pictures), and an SVG may not pull in other files."""

import gzip
import shutil
from pathlib import Path

import pytest

from trainer.course.loader import load_library

from .conftest import FIXTURE_CONTENT, TYPES_CONTENT, edit_file

MODULE = Path("basics/m1-passwords")
SHARE = "is on another computer (a network share); put the file in the module folder"
INSIDE = "must be inside the module folder"
WHY = {
    "//host/share/x.png": SHARE,
    "\\\\host\\share\\x.png": SHARE,
    "file://host/share/x.png": SHARE,
    "FILE://HOST/share/x.png": SHARE,
    "FILE:///etc/x.png": INSIDE,
    "/etc/x.png": INSIDE,
    "C:/Windows/x.png": INSIDE,
    "C:\\Windows\\x.png": INSIDE,
    "../secret.png": INSIDE,
    "images/../../secret.png": INSIDE,
    "%2e%2e/secret.png": "has a %-code; give the file a name of letters, digits and dashes",
    "images\\lock.svg": "has \\ between folders; write / instead: 'images/lock.svg'",
    "data:image/png;base64,iVBORw0KGgo=": "is written into the page (data:); save it as a file",
    "HTTP://evil.example/x.png": "is on the web; put the file in the module folder",
    "https://evil.example/x.png": "is on the web",
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    (root / "basics" / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def assert_reported(root: Path, path: Path, line: int, message: str) -> None:
    library = load_library([root])
    reported = [str(problem) for problem in library.problems]
    assert any(r.startswith(f"{path}:{line}: ") and message in r for r in reported), (line, reported)
    assert library.skipped, "the module is left out"


def _markdown(address: str) -> str:
    """Markdown reads `\\\\` as one backslash: write the address so that the page gives it as is."""
    return address.replace("\\", "\\\\")


PLACES = {
    "markdown": ("lesson.en.md", "![A lock](images/lock.svg)", lambda a: f"![A lock]({_markdown(a)})"),
    "raw html": ("lesson.en.md", "![A lock](images/lock.svg)", lambda a: f'<img src="{a}" alt="A lock">'),
    "raw html in a line": ("lesson.km.md", "![សោ](images/lock.svg)", lambda a: f"See <IMG SRC='{a}'> here"),
    "quiz picture": ("quiz.yaml", "image: images/lock.svg", lambda a: f"image: '{a}'"),
}  # fmt: skip


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("address", WHY)
def test_a_picture_not_in_the_module_folder_is_reported_with_its_fix(
    content: Path, place: str, address: str
) -> None:
    file_name, old, new = PLACES[place]
    path = content / MODULE / file_name
    line = edit_file(path, old, new(address))
    assert_reported(content, path, line, f"picture '{address[:57]}")
    assert_reported(content, path, line, WHY[address])


def test_every_picture_in_a_srcset_is_reported(content: Path) -> None:
    path = content / MODULE / "lesson.en.md"
    new = '<img src="images/lock.svg" srcset="images/lock.svg 1x, //host/share/x.png 2x">'
    line = edit_file(path, "![A lock](images/lock.svg)", new)
    assert_reported(
        content, path, line, "pictures in 'srcset' are not shown: write ![description](images/file.svg)"
    )
    assert_reported(content, path, line, f"picture '//host/share/x.png' {SHARE}")


def test_a_picture_given_by_reference_is_checked(content: Path) -> None:
    path = content / MODULE / "lesson.en.md"
    edit_file(path, "![A lock](images/lock.svg)", "![A lock][lock]\n\n[lock]: //host/share/x.png")
    line = path.read_text(encoding="utf-8").splitlines().index("[lock]: //host/share/x.png") + 1
    assert_reported(content, path, line, SHARE)


def test_a_picture_in_code_is_text_and_not_checked(content: Path) -> None:
    path = content / MODULE / "lesson.en.md"
    edit_file(path, "A long password", 'A picture is written `<img src="//host/x.png">`. A long password')
    assert load_library([content]).problems == ()


def test_a_link_that_leaves_the_module_folder_is_reported(content: Path) -> None:
    (content / MODULE / "images" / "escape.png").symlink_to(content / "basics" / "secret.png")
    path = content / MODULE / "quiz.yaml"
    line = edit_file(path, "image: images/lock.svg", "image: images/escape.png")
    assert_reported(
        content, path, line, "picture 'images/escape.png' is a link to a file outside the module folder"
    )


def test_a_folder_linked_from_outside_is_reported_too(content: Path) -> None:
    (content / "elsewhere").mkdir()
    (content / "elsewhere" / "lock.svg").write_bytes((content / MODULE / "images/lock.svg").read_bytes())
    (content / MODULE / "shared").symlink_to(content / "elsewhere", target_is_directory=True)
    path = content / MODULE / "lesson.en.md"
    line = edit_file(path, "(images/lock.svg)", "(shared/lock.svg)")
    assert_reported(content, path, line, "is a link to a file outside the module folder")


@pytest.mark.parametrize("attribute", ["xlink:href", "href"])
def test_an_svg_that_shows_another_file_is_reported(content: Path, attribute: str) -> None:
    svg = content / MODULE / "images" / "lock.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 9 9">'
        f'<g><image {attribute}="//host/share/x.png" width="9" height="9"/></g>'
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="9" height="9"/></svg>',
        encoding="utf-8",
    )
    path = content / MODULE / "lesson.en.md"
    line = 5
    message = "picture 'images/lock.svg' shows another file, '//host/share/x.png'; embed it in the SVG"
    assert_reported(content, path, line, message)
    assert_reported(content, content / MODULE / "quiz.yaml", 5, message)


def test_a_picture_that_is_not_a_picture_is_reported(content: Path) -> None:
    (content / MODULE / "images" / "lock.svg").write_text("<svg><image href='x.png'>", encoding="utf-8")
    message = "picture 'images/lock.svg' is not an SVG, PNG or JPEG that can be read"
    assert_reported(content, content / MODULE / "lesson.en.md", 5, message)


def test_a_hotspot_picture_outside_the_module_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "types"
    shutil.copytree(TYPES_CONTENT, root)
    path = root / "news/m2-practice/quiz.yaml"
    line = edit_file(path, "image: images/sms.svg", "image: '\\\\host\\share\\sms.svg'")
    assert_reported(root, path, line, f"picture '\\\\host\\share\\sms.svg' {SHARE}")


def test_a_picture_inside_the_folder_may_be_named_with_dots(content: Path) -> None:
    edit_file(content / MODULE / "lesson.en.md", "(images/lock.svg)", "(./images/../images/lock.svg)")
    assert load_library([content]).problems == ()


def test_a_picture_given_to_an_option_is_reported_not_dropped(content: Path) -> None:
    path = content / MODULE / "quiz.yaml"
    line = edit_file(
        path, "      - id: short\n", "      - id: short\n        image: '//host/share/x.png'\n", "image: '//"
    )
    assert_reported(content, path, line, "only a question shows a picture: move 'image' up to the question")


def test_a_picture_given_to_a_hotspot_region_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "types"
    shutil.copytree(TYPES_CONTENT, root)
    path = root / "news/m2-practice/quiz.yaml"
    line = edit_file(
        path,
        "      - id: rush\n",
        "      - id: rush\n        image: images/sms.svg\n",
        "image: images/sms.svg\n        x",
    )
    assert_reported(root, path, line, "only a question shows a picture")


def test_a_compressed_svg_is_read_too(content: Path) -> None:
    """Qt reads a gzip-compressed SVG (.svgz) whatever its name: its links are checked as well."""
    svg = content / MODULE / "images" / "lock.svg"
    plain = svg.read_bytes()
    svg.write_bytes(gzip.compress(plain))
    assert load_library([content]).problems == ()
    svg.write_bytes(gzip.compress(plain.replace(b"</svg>", b'<image href="/etc/x.png"/></svg>')))
    assert_reported(content, content / MODULE / "quiz.yaml", 5, "shows another file, '/etc/x.png'")
