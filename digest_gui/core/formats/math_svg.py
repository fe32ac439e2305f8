"""LaTeX formulas typeset as SVG, in pure Python (ziamath), cached per formula.

The preview shows a digest's `$…$` and `$$…$$` as typeset math, as GitHub does. ziamath
(LaTeX → MathML → SVG with its bundled STIX Two Math font) needs no TeX installation and
no browser. It is imported on first use: it costs ~0.2 s, which a digest without math
never pays. A formula it cannot read (unbalanced braces, an unknown environment) gives
None, and the caller shows the source instead.
"""

from __future__ import annotations

import threading
import warnings
from functools import lru_cache

FONT_PX = 16.0  # the preview's body text size (themes/default.css)
_CACHE_SIZE = 4096  # formulas; a 2,300-paper digest's visible formulas stay cached
_LOCK = threading.Lock()  # ziamath's font caches are not known to be thread-safe


@lru_cache(maxsize=_CACHE_SIZE)
def math_svg(tex: str, display: bool = False) -> str | None:
    """The SVG of `tex` typeset at the body size (display style if `display`), or None."""
    if not tex.strip():
        return None
    try:
        with _LOCK, warnings.catch_warnings():
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


def can_typeset(tex: str, display: bool = False) -> bool:
    """Whether `tex` typesets (the result is cached for the preview to draw)."""
    return math_svg(tex, display) is not None


def cache_info():
    """Hits and misses of the per-formula cache (functools' CacheInfo)."""
    return math_svg.cache_info()


def clear_cache() -> None:
    """Forget every typeset formula."""
    math_svg.cache_clear()
