"""qtawesome icons, drawn once and kept as PNG files so later starts need no icon font.

Importing qtawesome and loading its fonts costs about 130 ms at start-up; reading a few
small PNGs costs almost nothing. The cache key includes the installed qtawesome, so an
upgrade draws the icons again.

The icons a window may draw before its first frame (the paper list's marks, the buttons
of the first paper's suggestions and changed-English panel) also ship drawn, in
resources/icons/drawn (tools/make_icons.py, `make icons`), so that a first start after
installing needs no icon font before its first frame either.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPixmap

from digest_gui.core.storage.hashes import sha1_hex
from digest_gui.paths import resource_path, user_cache_dir

SIZES = (16, 24, 32, 48)  # list rows at 1x, 1.5x, 2x and 3x scaling


@cache
def _qtawesome_stamp() -> str:
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or spec.origin is None:
        return "none"
    stat = os.stat(spec.origin)
    return f"{stat.st_mtime_ns}-{stat.st_size}"


def cache_dir() -> Path:
    return user_cache_dir() / "icons"


def _icon_key(name: str, color: QColor, scale: float) -> str:
    return f"{name}|{color.name(QColor.NameFormat.HexArgb)}|{scale}"


def _file_names(key: str) -> list[str]:
    """The PNG file names of the icon with this key, one per size of SIZES."""
    stem = sha1_hex(key.encode())[:16]
    return [f"{stem}-{size}.png" for size in SIZES]


def drawn_name(name: str, color: QColor, scale: float, size: int) -> str:
    """The file name of an icon drawn ahead, in resources/icons/drawn (no qtawesome stamp)."""
    return _file_names(_icon_key(name, color, scale))[SIZES.index(size)]


def _read(files: list[Path]) -> QIcon | None:
    """The icon of these PNGs, or None if one is missing or unreadable."""
    if not all(file.is_file() for file in files):
        return None
    icon = QIcon()
    for file in files:
        pixmap = QPixmap(str(file))
        if pixmap.isNull():
            return None
        icon.addPixmap(pixmap)
    return icon


def font_icon(name: str, color: QColor, scale: float = 1.0) -> QIcon:
    """A qtawesome icon as pixmaps of SIZES, from the PNG cache when it has them."""
    key = _icon_key(name, color, scale)
    folder = cache_dir()
    files = [folder / file_name for file_name in _file_names(f"{_qtawesome_stamp()}|{key}")]
    cached = _read(files)
    if cached is None:
        ahead = resource_path("icons", "drawn")
        cached = _read([ahead / file_name for file_name in _file_names(key)])
    if cached is not None:
        return cached
    icon = QIcon()
    import qtawesome  # only when an icon is neither cached nor drawn ahead

    drawn = qtawesome.icon(name, color=color, scale_factor=scale)
    folder.mkdir(parents=True, exist_ok=True)
    for size, file in zip(SIZES, files, strict=True):
        pixmap = drawn.pixmap(size, size)
        icon.addPixmap(pixmap)
        # Written under a temporary name and renamed, so two starts never read half a file.
        temporary = file.with_name(f".{file.name}.{os.getpid()}.tmp")
        if pixmap.save(str(temporary), "PNG"):
            os.replace(temporary, file)
    return icon
