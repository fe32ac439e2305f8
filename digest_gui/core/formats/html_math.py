"""Formulas of an exported HTML page typeset as inline SVG, with the preview's renderer.

The exported pages render the digest's Markdown with Python-Markdown, which leaves `$…$`
and `$$…$$` as text, as GitHub's Markdown does before its math step. `typeset_math` finds
them with GitHub's rules (core/formats/github.py) and puts ziamath's SVG (math_svg.py, the
preview's typesetter, cached per formula) in their place, set on the text's baseline. The
SVG holds only <svg>, <path> and <rect> with numbers: glyphs are outlines, so a formula's
text can never become markup. A formula that cannot be typeset stays as its source text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from digest_gui.core.formats.github import _mark_math, parse_math_src
from digest_gui.core.formats.math_svg import math_svg

_MATH_IMG = re.compile(
    r'<img class="(?P<kind>math|math-display)" src="(?P<src>[^"]*)" alt="(?P<alt>[^"]*)"[^>]*/>'
)
_VIEWBOX = re.compile(r'viewBox="(?P<x>[-\d.]+) (?P<y>[-\d.]+) (?P<w>[-\d.]+) (?P<h>[-\d.]+)"')
_MARKER_START = 0xE024


def _baseline_style(svg: str) -> str:
    """The SVG with a style that sets its baseline (y = 0) on the text's."""
    box = _VIEWBOX.search(svg)
    depth = float(box["y"]) + float(box["h"]) if box else 0.0
    return svg.replace("<svg ", f'<svg style="vertical-align: {-depth:.3f}px" ', 1)


def formula_html(tex: str, display: bool) -> str | None:
    """The inline SVG of one formula (in a centred block if `display`), or None."""
    svg = math_svg(tex, display)
    if svg is None:
        return None
    svg = _baseline_style(svg)
    if display:
        return f'<span style="display: block; text-align: center; margin: 8px 0">{svg}</span>'
    return svg


def typeset_math(body: str, formula: Callable[[str, bool], str | None] = formula_html) -> str:
    """`body` (HTML) with each formula in its text replaced by `formula(tex, display)`'s HTML."""
    if "$" not in body:
        return body
    marker = next(chr(code) for code in range(_MARKER_START, 0xF900) if chr(code) not in body)
    marked = _mark_math(body, marker)

    def replace(match: re.Match[str]) -> str:
        parsed = parse_math_src(html.unescape(match["src"]))
        typeset = formula(*parsed) if parsed is not None else None
        return typeset if typeset is not None else match["alt"]

    return _MATH_IMG.sub(replace, marked)
