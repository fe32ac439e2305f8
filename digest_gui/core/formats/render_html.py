"""HTML of the digest as the published Markdown renders: per paper, and as a whole page.

The preview and the HTML export both render the very Markdown that `export_markdown`
writes, with Python-Markdown and its "tables" and "footnotes" extensions. Converting a
2,300-paper export in one go takes seconds (the footnotes extension is slow on huge
documents), so each paper is converted on its own: [table head + its row + details head
+ its entry], and the row's <tr> and the entry's <li> are cut out. The whole page is
these pieces put back together, which equals converting the whole export (a test checks
it). Conversions are cached by their Markdown text, so an unchanged paper is converted
once.

Whatever a field or a heading holds stays text: raw HTML is never passed through (it is
escaped like any other text), and in the exported page only http and https addresses
are links or images; any other (`javascript:`, `data:`, `file:`) is written as text. An
imported digest or a model's answer can hold anything, and the exported page is
published. (The preview keeps such links visible and refuses to open them.)
"""

from __future__ import annotations

import html
import itertools
import re
import threading
from collections.abc import Callable
from functools import lru_cache

import markdown
from markdown.extensions import Extension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.tables import TableExtension

from digest_gui.core.formats import render_plain as render_plain_module
from digest_gui.core.formats.digest_format import (
    details_head_markdown,
    entry_markdown,
    export_markdown,
    table_head_markdown,
    table_row_markdown,
)
from digest_gui.core.formats.export_progress import step
from digest_gui.core.formats.html_math import typeset_math
from digest_gui.core.formats.page_parts import HeadHtml, PageShape, RenderedPaper
from digest_gui.core.formats.render_plain import render_plain
from digest_gui.core.model import Digest, ExportSettings, Paper


class InertHtml(Extension):
    """Python-Markdown without raw HTML: a tag in the text is escaped as text, never kept."""

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block", strict=False)
        md.inlinePatterns.deregister("html", strict=False)


def extensions() -> list[Extension]:
    """The digest's Python-Markdown extensions, new instances (footnotes keep per-document state).

    Instances, not names: Python-Markdown looks names up in every installed package's
    metadata, which costs tens of milliseconds."""
    return [TableExtension(), FootnoteExtension(), InertHtml()]


# Papers are converted as footnote 1 and renumbered afterwards, so that inserting a
# paper (which renumbers every paper after it) does not make them all convert again.
_CANONICAL = 1
_ROW_PREFIX = '<tr>\n<td><sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">{n}</a></sup></td>\n'
_ENTRY_PREFIX = '<li id="fn:{n}">\n'
_ENTRY_SUFFIX = (
    '&#160;<a class="footnote-backref" href="#fnref:{n}" '
    'title="Jump back to footnote {n} in the text">&#8617;</a></p>\n</li>\n'
)

# Every field is one line, so these newline-framed markers only occur where
# Python-Markdown puts them, never inside a field's text.
_TBODY_OPEN = "\n</thead>\n<tbody>\n"
_TBODY_CLOSE = "\n</tbody>\n</table>\n"
_FOOTNOTES_OPEN = '<div class="footnote">\n<hr />\n<ol>\n'
_FOOTNOTES_CLOSE = "</ol>\n</div>"

_BLANKISH_LINE = re.compile(r"^[ \t]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")

_CACHE_SIZE = 4096  # papers; a 2,300-paper digest stays cached whole

# One Markdown instance is much cheaper than one per call; the lock lets an export
# running on a worker thread share it with the preview.
_MD = markdown.Markdown(extensions=extensions())
_MD_LOCK = threading.Lock()


def preview_markdown(md: str) -> str:
    """The export's Markdown with whitespace-only lines emptied and blank runs collapsed.

    Python-Markdown ends a footnote at the four-space line every entry has between its
    summary and its abstract, which would push the rest of the entry out of the footnote
    as a code block; GitHub keeps it inside. Without those lines both agree.
    """
    return _BLANK_RUN.sub("\n\n", _BLANKISH_LINE.sub("", md))


def convert(md: str) -> str:
    """Python-Markdown's HTML of `md` with the digest's extensions (uncached)."""
    with _MD_LOCK:
        _MD.reset()
        return _MD.convert(md)


@lru_cache(maxsize=_CACHE_SIZE)
def _convert_cached(md: str) -> str:
    return convert(md)


def cache_info():
    """Hits and misses of the per-paper conversion cache (functools' CacheInfo)."""
    return _convert_cached.cache_info()


def clear_cache() -> None:
    """Forget every cached conversion."""
    _convert_cached.cache_clear()
    _head_cached.cache_clear()
    render_plain_module.clear_cache()


PAGE = PageShape(_TBODY_OPEN, _TBODY_CLOSE, _FOOTNOTES_OPEN, _FOOTNOTES_CLOSE)


def paper_markdown(paper: Paper, number: int, settings: ExportSettings) -> str:
    """The Markdown converted for one paper: the table and details heads around its parts."""
    row = table_row_markdown(paper, number)
    return _one_paper_page(settings, row, entry_markdown(paper, number, settings))


def _one_paper_page(settings: ExportSettings, row_markdown: str, entry_markdown: str) -> str:
    """A one-paper page's Markdown: the table and details heads around a row and an entry."""
    return preview_markdown(
        table_head_markdown(settings) + row_markdown + details_head_markdown(settings) + entry_markdown
    )


def _renumbered(row: str, entry: str, number: int) -> RenderedPaper | None:
    """A canonical (footnote 1) row and entry as footnote `number`, or None if they differ
    from what the templates expect (another Python-Markdown version)."""
    row_prefix = _ROW_PREFIX.format(n=_CANONICAL)
    entry_prefix = _ENTRY_PREFIX.format(n=_CANONICAL)
    entry_suffix = _ENTRY_SUFFIX.format(n=_CANONICAL)
    if not (row.startswith(row_prefix) and entry.startswith(entry_prefix) and entry.endswith(entry_suffix)):
        return None
    if number == _CANONICAL:
        return RenderedPaper(row, entry)
    body = entry[len(entry_prefix) : len(entry) - len(entry_suffix)]
    return RenderedPaper(
        row_html=_ROW_PREFIX.format(n=number) + row[len(row_prefix) :],
        entry_html=_ENTRY_PREFIX.format(n=number) + body + _ENTRY_SUFFIX.format(n=number),
    )


def _convert_parts(row_markdown: str, entry_markdown: str) -> tuple[str, str]:
    """The row and entry HTML of a one-paper page made of these parts (render_plain's templates)."""
    _, row, _, entry, _ = PAGE.cut(convert(_one_paper_page(ExportSettings(), row_markdown, entry_markdown)))
    return row, entry


def render_paper(paper: Paper, number: int, settings: ExportSettings) -> RenderedPaper:
    """The row and footnote entry of `paper` as footnote `number`, as the export renders."""
    plain = render_plain(paper, settings, _convert_parts)
    if plain is not None:
        rendered = _renumbered(*plain, number)
        if rendered is not None:
            return rendered
    _, row, _, entry, _ = PAGE.cut(_convert_cached(paper_markdown(paper, _CANONICAL, settings)))
    rendered = _renumbered(row, entry, number)
    if rendered is None:
        _, row, _, entry, _ = PAGE.cut(_convert_cached(paper_markdown(paper, number, settings)))
        rendered = RenderedPaper(row, entry)
    return rendered


@lru_cache(maxsize=16)
def _head_cached(summary_heading: str, details_heading: str, table_header: tuple[str, str, str]) -> HeadHtml:
    settings = ExportSettings(
        summary_heading=summary_heading, details_heading=details_heading, table_header=table_header
    )
    return PAGE.head(_convert_cached(paper_markdown(Paper(), _CANONICAL, settings)))


def head_html(settings: ExportSettings) -> HeadHtml:
    """The headings, the table's header and the wrappers of the rows and entries."""
    return _head_cached(settings.summary_heading, settings.details_heading, tuple(settings.table_header))


def digest_body_html(digest: Digest, finish: Callable[[str], str] | None = None) -> str:
    """The page body: the whole export as Python-Markdown renders it, built per paper,
    each piece passed through `finish` (see HeadHtml.page) if given."""
    if not digest.papers:
        # Python-Markdown writes an empty body row and no footnote list; small enough
        # to convert whole.
        body = convert(preview_markdown(export_markdown(digest)))
        return body if finish is None else finish(body)
    settings = digest.export
    head = head_html(settings)
    count = len(digest.papers)
    # Rendering is a step per paper; finishing one per piece (a row, an entry, 6 wrappers).
    total = count if finish is None else 3 * count + 6
    rendered = []
    for number, paper in enumerate(digest.papers, 1):
        rendered.append(render_paper(paper, number, settings))
        step(number, total)
    if finish is None:
        return head.page(rendered)
    finished = itertools.count(count + 1)

    def finish_and_step(piece: str) -> str:
        done = finish(piece)
        step(next(finished), total)
        return done

    return head.page(rendered, finish_and_step)


# With raw HTML escaped, every <a> and <img> in the HTML is one Python-Markdown wrote, in
# its own serialisation: attributes double-quoted (a quote inside is &quot;), links never
# nested.
_LINK = re.compile(r'<a href="(?P<href>[^"]*)"[^>]*>(?P<text>.*?)</a>', re.DOTALL)
_IMAGE = re.compile(r"<img\b[^>]*>")
_ATTRIBUTE = re.compile(r'(?P<name>[a-z]+)="(?P<value>[^"]*)"')
# Addresses a link or an image may point at; "#" is the page's own footnote anchors.
_SAFE_URL = re.compile(r"(?:https?://|#)", re.IGNORECASE)


def _safe(address: str) -> bool:
    return bool(_SAFE_URL.match(html.unescape(address).strip()))


def _link_or_text(match: re.Match[str]) -> str:
    return match[0] if _safe(match["href"]) else f"<span>{match['text']}</span>"


def _image_or_text(match: re.Match[str]) -> str:
    attributes = {found["name"]: found["value"] for found in _ATTRIBUTE.finditer(match[0])}
    return match[0] if _safe(attributes.get("src", "")) else f"<span>{attributes.get('alt', '')}</span>"


def inert_links(body: str) -> str:
    """The HTML with every link and image whose address is not http(s) or an anchor made text."""
    return _IMAGE.sub(_image_or_text, _LINK.sub(_link_or_text, body))


def _typeset_piece(piece: str) -> str:
    return typeset_math(inert_links(piece))


def digest_html(digest: Digest, css: str, typeset: bool = True) -> str:
    """A standalone UTF-8 HTML page of the digest, styled with `css`, formulas as inline SVG.

    It loads nothing: the stylesheet is in the page, formulas are SVG in the page (left as
    their `$…$` source with `typeset=False`), and the only addresses are the papers'
    http(s) links and the page's own anchors.
    """
    body = digest_body_html(digest, _typeset_piece if typeset else inert_links)
    title = digest.title or digest.export.summary_heading
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>\n{css}\n</style>\n</head>\n<body>\n"
        f"{body}\n"
        "</body>\n</html>\n"
    )
