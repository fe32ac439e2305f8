"""Typeset formulas as images for the preview's documents, drawn from core's SVG, cached.

core/formats/github.py marks each formula as `<img src="math:…">`; the preview's documents
never load resources, so their image handler asks here for the picture instead. Each
formula's SVG (core/formats/math_svg.py, itself cached) is rasterised once, at twice its
size so that it stays sharp on high-density screens.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from digest_gui.core.formats.github import parse_math_src
from digest_gui.core.formats.math_svg import math_svg

SCALE = 2.0  # device pixels per logical pixel the images are drawn with
_CACHE_SIZE = 2048


@lru_cache(maxsize=_CACHE_SIZE)
def math_image(src: str) -> QImage | None:
    """The picture of the formula `src` names (a `math:` name), or None if it has none."""
    parsed = parse_math_src(src)
    if parsed is None:
        return None
    svg = math_svg(*parsed)
    if svg is None:
        return None
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    size = QSizeF(renderer.defaultSize()) if renderer.viewBoxF().isEmpty() else renderer.viewBoxF().size()
    if size.isEmpty():
        return None
    image = QImage(
        max(1, round(size.width() * SCALE)),
        max(1, round(size.height() * SCALE)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(SCALE)
    return image


def cache_info():
    """Hits and misses of the rasterised-formula cache (functools' CacheInfo)."""
    return math_image.cache_info()


def clear_cache() -> None:
    """Forget every rasterised formula."""
    math_image.cache_clear()
