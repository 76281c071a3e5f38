"""A module shows only its own files: pictures and recordings inside its folder.

Qt follows whatever address a lesson gives it. `//host/share/x.png` becomes
`file://host/share/x.png`, which Windows fetches from another computer (sending the user's
credentials), and `/`, `C:` or `../` reach any file of the PC. So a name is first judged as
text, before the disk is touched, and then by where it really leads (a link may point out).
"""

import posixpath
import re
from enum import Enum
from pathlib import Path

from trainer.course.pictures import UnreadablePictureError, svg_links
from trainer.course.problems import Problems


class Refusal(Enum):
    """Why a name does not lead to a file of the module."""

    WEB = "web"
    SHARE = "share"
    DATA = "data"
    BACKSLASH = "backslash"
    ENCODED = "encoded"
    OUTSIDE = "outside"
    LINK = "link"
    MISSING = "missing"


_WEB = re.compile(r"^(https?:|ftp:|www\.)", re.IGNORECASE)
_SHARE = re.compile(r"^(file:)?//[^/]", re.IGNORECASE)


def refusal(target: str) -> Refusal | None:
    """Why `target`, as written, cannot name a file inside the module folder; None if it may."""
    name = target.strip()
    if name.lower().startswith("data:"):
        return Refusal.DATA
    if _WEB.match(name):
        return Refusal.WEB
    if _SHARE.match(name.replace("\\", "/")):
        return Refusal.SHARE
    if ":" in name or name.startswith(("/", "\\")):
        return Refusal.OUTSIDE
    if "\\" in name:
        return Refusal.BACKSLASH
    if "%" in name:
        return Refusal.ENCODED
    normal = posixpath.normpath(name)
    if normal == ".." or normal.startswith("../"):
        return Refusal.OUTSIDE
    if not name or normal == ".":
        return Refusal.MISSING
    return None


def relative_name(target: str) -> str:
    """The name as it leads from the module folder: `images/../x.png` is `x.png`.

    Only for a name that `refusal` accepts."""
    return posixpath.normpath(target.strip())


def module_file(folder: Path, target: str) -> Path | Refusal:
    """The file `target` names inside `folder`, or why it does not name one."""
    why = refusal(target)
    if why is not None:
        return why
    inside = folder.resolve()
    found = (inside / relative_name(target)).resolve()
    if not found.is_relative_to(inside):
        return Refusal.LINK
    if not found.is_file():
        return Refusal.MISSING
    return found


def check_file(
    folder: Path, path: Path, line: int, target: str, problems: Problems, what: str = "picture"
) -> Path | None:
    """The file a content file names (a picture, or a recording for `what="recording"`)."""
    found = module_file(folder, target)
    if isinstance(found, Refusal):
        _refused(found, path, line, what, target, problems)
        return None
    if what == "picture" and not _picture_stays_inside(found, path, line, target, problems):
        return None
    return found


def _shown(target: str) -> str:
    """The name as the editor wrote it, cut short when it is a whole picture written as text."""
    return target if len(target) <= 60 else target[:57] + "..."


def _refused(why: Refusal, path: Path, line: int, what: str, target: str, problems: Problems) -> None:
    name = _shown(target)
    match why:
        case Refusal.WEB:
            problems.add(path, line, f"{what} '{name}' is on the web; put the file in the module folder")
        case Refusal.SHARE:
            problems.add(
                path,
                line,
                f"{what} '{name}' is on another computer (a network share); "
                "put the file in the module folder",
            )
        case Refusal.DATA:
            problems.add(
                path,
                line,
                f"{what} '{name}' is written into the page (data:); save it as a file in the module folder",
            )
        case Refusal.BACKSLASH:
            fixed = target.strip().replace("\\", "/")
            problems.add(path, line, f"{what} '{name}' has \\ between folders; write / instead: '{fixed}'")
        case Refusal.ENCODED:
            problems.add(
                path,
                line,
                f"{what} '{name}' has a %-code; "
                "give the file a name of letters, digits and dashes, and write that name",
            )
        case Refusal.OUTSIDE:
            problems.add(path, line, f"{what} '{name}' must be inside the module folder")
        case Refusal.LINK:
            problems.add(
                path,
                line,
                f"{what} '{name}' is a link to a file outside the module folder; "
                "copy the file itself into the folder",
            )
        case Refusal.MISSING:
            problems.add(path, line, f"{what} '{name}' not found")


def _picture_stays_inside(found: Path, path: Path, line: int, target: str, problems: Problems) -> bool:
    """An SVG must not show other files: Qt would load them from anywhere."""
    try:
        links = svg_links(found.read_bytes())
    except UnreadablePictureError:
        problems.add(path, line, f"picture '{_shown(target)}' is not an SVG, PNG or JPEG that can be read")
        return False
    for link in links:
        problems.add(
            path,
            line,
            f"picture '{_shown(target)}' shows another file, '{_shown(link)}'; "
            "embed it in the SVG (Inkscape: Extensions, Images, Embed Images)",
        )
    return not links
