"""LaTeX formulas typeset as SVG, in pure Python (ziamath), cached per formula.

The preview shows a digest's `$…$` and `$$…$$` as typeset math, as GitHub does. ziamath
(LaTeX → MathML → SVG with its bundled STIX Two Math font) needs no TeX installation and
no browser, but it is slow: ~5 to 25 ms a formula. So results are kept (most recently used
first, CACHE_SIZE formulas), `cached` answers without typesetting, and the preview
typesets what it lacks in idle time (ui/preview/math_images.py). ziamath is imported on
first use: it costs ~0.2 s, which a digest without math never pays. A formula it cannot
read (unbalanced braces, an unknown environment) gives None: the caller shows the source.
"""

from __future__ import annotations

import threading
import warnings
from collections import OrderedDict
from typing import NamedTuple

FONT_PX = 16.0  # the preview's body text size (themes/default.css)
CACHE_SIZE = 8192  # formulas

_LOCK = threading.RLock()  # the cache, and ziamath, whose font caches are not known to be thread-safe
_CACHE: OrderedDict[tuple[str, bool], str | None] = OrderedDict()
_COUNTS = {"hits": 0, "misses": 0}


class CacheInfo(NamedTuple):
    """How often a formula was found typeset, and how often it had to be typeset."""

    hits: int
    misses: int
    size: int


def _typeset(tex: str, display: bool) -> str | None:
    if not tex.strip():
        return None
    try:
        with warnings.catch_warnings():
            # ziamath 0.13 finds its font with a deprecated importlib.resources call.
            warnings.simplefilter("ignore", DeprecationWarning)
            import ziamath

            # SVG 1.1 with each glyph's path inline: Qt's SVG renderer (SVG Tiny) draws
            # nothing for SVG 2's <symbol> and bare href <use>.
            ziamath.config.svg2 = False
            return str(ziamath.Latex(tex, size=FONT_PX, inline=not display).svg())
    except Exception:
        # ziamath and latex2mathml raise many kinds of errors on malformed input; any
        # of them means "show the source".
        return None


def cached(tex: str, display: bool = False) -> tuple[bool, str | None]:
    """(whether `tex` was typeset already, its SVG or None if it cannot be), without typesetting."""
    with _LOCK:
        key = (tex, display)
        if key not in _CACHE:
            return False, None
        _CACHE.move_to_end(key)
        return True, _CACHE[key]


def math_svg(tex: str, display: bool = False) -> str | None:
    """The SVG of `tex` typeset at the body size (display style if `display`), or None."""
    with _LOCK:
        key = (tex, display)
        if key in _CACHE:
            _COUNTS["hits"] += 1
            _CACHE.move_to_end(key)
            return _CACHE[key]
        _COUNTS["misses"] += 1
        svg = _typeset(tex, display)
        _CACHE[key] = svg
        if len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
        return svg


def cache_info() -> CacheInfo:
    """Hits and misses of the per-formula cache."""
    with _LOCK:
        return CacheInfo(_COUNTS["hits"], _COUNTS["misses"], len(_CACHE))


def clear_cache() -> None:
    """Forget every typeset formula."""
    with _LOCK:
        _CACHE.clear()
        _COUNTS.update(hits=0, misses=0)
