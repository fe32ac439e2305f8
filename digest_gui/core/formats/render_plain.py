"""The export's HTML of a paper whose text holds no Markdown, without running Markdown.

Python-Markdown takes about a millisecond per paper, most of it trying inline patterns
on text that has none; a cold HTML export of 2,300 papers spent two seconds there. Most
papers' lines are plain prose: no character that starts any inline construct, nothing
the exporter escapes. Their HTML is the same for every paper up to the text itself, so
a paper of the same shape (the same fields empty) is converted once with a token in
place of each line, and each plain paper's HTML is that template with its HTML-escaped
lines put in. A paper with anything else (emphasis, code, backslashes, entities...)
goes through Python-Markdown as before. tests/core/formats/test_render_plain.py checks,
on generated text, that both ways give the same bytes.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from digest_gui.core.formats.digest_format import (
    entry_lines,
    entry_lines_markdown,
    row_markdown,
    safe_url,
    table_title,
)
from digest_gui.core.formats.markdown_text import BLOCK, CELL, LINK, escape, one_line
from digest_gui.core.model import ExportSettings, Paper

# Characters that start or take part in an inline construct of Python-Markdown with the
# digest's extensions (code, escapes, emphasis, table cells), and the controls its
# preprocessors rewrite. A line holding none of them, and left as it is by `escape`,
# renders as its HTML-escaped self. Brackets may stay: what `escape` leaves of them
# ("[cs.LG]" in a legacy title) is a reference to nothing, which stays text.
_MARKUP = re.compile(r"[`\\*_|\x00-\x1f\x7f]")
# Python-Markdown turns "<...>" holding an @ or a scheme into a link; "<" followed by a
# ">" anywhere later is left to it.
_ANGLE_PAIR = re.compile(r"<[^>]*>")
# A link target the template's token can stand for: nothing escaped in HTML.
_PLAIN_URL = re.compile(r"[A-Za-z0-9:/.?=#%+~-]*")

_TOKEN = "Zq{}qZ"
_TOKEN_PATTERN = re.compile(r"Zq([0-9])qZ")


# A line may end in spaces (an abstract cut at a space): the template's token carries
# as many, up to this many.
_MAX_TRAILING = 8


def _trailing_spaces(line: str) -> int:
    return len(line) - len(line.rstrip(" "))


def _plain(line: str, context: str) -> bool:
    text = line.rstrip(" ")
    return (
        text == text.strip()
        and _trailing_spaces(line) <= _MAX_TRAILING
        and not _MARKUP.search(line)
        and not _ANGLE_PAIR.search(line)
        and escape(line, context) == line
    )


def plain_lines(paper: Paper, settings: ExportSettings) -> tuple[str, ...] | None:
    """The url and the eight lines a paper's row and entry show, or None if any holds markup.

    Order: url, table title, the row's Chinese summary, then the entry's six lines.
    """
    url = safe_url(paper.url)
    if not _PLAIN_URL.fullmatch(url):
        return None
    title = table_title(paper)
    summary_zh = one_line(paper.summary_zh)
    lines = entry_lines(paper, settings)
    if not (_plain(title, LINK) and _plain(summary_zh, CELL)):
        return None
    if not all(_plain(line, BLOCK) for line in lines):
        return None
    return (url, title, summary_zh, *lines)


def _shape(lines: tuple[str, ...]) -> tuple[int, ...]:
    """Per line: -1 if empty, else how many spaces it ends in."""
    return tuple(_trailing_spaces(line) if line.strip(" ") else -1 for line in lines)


def _template_markdown(shape: tuple[int, ...], number: int) -> tuple[str, str]:
    """The row and entry Markdown with a token for every non-empty line of `shape`."""
    tokens = [
        _TOKEN.format(index) + " " * spaces if spaces >= 0 else "" for index, spaces in enumerate(shape)
    ]
    url, title, summary_zh, *lines = tokens
    return row_markdown(url, title, summary_zh, number), entry_lines_markdown(url, tuple(lines), number)


@lru_cache(maxsize=64)
def _template(shape: tuple[int, ...], convert_pair) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The converted row and entry of `shape` split at the tokens, or None when a token
    did not come through as written (then no paper of this shape takes the short way)."""
    row_md, entry_md = _template_markdown(shape, 1)
    row, entry = convert_pair(row_md, entry_md)
    expected = sum(spaces >= 0 for spaces in shape)
    # The url shows twice in the entry (href and text) and once in the row.
    found = len(_TOKEN_PATTERN.findall(row)) + len(_TOKEN_PATTERN.findall(entry))
    if found != expected + (2 if shape[0] >= 0 else 0):
        return None
    return tuple(_TOKEN_PATTERN.split(row)), tuple(_TOKEN_PATTERN.split(entry))


def _fill(parts: tuple[str, ...], values: list[str]) -> str:
    # re.split with one group alternates text and the token's index.
    out = []
    for position, part in enumerate(parts):
        out.append(values[int(part)] if position % 2 else part)
    return "".join(out)


def render_plain(paper: Paper, settings: ExportSettings, convert_pair) -> tuple[str, str] | None:
    """The canonical (footnote 1) row and entry HTML of `paper`, or None if it holds markup.

    `convert_pair(row_markdown, entry_markdown)` converts a one-paper page's parts and
    returns its (row, entry) HTML, as render_html does for every paper.
    """
    lines = plain_lines(paper, settings)
    if lines is None:
        return None
    template = _template(_shape(lines), convert_pair)
    if template is None:
        return None
    values = [html.escape(lines[0])] + [html.escape(line.rstrip(" "), quote=False) for line in lines[1:]]
    row_parts, entry_parts = template
    return _fill(row_parts, values), _fill(entry_parts, values)


def clear_cache() -> None:
    """Forget the converted templates."""
    _template.cache_clear()
