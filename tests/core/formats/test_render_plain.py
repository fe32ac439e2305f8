"""The short way for plain papers gives the very bytes Python-Markdown gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest_gui.core.formats import render_html, render_plain
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.render_html import PAGE, RenderedPaper, convert, paper_markdown, render_paper
from digest_gui.core.model import ExportSettings, Paper


def _by_markdown(paper: Paper, number: int, settings: ExportSettings) -> RenderedPaper:
    """What render_paper gave before the short way: the canonical page, renumbered."""
    _, row, _, entry, _ = PAGE.cut(convert(paper_markdown(paper, 1, settings)))
    rendered = render_html._renumbered(row, entry, number)
    if rendered is None:
        _, row, _, entry, _ = PAGE.cut(convert(paper_markdown(paper, number, settings)))
        rendered = RenderedPaper(row, entry)
    return rendered


@pytest.fixture(autouse=True)
def _fresh_templates():
    render_html.clear_cache()
    yield
    render_html.clear_cache()


def test_most_reference_papers_take_the_short_way_and_match(reference_text):
    digest = import_markdown(reference_text).digest
    plain = [paper for paper in digest.papers if render_plain.plain_lines(paper, digest.export) is not None]
    # Plain prose, legacy "[cs.LG]" stamps and abstracts cut at a space all qualify; a
    # backslash or a backtick does not.
    assert len(plain) >= len(digest.papers) * 2 // 3
    for number, paper in enumerate(digest.papers, 1):
        assert render_paper(paper, number, digest.export) == _by_markdown(paper, number, digest.export)


def test_markup_goes_the_long_way():
    settings = ExportSettings()
    for text in ("a *b* c", "x_i", "`code`", "a \\{ b", "a | b", "<1@b.c>", "&amp; x", "1. first", "\x03"):
        paper = Paper(id="2401.00001", url="https://arxiv.org/abs/2401.00001", title_en="T", abstract_en=text)
        assert render_plain.plain_lines(paper, settings) is None, text


# Characters plain prose holds, with the ones near the line (brackets, angles,
# ampersands, quotes, odd spaces, line-start marks)...
_PROSE = st.sampled_from(
    [
        *"abcXYZ 019.,;:!?()\"'#-+=~$%@/[]<>&",
        *("中文", "\u3000", "\xa0", "  ", "[cs.LG]", "[^1]", "](x)"),
        *("&amp;", "<b>", "<a@b>", "1. ", "# ", "- ", "> ", "==="),
    ]
)
# ... and the ones that must send a paper the long way.
_MARKUP = st.sampled_from(["*", "_", "`", "\\", "|", "\x02", "\t"])
# Characters that never need the long way on their own.
_PLAIN = st.sampled_from([*"abcXYZ 019.,;:!?()\"'-+=~$%@/", "中文", "[cs.LG]", "  "])
_PLAIN_LINE = st.lists(_PLAIN, max_size=8).map("".join)
_PROSE_LINE = st.lists(_PROSE, max_size=8).map("".join)
_ANY_LINE = st.lists(st.one_of(_PROSE, _MARKUP), max_size=8).map("".join)


@st.composite
def _papers(draw) -> Paper:
    # Plain papers (most take the short way), prose with what sits near markup, and markup.
    line = draw(st.sampled_from([_PLAIN_LINE, _PROSE_LINE, _ANY_LINE]))
    return Paper(
        id="2403.18546",
        version=draw(st.sampled_from([None, 2])),
        url=draw(st.sampled_from(["https://arxiv.org/abs/2403.18546", "", "https://x.org/a?b=1&c=2", "a b"])),
        title_en=draw(line),
        title_zh=draw(line),
        summary_zh=draw(line),
        summary_en=draw(line),
        abstract_en=draw(line),
        abstract_zh=draw(line),
        announce_type=draw(st.sampled_from(["", "new", "replace"])),
        legacy_listing=draw(st.booleans()),
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paper=_papers(), number=st.integers(min_value=1, max_value=120), limit=st.sampled_from([0, 5, 1000]))
@example(
    paper=Paper(id="1", url="https://arxiv.org/abs/1", title_en="A [cs.LG] b", abstract_en="cut at "),
    number=3,
    limit=0,
)
@example(
    paper=Paper(id="1", url="https://arxiv.org/abs/1", title_en="a  ", summary_zh="x\xa0"), number=1, limit=0
)
def test_any_paper_renders_as_python_markdown_renders_it(paper, number, limit):
    settings = ExportSettings(abstract_limit=limit)
    assert render_paper(paper, number, settings) == _by_markdown(paper, number, settings)


def test_the_generated_papers_take_both_ways():
    # The property above would prove nothing if no generated paper were plain.
    seen = {True: 0, False: 0}

    @settings(max_examples=200, deadline=None, database=None)
    @given(paper=_papers())
    def count(paper):
        seen[render_plain.plain_lines(paper, ExportSettings()) is not None] += 1

    count()
    assert seen[True] >= 20 and seen[False] >= 20, seen
