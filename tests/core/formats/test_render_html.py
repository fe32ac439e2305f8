"""HTML of the digest: per-paper pieces that put together equal the whole export rendered."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest_gui.core.control_chars import clean_paper
from digest_gui.core.formats import render_html
from digest_gui.core.formats.digest_format import (
    english_abstract_line,
    english_title_line,
    export_markdown,
    import_markdown,
)
from digest_gui.core.formats.markdown_text import one_line
from digest_gui.core.formats.render_html import (
    digest_body_html,
    digest_html,
    extensions,
    head_html,
    preview_markdown,
    render_paper,
)
from digest_gui.core.model import Digest, ExportSettings, Paper

CSS = "body { color: #123456; }"


@pytest.fixture
def reference(reference_text) -> Digest:
    return import_markdown(reference_text).digest


def _whole(digest: Digest) -> str:
    """The whole export converted in one go: what the per-paper pieces must equal."""
    return markdown.markdown(preview_markdown(export_markdown(digest)), extensions=extensions())


def _normalised(html: str) -> str:
    return re.sub(r">\s+<", "><", html.strip())


def _body(page: str) -> str:
    return page[page.index("<body>") + len("<body>") : page.index("</body>")]


class _EntryTexts(HTMLParser):
    """The text of each footnote <li id="fn:N">, and the tags seen anywhere."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: dict[str, str] = {}
        self.tags: set[str] = set()
        self._entry: str | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "li":
            if self._entry is None:
                self._entry = dict(attrs).get("id") or ""
                self.entries[self._entry] = ""
            self._depth += 1

    def handle_endtag(self, tag):
        if tag == "li":
            self._depth -= 1
            if self._depth == 0:
                self._entry = None

    def handle_data(self, data):
        if self._entry is not None:
            self.entries[self._entry] += data + "\n"


def _entries(html: str) -> _EntryTexts:
    parser = _EntryTexts()
    parser.feed(html)
    parser.close()
    return parser


def test_digest_html_body_is_the_whole_export_rendered(reference):
    # Formulas left as typed (tests/core/formats/test_themed_html.py covers typesetting).
    page = digest_html(reference, CSS, typeset=False)
    assert _normalised(_body(page)) == _normalised(_whole(reference))
    # Built from cached pieces, it stays the same the second time.
    assert digest_html(reference, CSS, typeset=False) == page


def test_digest_html_is_a_standalone_utf8_page(reference):
    reference.title = "Digest <2024-03>"
    page = digest_html(reference, CSS)
    assert page.startswith("<!DOCTYPE html>\n")
    assert '<meta charset="utf-8">' in page
    assert "<title>Digest &lt;2024-03&gt;</title>" in page
    assert f"<style>\n{CSS}\n</style>" in page
    assert page.rstrip().endswith("</html>")
    body = _body(page)
    assert body.strip().startswith("<h1>摘要</h1>\n<table>")
    assert '<div class="footnote">\n<hr />\n<ol>\n<li id="fn:1">' in body
    assert "http" not in page.split("<body>")[0].replace('content="width=device-width', "")


def test_every_paragraph_of_every_entry_is_inside_its_footnote(reference):
    parsed = _entries(digest_html(reference, CSS, typeset=False))
    assert len(parsed.entries) == 23
    limit = reference.export.abstract_limit
    for number, paper in enumerate(reference.papers, 1):
        text = parsed.entries[f"fn:{number}"]
        for paragraph in (
            paper.title_zh,
            english_title_line(paper),
            paper.url,
            paper.summary_zh,
            paper.abstract_zh,
            english_abstract_line(paper, limit),
        ):
            assert one_line(paragraph).strip() in text, (number, paragraph[:40])


def test_reference_renders_no_code_blocks(reference):
    parsed = _entries(digest_html(reference, CSS))
    assert not parsed.tags & {"pre", "code"}


def test_naive_conversion_would_push_entries_out_of_their_footnotes(reference):
    # Why preview_markdown exists: Python-Markdown ends a footnote at the four-space line.
    naive = markdown.markdown(export_markdown(reference), extensions=extensions())
    assert "<pre><code>" in naive


def test_preview_markdown_empties_whitespace_lines_and_collapses_blank_runs():
    assert preview_markdown("a\n\n    \n\n    b\n    \n\n\n") == "a\n\n    b\n\n"
    assert preview_markdown("\t\nx") == "\nx"
    assert preview_markdown("    text") == "    text"


def test_rendering_a_paper_twice_converts_it_once(reference, monkeypatch):
    render_html.clear_cache()
    calls = []
    real_convert = render_html.convert
    monkeypatch.setattr(render_html, "convert", lambda md: calls.append(md) or real_convert(md))
    paper = reference.papers[3]
    first = render_paper(paper, 4, reference.export)
    second = render_paper(paper, 4, reference.export)
    assert first == second
    assert len(calls) == 1
    assert render_html.cache_info().misses == 1
    # A new number (a paper inserted above) reuses the same conversion.
    moved = render_paper(paper, 5, reference.export)
    assert len(calls) == 1
    assert moved.row_html.startswith('<tr>\n<td><sup id="fnref:5"><a class="footnote-ref" href="#fn:5">5</a>')
    # An edit converts again.
    paper.abstract_zh += "。"
    render_paper(paper, 4, reference.export)
    assert len(calls) == 2


def test_renumbered_pieces_equal_converting_the_paper_at_that_number(reference):
    paper = reference.papers[7]
    for number in (1, 2, 12):
        digest = Digest(papers=[*(Paper(title_zh=f"前{index}") for index in range(1, number)), paper])
        whole = _whole(digest)
        rendered = render_paper(paper, number, reference.export)
        assert rendered.row_html in whole
        assert rendered.entry_html in whole
        assert rendered.entry_html.startswith(f'<li id="fn:{number}">')
        assert f"Jump back to footnote {number} in the text" in rendered.entry_html


def test_markup_in_a_field_renders_as_text():
    paper = Paper(
        id="2403.18546",
        url="https://arxiv.org/abs/2403.18546",
        title_en='<img src="http://127.0.0.1:1/x.png">',
        title_zh='<img src="http://127.0.0.1:1/x.png">',
        summary_zh="![x](http://127.0.0.1:1/y.png)",
        abstract_zh='<script>alert("x")</script>',
    )
    rendered = render_paper(paper, 1, ExportSettings())
    for piece in (rendered.row_html, rendered.entry_html):
        assert "<img" not in piece
        assert "<script" not in piece
        assert "&lt;img" in piece
    parsed = _entries(rendered.entry_html)
    assert '<img src="http://127.0.0.1:1/x.png">' in parsed.entries["fn:1"]
    assert "![x](http://127.0.0.1:1/y.png)" in parsed.entries["fn:1"]
    assert "img" not in parsed.tags


def test_head_html_follows_the_export_settings():
    head = head_html(ExportSettings(summary_heading="Summary", details_heading="Details"))
    assert head.summary_heading == "<h1>Summary</h1>\n"
    assert head.details_heading == "<h1>Details</h1>\n"
    assert head.table_open.startswith("<table>\n<thead>") and head.table_open.endswith("<tbody>\n")


@pytest.mark.parametrize("papers", [[], [Paper()], [Paper(), Paper(title_zh="二", title_en="two")]])
def test_empty_digests_and_papers_render_like_the_whole_export(papers):
    digest = Digest(papers=papers)
    assert _normalised(digest_body_html(digest)) == _normalised(_whole(digest))


# U+0002 and U+0003 are Python-Markdown's placeholder delimiters; \r and \f other controls.
_TRICKY = st.sampled_from(
    [*"|$\\[]()<>&*_`#-+.!^:;~= \t\n\u3000\x02\x03\r\x0c", "[^1]", "&amp;", "</b>", "1. ", "    "]
)
_FIELD = st.lists(st.one_of(st.text(max_size=5), _TRICKY), max_size=10).map("".join)


@st.composite
def _papers(draw) -> Paper:
    return Paper(
        id="2403.18546",
        version=draw(st.sampled_from([None, 1, 3])),
        url=draw(st.sampled_from(["https://arxiv.org/abs/2403.18546", "", "file:///etc/passwd", "a b"])),
        title_en=draw(_FIELD),
        title_zh=draw(_FIELD),
        summary_zh=draw(_FIELD),
        abstract_en=draw(_FIELD),
        abstract_zh=draw(_FIELD),
        announce_type=draw(st.sampled_from(["", "new", "replace"])),
        legacy_listing=draw(st.booleans()),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(papers=st.lists(_papers(), min_size=1, max_size=3))
# An English title of U+0003 alone rendered differently in the preview and the export
# until the model cleaned control characters (core/control_chars.py).
@example(papers=[Paper(id="2403.18546", title_en="\x03")])
@example(papers=[Paper(id="2403.18546", title_en="\x02x\x03", abstract_zh="\x03")])
def test_any_digest_renders_like_the_whole_export(papers):
    # The papers as they are once in the model: every way in cleans control characters.
    digest = Digest(papers=[clean_paper(paper) for paper in papers])
    assert _normalised(digest_body_html(digest)) == _normalised(_whole(digest))
