"""Writing a field's plain text into Markdown so that it shows as written, and back.

The export puts each field on one line. Text that a Markdown renderer would read as
structure (a footnote marker, a link, an HTML tag, a heading or list at the start of a
line) is escaped with HTML character references, which GitHub, Python-Markdown and
every CommonMark renderer decode to the character itself. Backslashes are never added
or removed (except for the table's mandated `\\|`), so LaTeX such as `$P \\leq 0.01$`
stays verbatim. `unescape` undoes exactly what `escape` did: `unescape(escape(s)) == s`.
"""

from __future__ import annotations

import html.entities
import re

from digest_gui.core.lazy_pattern import LazyPattern

# Where a field goes decides what must be escaped.
BLOCK = "block"  # a paragraph of its own (footnote lines)
CELL = "cell"  # a table cell
LINK = "link"  # the text of a link inside a table cell

# Any whitespace run holding something other than plain spaces (a line break, a tab,
# a form feed...) becomes one space. Runs of plain spaces are kept: they are harmless
# in Markdown, and arXiv abstracts in published digests carry them.
_BREAK = r"\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029"
_BREAKING_RUN = LazyPattern(f"[ {_BREAK}]*[{_BREAK}][ {_BREAK}]*")
# Finding one break is much faster than looking for a run at every space.
_ANY_BREAK = re.compile(f"[{_BREAK}]")


def one_line(text: str) -> str:
    """Apply the one-line rule: breaks become one space; leading space goes.

    Leading space would turn a footnote paragraph into a code block. Trailing spaces
    are kept: a line ending in a space is harmless, and an abstract cut mid-sentence
    at a space must come back from an import unchanged.
    """
    if not _ANY_BREAK.search(text):
        return text.lstrip(" ")
    return _BREAKING_RUN.sub(" ", text).lstrip(" ")


# Characters that may need escaping somewhere; a field without any of them (and no
# special first character) is written as it is, which keeps the export fast.
_MAYBE_INLINE = re.compile(r"[&<\[\]|\\]")
_LINE_START_CHARS = frozenset("#>-+*_0123456789`~<[")

# Inline triggers, each escaping the single character at the match start.
_INLINE = LazyPattern(
    "|".join(
        (
            r"&(?=(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);)",  # entity
            r"<(?=[A-Za-z/!?][^<>]*>)",  # HTML tag, comment or autolink
            r"\[(?=\^[^\]]*\])",  # footnote marker [^3]
            r"\](?=\()",  # the "](" of a link or image
        )
    )
)
_CELL_EXTRA = re.compile(r"\|")
_BRACKET = re.compile(r"[\[\]]")

_THEMATIC_BREAK = re.compile(r"([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_LIST_BULLET = re.compile(r"[-+*](?=[ \t]|$)")
_ORDERED = re.compile(r"[0-9]{1,9}([.)])(?=[ \t]|$)")
_FENCE = re.compile(r"```|~~~")
_HTML_BLOCK = re.compile(r"<(?=[A-Za-z/!?])")
_LINK_DEFINITION = re.compile(r"\[(?=[^\]]*\]:)")

_REFERENCES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "[": "&#91;",
    "]": "&#93;",
    "#": "&#35;",
    "-": "&#45;",
    "+": "&#43;",
    "*": "&#42;",
    "_": "&#95;",
    ".": "&#46;",
    ")": "&#41;",
    "`": "&#96;",
    "~": "&#126;",
    "\\": "&#92;",
}


def _line_start_position(text: str) -> int:
    """Position of the character that makes a line-start construct, or -1."""
    first = text[0]
    if first not in _LINE_START_CHARS:
        return -1
    if first in "#>":
        return 0
    if first in "-*_" and _THEMATIC_BREAK.match(text):
        return 0
    if _LIST_BULLET.match(text) or _FENCE.match(text) or _HTML_BLOCK.match(text):
        return 0
    if _LINK_DEFINITION.match(text):
        return 0
    ordered = _ORDERED.match(text)
    if ordered:
        return ordered.start(1)
    return -1


def _mark_unpaired_brackets(text: str, marks: dict[int, str]) -> None:
    """Escape the brackets of link text that do not pair up.

    Link text may hold matched brackets as they are ("[Tur[k]ingBench](url)" is one
    link on GitHub), so titles keep them; an unmatched one would end the link or
    start another, and a bracket after a backslash is not a bracket to a renderer.
    """
    opened: list[int] = []
    for match in _BRACKET.finditer(text):
        position = match.start()
        if position in marks:
            continue
        if position > 0 and text[position - 1] == "\\":
            marks[position] = _REFERENCES[text[position]]
        elif text[position] == "[":
            opened.append(position)
        elif opened:
            opened.pop()
        else:
            marks[position] = _REFERENCES["]"]
    for position in opened:
        marks[position] = _REFERENCES["["]


def escape(text: str, context: str = BLOCK) -> str:
    """Escape one line of plain text so Markdown renders it as written in `context`."""
    if not text:
        return text
    start = _line_start_position(text) if context == BLOCK else -1
    if start < 0 and not _MAYBE_INLINE.search(text):
        return text
    marks: dict[int, str] = {}
    if start >= 0:
        marks[start] = _REFERENCES[text[start]]
    for match in _INLINE.finditer(text):
        position = match.start()
        marks[position] = _REFERENCES[text[position]]
    extra = _CELL_EXTRA if context in (CELL, LINK) else None
    if extra is not None:
        for match in extra.finditer(text):
            marks[match.start()] = "\\|"
    if context == LINK:
        _mark_unpaired_brackets(text, marks)
    if context == LINK and text.endswith("\\"):
        # A trailing backslash would escape the "]" that closes the link text.
        marks[len(text)] = ""
    if not marks:
        return text
    # A backslash right before an escape would itself escape the "&" or "\" we put
    # there; write such backslashes as references too.
    for position in list(marks):
        before = position - 1
        while before >= 0 and text[before] == "\\" and before not in marks:
            marks[before] = "&#92;"
            before -= 1
    marks.pop(len(text), None)
    pieces = []
    last = 0
    for position in sorted(marks):
        pieces.append(text[last:position])
        pieces.append(marks[position])
        last = position + 1
    pieces.append(text[last:])
    return "".join(pieces)


_DECODE = LazyPattern(r"&(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
_DECODE_CELL = LazyPattern(r"\\\||" + _DECODE.pattern)


def _decode_reference(match: re.Match[str]) -> str:
    body = match.group(1)
    if body is None:  # the cell's "\|"
        return "|"
    if body[0] == "#":
        code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return chr(code)
        return match.group(0)
    return html.entities.html5.get(body + ";", match.group(0))


def unescape(text: str, context: str = BLOCK) -> str:
    """Undo `escape`: decode character references (and `\\|` in table cells)."""
    if "&" not in text and (context == BLOCK or "\\|" not in text):
        return text
    pattern = _DECODE if context == BLOCK else _DECODE_CELL
    return pattern.sub(_decode_reference, text)
