"""The parts a rendered digest page is put together from, whichever Markdown renderer made them.

A digest is rendered a paper at a time (render_html.py with Python-Markdown for the exports,
render_github.py with cmark-gfm for the preview); these hold one paper's pieces, the
headings and wrappers around them, and where a renderer frames them in a one-paper page.
Kept apart from the renderers so that loading one does not load the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RenderedPaper:
    """One paper's HTML: its summary-table row and its footnote entry."""

    row_html: str  # '<tr>\n…</tr>\n'
    entry_html: str  # '<li id="fn:N">\n…</li>\n'


@dataclass(frozen=True, slots=True)
class HeadHtml:
    """The HTML around the papers' rows and entries, in page order."""

    summary_heading: str  # '<h1>摘要</h1>\n'
    table_open: str  # '<table>\n<thead>…</thead>\n<tbody>\n'
    table_close: str  # '</tbody>\n</table>\n'
    details_heading: str  # '<h1>详细</h1>\n'
    footnotes_open: str  # '<div class="footnote">\n<hr />\n<ol>\n'
    footnotes_close: str  # '</ol>\n</div>'

    def page(self, rendered: list[RenderedPaper], finish: Callable[[str], str] | None = None) -> str:
        """The whole digest's body: these wrappers around every paper's row and entry.

        With `finish`, each piece (a heading, a wrapper, a row, an entry) goes through it
        in page order before they are joined: a pass over a few kilobytes at a time,
        rather than over a page of megabytes, skips whole papers that need nothing.
        """
        parts = (
            self.summary_heading,
            self.table_open,
            *(piece.row_html for piece in rendered),
            self.table_close,
            self.details_heading,
            self.footnotes_open,
            *(piece.entry_html for piece in rendered),
            self.footnotes_close,
        )
        return "".join(parts if finish is None else map(finish, parts))


@dataclass(frozen=True, slots=True)
class PageShape:
    """Where a renderer puts the table body and the footnote list of a one-paper page.

    A digest is rendered a paper at a time, each as a whole one-paper page; these markers
    cut such a page into the parts the whole digest is put together from. Python-Markdown
    (the export) and cmark-gfm (the preview, render_github.py) frame them differently.
    """

    tbody_open: str
    tbody_close: str  # a line break it starts with belongs to the row before it
    footnotes_open: str
    footnotes_close: str

    def cut(self, page: str) -> tuple[str, str, str, str, str]:
        """Split a one-paper page into (before row, row, between, entry, after)."""
        row_start = page.index(self.tbody_open) + len(self.tbody_open)
        row_end = page.index(self.tbody_close, row_start)
        row_end += len(self.tbody_close) - len(self.tbody_close.lstrip("\n"))
        entry_start = page.index(self.footnotes_open, row_end) + len(self.footnotes_open)
        entry_end = page.rindex(self.footnotes_close)
        if entry_end < entry_start:
            raise ValueError("the footnote list of a one-paper page is malformed")
        return (
            page[:row_start],
            page[row_start:row_end],
            page[row_end:entry_start],
            page[entry_start:entry_end],
            page[entry_end:],
        )

    def head(self, page: str) -> HeadHtml:
        """The headings and wrappers of a one-paper page (of a paper with no text)."""
        before, _, between, _, after = self.cut(page)
        table_at = before.rindex("<table>\n")
        table_end = between.index("</table>\n") + len("</table>\n")
        footnotes_at = between.rindex(self.footnotes_open)
        return HeadHtml(
            summary_heading=before[:table_at],
            table_open=before[table_at:],
            table_close=between[:table_end],
            details_heading=between[table_end:footnotes_at],
            footnotes_open=between[footnotes_at:],
            footnotes_close=after,
        )
