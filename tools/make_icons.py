"""Render the application icon, digest_gui/resources/icons/digest-gui.svg, into every format it ships in.

Writes, next to the SVG (or into --out DIR):

- png/digest-gui-{16,24,32,48,64,128,256,512}.png
- digest-gui.ico: PNG-compressed images of 16 to 256 px (Windows)
- digest-gui.icns: PNG entries of 16 to 1024 px (macOS)

The SVG is the one source: run `make icons` after changing it and commit the results;
tests/test_icons.py checks that the committed files are exactly what this script makes.
The output is deterministic: same SVG, same Qt, same bytes (no timestamps, no text chunks).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "digest_gui" / "resources" / "icons"
SVG = ICONS / "digest-gui.svg"
NAME = "digest-gui"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by size in pixels.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512))
ICNS_TYPES += ((b"ic10", 1024),)

# The only PNG chunks kept: the image itself and its colour data, nothing that varies or
# says when or where the file was made.
_KEPT_CHUNKS = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _ensure_app():
    """A QGuiApplication is needed to paint; a headless one unless a display was chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])


def _strip_png(data: bytes) -> bytes:
    """Keep only the chunks that make up the image (drops pHYs, gAMA, tEXt, tIME...)."""
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG")
    out = [_PNG_SIGNATURE]
    pos = len(_PNG_SIGNATURE)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if kind in _KEPT_CHUNKS:
            out.append(data[pos:end])
        pos = end
    return b"".join(out)


def render_png(renderer, size: int) -> bytes:
    """The icon as a size x size, antialiased, transparent-background PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QImageWriter, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # Straight (not premultiplied) alpha, as PNG stores it; fixed metadata.
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(2835)
    image.setDotsPerMeterY(2835)

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(0)  # strongest zlib compression, always the same
    if not writer.write(image):
        raise RuntimeError(f"cannot encode the {size} px PNG: {writer.errorString()}")
    buffer.close()
    return _strip_png(bytes(array.data()))


def build_ico(images: dict[int, bytes]) -> bytes:
    """An ICO file holding the PNG images given by size (256 is written as 0 in ICONDIRENTRY)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = images[size]
        byte = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", byte, byte, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def build_icns(elements: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length including its 8 bytes, data) each."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(svg: Path = SVG, out_dir: Path = ICONS) -> list[Path]:
    """Render svg into out_dir (png/, .ico, .icns); returns the files written."""
    _ensure_app()
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {svg}")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}

    out_dir = Path(out_dir)
    (out_dir / "png").mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = out_dir / "png" / f"{NAME}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / f"{NAME}.ico"
    ico.write_bytes(build_ico({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / f"{NAME}.icns"
    icns.write_bytes(build_icns([(kind, pngs[size]) for kind, size in ICNS_TYPES]))
    written += [ico, icns]
    return written


# The icons a window may draw before its first frame, drawn ahead so that a first start
# needs no icon font (ui/widgets/icon_cache.py): the paper list's marks, and when the first
# paper shown has them, the changed-English panel's and the suggestion boxes' buttons (the
# list's context menu is made after the first frame). Icons in the text colour come in the
# light and dark palettes' (others are drawn by qtawesome at their first use and cached).
# tests/ui/test_startup_imports.py starts a window with empty caches and fails if one of
# the list's is missing.
TEXT_COLORS = ("#000000", "#ffffff")


def first_frame_icons() -> list[tuple[str, str, float]]:
    """(qtawesome name, colour, scale) of every icon drawn ahead."""
    from digest_gui.ui.editor import suggestions
    from digest_gui.ui.papers import icons

    coloured = [
        (icons.STATUS_ICONS[icons.Status.REVIEWED], icons.REVIEWED_COLOR, 1.0),
        (icons.STATUS_ICONS[icons.Status.NEEDS_REVIEW], icons.NEEDS_REVIEW_COLOR, 1.0),
        (icons.ERROR_ICON, icons.ERROR_COLOR, 1.0),
        (icons.DRAFT_ERROR_ICON, icons.ERROR_COLOR, 1.0),
        (icons.MISSING_ICON, icons.MISSING_COLOR, 0.65),
        # Accept and Confirm Chinese (suggestion boxes, changed-English panel); Ignore
        (suggestions.ACCEPT_ICON, suggestions.ACCEPT_COLOR, 1.0),
        (suggestions.IGNORE_ICON, suggestions.IGNORE_COLOR, 1.0),
    ]
    plain = (
        icons.STATUS_ICONS[status]
        for status in (icons.Status.NEW, icons.Status.FETCHED, icons.Status.DRAFTED)
    )
    return coloured + [(name, color, 1.0) for name in plain for color in TEXT_COLORS]


def draw_first_frame_icons(out_dir: Path = ICONS / "drawn") -> list[Path]:
    """Draw first_frame_icons() into out_dir at every size the icon cache keeps."""
    _ensure_app()
    import qtawesome
    from PySide6.QtGui import QColor

    from digest_gui.ui.widgets.icon_cache import SIZES, drawn_name

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.png"):
        old.unlink()
    written = []
    for name, color, scale in first_frame_icons():
        icon = qtawesome.icon(name, color=QColor(color), scale_factor=scale)
        for size in SIZES:
            path = out_dir / drawn_name(name, QColor(color), scale, size)
            if not icon.pixmap(size, size).save(str(path), "PNG"):
                raise RuntimeError(f"cannot write {path}")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="source SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ICONS, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    drawn = draw_first_frame_icons(Path(args.out) / "drawn")
    print(f"{len(drawn)} icons drawn ahead in {Path(args.out) / 'drawn'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
