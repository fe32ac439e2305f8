"""The application icon: every PNG, the .ico and the .icns are sound and made from the one SVG."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.conftest import REPO

ICONS = REPO / "digest_gui" / "resources" / "icons"
SVG = ICONS / "digest-gui.svg"
TOOL = REPO / "tools" / "make_icons.py"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_ENTRIES = [
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk of a PNG."""
    assert data.startswith(PNG_SIGNATURE), "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    return struct.unpack(">II", data[16:24])


def decode(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image


def parse_ico(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, image data) of every ICONDIRENTRY; 0 in the width/height bytes means 256."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    entries, end = [], 6 + 16 * count
    for index in range(count):
        width, height, colors, zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert (colors, zero, planes, bits) == (0, 0, 1, 32)
        assert offset >= 6 + 16 * count and offset + length <= len(data)
        entries.append((width or 256, height or 256, data[offset : offset + length]))
        end = max(end, offset + length)
    assert end == len(data), "trailing bytes after the last image"
    return entries


def parse_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, data) of every element, checking the header's total length and each element's."""
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns"
    assert total == len(data)
    elements, pos = [], 8
    while pos < total:
        kind, length = struct.unpack(">4sI", data[pos : pos + 8])
        assert length > 8 and pos + length <= total
        elements.append((kind, data[pos + 8 : pos + length]))
        pos += length
    assert pos == total
    return elements


def test_source_is_a_plain_svg(qapp):
    from PySide6.QtSvg import QSvgRenderer

    text = SVG.read_text(encoding="utf-8")
    assert 'viewBox="0 0 512 512"' in text
    for unsupported in ("<filter", "<mask", "<image", "<style", "class=", "href=", "<text"):
        assert unsupported not in text, unsupported
    assert QSvgRenderer(str(SVG)).isValid()


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png(qapp, size):
    path = ICONS / "png" / f"digest-gui-{size}.png"
    data = path.read_bytes()
    assert png_size(data) == (size, size)
    image = decode(data).convertToFormat(QImage.Format.Format_ARGB32)
    assert (image.width(), image.height()) == (size, size)
    alphas, colours = set(), set()
    for y in range(size):
        for x in range(size):
            pixel = image.pixel(x, y)
            alphas.add(pixel >> 24)
            if pixel >> 24 == 255:
                colours.add(pixel & 0xFFFFFF)
    assert 0 in alphas, "no transparent pixel: the corners should be see-through"
    assert 255 in alphas, "no opaque pixel"
    assert len(colours) >= 4, f"only {len(colours)} opaque colours"


def test_only_the_expected_pngs():
    expected = {f"digest-gui-{size}.png" for size in PNG_SIZES}
    assert {path.name for path in (ICONS / "png").iterdir()} == expected


def test_ico(qapp):
    entries = parse_ico((ICONS / "digest-gui.ico").read_bytes())
    assert [(width, height) for width, height, _ in entries] == [(size, size) for size in ICO_SIZES]
    for width, height, data in entries:
        assert png_size(data) == (width, height)
        assert decode(data).size().width() == width


def test_icns(qapp):
    elements = parse_icns((ICONS / "digest-gui.icns").read_bytes())
    assert [kind for kind, _ in elements] == [kind for kind, _ in ICNS_ENTRIES]
    for (kind, data), (_, size) in zip(elements, ICNS_ENTRIES, strict=True):
        assert png_size(data) == (size, size), kind
        assert decode(data).size().width() == size


def test_committed_files_are_made_from_the_svg(tmp_path):
    """Regenerating from the SVG gives the same bytes: the set cannot drift from its source."""
    subprocess.run([sys.executable, str(TOOL), "--out", str(tmp_path)], check=True, capture_output=True)
    made = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*") if path.is_file())
    # The first frame's status icons drawn ahead: the same set as committed (their pixels
    # are compared with qtawesome's in tests/ui/widgets/test_icon_cache.py).
    drawn = sorted(path.name for path in (tmp_path / "drawn").glob("*.png"))
    assert drawn and drawn == sorted(path.name for path in (ICONS / "drawn").glob("*.png"))
    made = [path for path in made if path.parts[0] != "drawn"]
    assert [str(path) for path in made] == sorted(
        [f"png/digest-gui-{size}.png" for size in PNG_SIZES] + ["digest-gui.ico", "digest-gui.icns"]
    )
    stale = [str(path) for path in made if (tmp_path / path).read_bytes() != (ICONS / path).read_bytes()]
    assert not stale, f"out of date (run `make icons` and commit): {stale}"
