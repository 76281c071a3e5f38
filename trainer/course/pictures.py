"""What a picture file holds, read without Qt: its size, and the files an SVG would pull in.

An SVG can name other pictures (`<image href="...">`), and Qt loads them from any path, even
from another computer; a picture inside the module folder could so show a file from outside.
An SVG may only embed its pictures (`data:` addresses, as Inkscape's "Embed Images" writes
them). Qt also reads a file by what it holds, not by its name, so an SVG saved as `x.png` is
still an SVG: the checks go by the bytes.
"""

import gzip
import io
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

_RASTER = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"RIFF")
_UNPACKED_LIMIT = 16 * 2**20
"""A compressed SVG (.svgz) that unpacks to more than this is not read."""
_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px)?\s*$")


class UnreadablePictureError(ValueError):
    """Neither a known picture format nor an SVG that can be read."""


@dataclass(frozen=True)
class Box:
    """The area a picture covers in its own units: an SVG's viewBox, a PNG's or JPEG's pixels."""

    left: float
    top: float
    width: float
    height: float


def _svg_tree(data: bytes) -> ElementTree.Element:
    if data.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
                data = packed.read(_UNPACKED_LIMIT + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise UnreadablePictureError(str(error)) from error
        if len(data) > _UNPACKED_LIMIT:
            raise UnreadablePictureError("it unpacks to too much")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise UnreadablePictureError(str(error)) from error


def is_raster(data: bytes) -> bool:
    return data.startswith(_RASTER)


def _outside_links(element: ElementTree.Element) -> list[str]:
    """The addresses this element names that are neither embedded nor within the SVG itself."""
    return [
        value.strip()
        for key, value in element.attrib.items()
        if key.rsplit("}", 1)[-1] == "href" and not value.strip().lower().startswith(("data:", "#"))
    ]


def svg_links(data: bytes) -> list[str]:
    """Every file or address an SVG names for Qt to load; empty for other pictures.

    Raises `UnreadablePictureError` for a file that is neither a known picture nor readable SVG."""
    if is_raster(data):
        return []
    return [link for element in _svg_tree(data).iter() for link in _outside_links(element)]


def shown_picture(path: Path) -> bytes | None:
    """The bytes to hand Qt for a module's picture: an SVG without the elements that name
    outside files; None for a file that is neither a known picture nor a readable SVG."""
    data = path.read_bytes()
    if is_raster(data):
        return data
    try:
        root = _svg_tree(data)
    except UnreadablePictureError:
        return None
    removed = False
    for parent in root.iter():
        for child in list(parent):
            if _outside_links(child):
                parent.remove(child)
                removed = True
    return ElementTree.tostring(root) if removed else data


def picture_box(path: Path) -> Box | None:
    """The picture's area in the units hotspot regions use, or None when the file does not say."""
    data = path.read_bytes()
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return Box(0, 0, width, height)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg_box(data)
    if data.startswith((b"GIF87a", b"GIF89a")):
        width, height = struct.unpack("<HH", data[6:10])
        return Box(0, 0, width, height)
    try:
        return _svg_box(_svg_tree(data))
    except UnreadablePictureError:
        return None


_SIZE_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
"""The JPEG segments that give the picture's size (start of frame)."""


def _jpeg_box(data: bytes) -> Box | None:
    at = 2
    while at + 9 <= len(data) and data[at] == 0xFF:
        marker, length = data[at + 1], struct.unpack(">H", data[at + 2 : at + 4])[0]
        if marker in _SIZE_MARKERS:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return Box(0, 0, width, height)
        at += 2 + length
    return None


def _svg_box(root: ElementTree.Element) -> Box | None:
    """The viewBox, or else width and height in pixels, as Qt reads them."""
    numbers = re.split(r"[\s,]+", root.get("viewBox", "").strip())
    try:
        left, top, width, height = (float(number) for number in numbers)
    except ValueError:
        pass
    else:
        return Box(left, top, width, height) if width > 0 and height > 0 else None
    sizes = [_NUMBER.match(root.get(key, "")) for key in ("width", "height")]
    if sizes[0] is None or sizes[1] is None:
        return None
    return Box(0, 0, float(sizes[0].group(1)), float(sizes[1].group(1)))
