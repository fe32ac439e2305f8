"""The preview's HTML: the export's Markdown as GitHub shows it, cut into per-paper pieces.

The preview shows what GitHub will show, so it renders the very Markdown `export_markdown`
writes with cmark-gfm and GitHub's math (core/formats/github.py), not with the
Python-Markdown of the HTML export (render_html.py). As there, each paper is converted on
its own, [table head + its row + details head + its entry] as footnote 1, then cut and
renumbered, so that an unchanged paper converts once and inserting a paper converts
nothing else again. Footnote links are rewritten to `#fn:N` / `#fnref:N`, the scheme the
preview follows.
"""

from __future__ import annotations

from functools import lru_cache

from digest_gui.core.formats.digest_format import (
    details_head_markdown,
    entry_markdown,
    table_head_markdown,
    table_row_markdown,
)
from digest_gui.core.formats.github import github_html
from digest_gui.core.formats.math_spans import protected_paper
from digest_gui.core.formats.page_parts import HeadHtml, PageShape, RenderedPaper
from digest_gui.core.model import Digest, ExportSettings, Paper

_CANONICAL = 1
_ROW_REF = '<td><sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></td>\n'
_ENTRY_OPEN = '<li id="fn-1">\n'
_BACKREF = (
    ' <a href="#fnref-1" class="footnote-backref" data-footnote-backref '
    'data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a>'
)
# Every field is one line and cmark-gfm escapes `<` in text, so these framings only occur
# where cmark-gfm puts them.
PAGE = PageShape(
    tbody_open="<tbody>\n",
    tbody_close="</tbody>\n</table>\n",
    footnotes_open='<section class="footnotes" data-footnotes>\n<ol>\n',
    footnotes_close="</ol>\n</section>\n",
)


def paper_markdown(paper: Paper, number: int, settings: ExportSettings) -> str:
    """The Markdown rendered for one paper: the table and details heads around its parts."""
    if settings.github_math:
        paper = protected_paper(paper)
    return (
        table_head_markdown(settings)
        + table_row_markdown(paper, number)
        + details_head_markdown(settings)
        + entry_markdown(paper, number, settings)
    )


def _numbered(row: str, entry: str, number: int) -> RenderedPaper:
    row = row.replace(_ROW_REF, f'<td><sup><a href="#fn:{number}">{number}</a></sup></td>\n', 1)
    entry = entry.replace(_ENTRY_OPEN, f'<li id="fn:{number}">\n', 1)
    at = entry.rfind(_BACKREF)
    if at >= 0:
        backref = f' <a href="#fnref:{number}" class="footnote-backref">↩</a>'
        entry = entry[:at] + backref + entry[at + len(_BACKREF) :]
    return RenderedPaper(row_html=row, entry_html=entry)


def render_paper(paper: Paper, number: int, settings: ExportSettings) -> RenderedPaper:
    """The row and footnote entry of `paper` as footnote `number`, as GitHub shows them."""
    page = github_html(paper_markdown(paper, _CANONICAL, settings))
    try:
        _, row, _, entry, _ = PAGE.cut(page)
    except ValueError:
        # Not the expected shape (which escaping rules out): show the whole page as the
        # entry rather than lose any of it.
        return RenderedPaper(
            row_html="<tr>\n<td></td>\n<td></td>\n<td></td>\n</tr>\n", entry_html=f"<li>{page}</li>\n"
        )
    return _numbered(row, entry, number)


@lru_cache(maxsize=16)
def _head_cached(summary_heading: str, details_heading: str, table_header: tuple[str, str, str]) -> HeadHtml:
    settings = ExportSettings(
        summary_heading=summary_heading, details_heading=details_heading, table_header=table_header
    )
    return PAGE.head(github_html(paper_markdown(Paper(), _CANONICAL, settings)))


def head_html(settings: ExportSettings) -> HeadHtml:
    """The headings, the table's header and the wrappers of the rows and entries."""
    return _head_cached(settings.summary_heading, settings.details_heading, tuple(settings.table_header))


def clear_cache() -> None:
    """Forget the cached heads (paper renderings live in github.py's cache)."""
    _head_cached.cache_clear()


def digest_body_html(digest: Digest) -> str:
    """The whole digest as the preview shows it, put together from the per-paper pieces."""
    settings = digest.export
    head = head_html(settings)
    rendered = [render_paper(paper, number, settings) for number, paper in enumerate(digest.papers, 1)]
    return head.page(rendered)
