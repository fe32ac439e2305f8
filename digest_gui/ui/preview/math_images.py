"""Typeset formulas as images for the preview's documents, typeset in idle time, cached.

core/formats/github.py marks each formula as `<img src="math:…">`; the preview's documents
never load resources, so their image handler asks here for the picture. Typesetting takes
~5 to 25 ms a formula (core/formats/math_svg.py), too long to do for a whole page of
formulas at once: a formula not typeset yet shows as its source, is queued, and typeset on
the GUI thread a few at a time between events (a slice of SLICE_MS at most, so typing and
scrolling stay responsive); `Typesetter.ready` then says which formulas changed and the
preview lays the documents showing them out again. A formula that cannot be typeset keeps
showing its source. Each SVG is rasterised once, at twice its size, so that it stays
sharp on high-density screens.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QObject, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter

from digest_gui.core.formats.github import parse_math_src
from digest_gui.core.formats.math_svg import cached, math_svg
from digest_gui.core.lazy_pattern import LazyPattern

SCALE = 2.0  # device pixels per logical pixel the images are drawn with
SLICE_MS = 12.0  # typesetting done per turn of the event loop, at most (one formula at least)
_CACHE_SIZE = 2048
_VIEW_BOX = LazyPattern(r'viewBox="\s*[-+0-9.eE]+[\s,]+([-+0-9.eE]+)')


@lru_cache(maxsize=_CACHE_SIZE)
def rasterised(svg: str) -> QImage | None:
    """The SVG drawn into an image at SCALE (cached), or None if Qt cannot draw it."""
    # Loaded with the first formula drawn (after the first frame: typesetting is sliced
    # into later turns), not with the preview: QtSvg and its library cost ~3 ms to load.
    from PySide6.QtSvg import QSvgRenderer

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


@lru_cache(maxsize=_CACHE_SIZE)
def svg_ascent(svg: str) -> float:
    """How far the formula reaches above its baseline, in pixels (ziamath puts the baseline
    at y = 0 of its viewBox), or 0 when the SVG does not say."""
    match = _VIEW_BOX.search(svg)
    return max(0.0, -float(match[1])) if match else 0.0


class Typesetter(QObject):
    """Formulas typeset in idle time; `ready(names)` when some are done (or found unreadable)."""

    ready = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: OrderedDict[str, tuple[str, bool]] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def formula(self, src: str) -> tuple[QImage, float] | None:
        """The picture of the formula `src` names and its ascent (see `image`)."""
        parsed = parse_math_src(src)
        if parsed is None:
            return None
        known, svg = cached(*parsed)
        image = self.image(src)
        return (image, svg_ascent(svg)) if known and svg is not None and image is not None else None

    def image(self, src: str) -> QImage | None:
        """The picture of the formula `src` names; None while it is not typeset (it is queued
        then) and for good when it cannot be typeset or `src` names no formula."""
        parsed = parse_math_src(src)
        if parsed is None:
            return None
        known, svg = cached(*parsed)
        if not known:
            self._queue[src] = parsed
            self._timer.start()
            return None
        return rasterised(svg) if svg is not None else None

    def pending(self) -> int:
        """How many formulas wait to be typeset."""
        return len(self._queue)

    def typeset_all(self) -> None:
        """Typeset every queued formula now (for measurements and tests)."""
        while self._queue:
            self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        done = []
        while self._queue:
            src, (tex, display) = self._queue.popitem(last=False)
            math_svg(tex, display)
            done.append(src)
            if time.perf_counter() >= deadline:
                break
        if self._queue:
            self._timer.start()
        if done:
            self.ready.emit(done)


@cache
def typesetter() -> Typesetter:
    """The application's one typesetter (formulas are shared by every preview)."""
    return Typesetter()


def math_image(src: str) -> QImage | None:
    """The picture of the formula `src` names, or None (not typeset yet, or never)."""
    return typesetter().image(src)


def math_formula(src: str) -> tuple[QImage, float] | None:
    """The picture of the formula `src` names and how far it reaches above its baseline."""
    return typesetter().formula(src)


def cache_info():
    """Hits and misses of the rasterised-formula cache (functools' CacheInfo)."""
    return rasterised.cache_info()


def clear_cache() -> None:
    """Forget every rasterised formula."""
    rasterised.cache_clear()
