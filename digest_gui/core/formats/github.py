"""Markdown as GitHub shows it: cmark-gfm's HTML, GitHub's math spans, and the visible text.

GitHub renders Markdown with cmark-gfm (bound by the `cmarkgfm` package) and then typesets
math in what the Markdown left as text: `$…$` inline, `$$…$$` as display, and `` $`…`$ ``
(a code span between dollars) as protected inline math. Because the Markdown goes first,
backslash escapes inside a formula are already eaten (`\\{` shows as `{`), and `*`, `_`
and `~` pairs inside formulas become emphasis or strikethrough; the github_alters quality
check warns about exactly that (formats/math_spans.py). A `$` escaped as `\\$` never
opens math.

`github_html` is that rendering with math spans marked as `<img class="math">` elements
whose `alt` is the text GitHub's HTML shows and whose `src` names the formula
(`math:i:<tex>` inline, `math:d:<tex>` display, the tex percent-encoded). Whether a
formula can be typeset is the preview's business: it typesets in idle time, showing the
source meanwhile, and for good if the formula cannot be read. visible_text.py reads what a
reader sees from either HTML, so tests can compare the preview with cmark-gfm itself.
"""

from __future__ import annotations

import ctypes
import html
import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import quote, unquote

import cmarkgfm
from cmarkgfm import _cmark, cmark
from cmarkgfm.cmark import Options

# GitHub's extensions with footnotes. "Unsafe" keeps link targets such as file: as written
# (cmark-gfm would blank them): the preview shows them on hover and follows only http(s)
# links itself. Raw HTML cannot come from a field (the export escapes `<`) and the
# preview's documents never load anything.
OPTIONS = Options.CMARK_OPT_FOOTNOTES | Options.CMARK_OPT_UNSAFE

_ESCAPED_DOLLAR = 0xE024  # the first private-use character tried as a stand-in for `\$`
_ESCAPED_DOLLAR_MD = re.compile(r"(?<!\\)((?:\\\\)*)\\\$")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")
_CODE_MATH = re.compile(r"\$<code>([^<]*)</code>\$")
# One pass, display math tried first: an opening `$` followed by a non-space, a closing
# `$` after a non-space (GitHub's rule), never an empty pair.
_MATH = re.compile(
    r"\$\$(?=\S)(?P<display>.+?)(?<=\S)\$\$|\$(?=[^\s$])(?P<inline>[^$]*?)(?<=[^\s$])\$", re.DOTALL
)
_MATH_SRC = re.compile(r"math:([id]):(.*)")
# The extensions cmarkgfm.github_flavored_markdown_to_html attaches: GitHub's.
_EXTENSIONS = (b"table", b"autolink", b"tagfilter", b"strikethrough", b"tasklist")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Papers whose rendering is kept. Only the preview renders through this cache, and only
# the papers on screen and a few screens around them (it keeps 64 laid-out documents);
# the layout keeps heights, not HTML. A paper scrolled back to after 256 others is
# rendered again (a fraction of a millisecond); keeping every paper of a 23,000-paper
# digest took 30 MB, and 1,024 of 2,300 distinct ones 5 MB (issue 15).
_CACHE_SIZE = 256


def cmark_html(md: str) -> str:
    """cmark-gfm's HTML of `md` with GitHub's extensions, without the math step."""
    if _SURROGATE.search(md):
        md = _SURROGATE.sub("\ufffd", md)  # cmark-gfm takes UTF-8, which cannot hold them
    if _NATIVE is None:
        return cmarkgfm.github_flavored_markdown_to_html(md, options=OPTIONS)
    return _render(md, OPTIONS | Options.CMARK_OPT_GITHUB_PRE_LANG)


def _native() -> tuple[ctypes.CDLL, Callable[[int], None]] | None:
    """cmark-gfm's own node and memory release functions, from the module cmarkgfm built."""
    try:
        library = ctypes.CDLL(_cmark.__file__)
        library.cmark_node_free.argtypes = [ctypes.c_void_p]
        library.cmark_node_free.restype = None
        library.cmark_get_default_mem_allocator.restype = ctypes.POINTER(_CmarkMem)
        free = library.cmark_get_default_mem_allocator().contents.free
        return library, free
    except (OSError, AttributeError, ValueError):
        return None


class _CmarkMem(ctypes.Structure):
    _fields_ = (
        ("calloc", ctypes.c_void_p),
        ("realloc", ctypes.c_void_p),
        ("free", ctypes.CFUNCTYPE(None, ctypes.c_void_p)),
    )


def _address(pointer: object) -> int:
    return int(_cmark.ffi.cast("uintptr_t", pointer))


def _render(md: str, options: int) -> str:
    """What cmarkgfm.github_flavored_markdown_to_html does, freeing what it leaks.

    cmarkgfm (2025.10.22) frees neither the document's tree nor the HTML string: ~17 KB
    a paper, so a preview re-rendering as the user types grows by megabytes a minute.
    """
    assert _NATIVE is not None
    library, free = _NATIVE
    lib, ffi = _cmark.lib, _cmark.ffi
    cmark.core_extensions_ensure_registered()
    parser = lib.cmark_parser_new(options)
    try:
        for name in _EXTENSIONS:
            extension = lib.cmark_find_syntax_extension(name)
            if extension != ffi.NULL:
                lib.cmark_parser_attach_syntax_extension(parser, extension)
        encoded = md.encode("utf-8")
        lib.cmark_parser_feed(parser, encoded, len(encoded))
        root = lib.cmark_parser_finish(parser)
        try:
            raw = lib.cmark_render_html(root, options, lib.cmark_parser_get_syntax_extensions(parser))
            try:
                return bytes(ffi.string(raw)).decode("utf-8")
            finally:
                free(_address(raw))
        finally:
            library.cmark_node_free(_address(root))
    finally:
        lib.cmark_parser_free(parser)


@lru_cache(maxsize=_CACHE_SIZE)
def github_html(md: str) -> str:
    """The HTML GitHub shows for `md`, math spans marked as `<img class="math">`."""
    # A private-use character the text does not hold stands in for `\$` while cmark runs.
    marker = next(chr(code) for code in range(_ESCAPED_DOLLAR, 0xF900) if chr(code) not in md)
    protected = _ESCAPED_DOLLAR_MD.sub(lambda m: m[1] + marker, md)
    rendered = cmark_html(protected)
    if "$" not in rendered and marker not in rendered:
        return rendered
    return _mark_math(rendered, marker)


def math_src(tex: str, display: bool) -> str:
    """The `src` naming one formula in `github_html`'s output."""
    return f"math:{'d' if display else 'i'}:{quote(tex, safe='')}"


def math_source(tex: str, display: bool) -> str:
    """A formula as typed between its dollars (what shows while it is not typeset)."""
    return f"$${tex}$$" if display else f"${tex}$"


def parse_math_src(src: str) -> tuple[str, bool] | None:
    """(tex, display) of a `math_src` name, or None for anything else."""
    match = _MATH_SRC.fullmatch(src)
    if match is None:
        return None
    return unquote(match[2]), match[1] == "d"


def _math_img(tex: str, display: bool, shown: str, marker: str) -> str:
    kind = "math-display" if display else "math"
    shown = shown.replace(marker, "$")
    return (
        f'<img class="{kind}" src="{math_src(tex, display)}" alt="{html.escape(shown)}" '
        'style="vertical-align: middle" />'
    )


def _text_math(text: str, marker: str) -> str:
    """HTML text (entities and all) with its math spans replaced by images."""

    def replace(match: re.Match[str]) -> str:
        display = match["display"] is not None
        tex = html.unescape(match["display"] if display else match["inline"])
        return _math_img(tex.replace(marker, "\\$"), display, html.unescape(match[0]), marker)

    return _MATH.sub(replace, text)


def _mark_math(rendered: str, marker: str) -> str:
    def code_math(match: re.Match[str]) -> str:
        tex = html.unescape(match[1]).replace(marker, "\\$")
        return _math_img(tex, False, f"${tex}$", marker)

    rendered = _CODE_MATH.sub(code_math, rendered)
    out: list[str] = []
    code_depth = 0  # inside <code> or <pre>, dollars are text
    for match in _TAG_OR_TEXT.finditer(rendered):
        tag, text = match[1], match[2]
        if tag is not None:
            name = tag[1:].split(None, 1)[0].rstrip(">/").lower() if len(tag) > 2 else ""
            if name in ("code", "pre"):
                code_depth += 1
            elif name in ("/code", "/pre"):
                code_depth = max(0, code_depth - 1)
            out.append(tag)
        elif code_depth or "$" not in text:
            out.append(text.replace(marker, "\\$" if code_depth else "$"))
        else:
            out.append(_text_math(text, marker).replace(marker, "$"))
    return "".join(out)


def clear_cache() -> None:
    """Forget every cached rendering."""
    github_html.cache_clear()


_NATIVE = _native()
