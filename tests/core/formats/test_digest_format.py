"""Markdown export in the reference layout, and its lossless import."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest_gui.core.control_chars import clean_paper
from digest_gui.core.errors import DigestFormatError
from digest_gui.core.formats.digest_format import (
    english_abstract_line,
    export_markdown,
    import_markdown,
    table_title,
)
from digest_gui.core.formats.markdown_text import one_line
from digest_gui.core.identifiers import abs_url
from digest_gui.core.model import Digest, ExportSettings, Paper


def test_reference_digest_round_trips_byte_for_byte(reference_text):
    result = import_markdown(reference_text)
    assert result.warnings == []
    assert export_markdown(result.digest) == reference_text


def test_reference_digest_imports_every_field(reference_text):
    papers = import_markdown(reference_text).digest.papers
    assert len(papers) == 23
    first = papers[0]
    assert first.id == "2403.18546"
    assert first.version == 1
    assert first.url == "https://arxiv.org/abs/2403.18546"
    assert first.announce_type == "cross"
    assert first.title_en == "Efficient Heatmap-Guided 6-Dof Grasp Detection in Cluttered Scenes"
    assert first.title_zh == "在混乱场景中高效的基于热图引导的六自由度抓取检测"
    assert first.summary_zh.startswith("本文提出了一种利用抓取热图引导")
    assert first.abstract_en.startswith("Fast and robust object grasping in clutter")
    assert not first.abstract_en.startswith("arXiv:")
    assert first.status == "reviewed"
    # MOMENT has neither a listing prefix nor a legacy stamp.
    moment = papers[11]
    assert (moment.id, moment.announce_type, moment.legacy_listing) == ("2402.03885", "", False)
    assert moment.abstract_en.startswith("We introduce MOMENT")
    # The older listing style: "Title. (arXiv:ID [cat] UPDATED)" and http:// links.
    graph = papers[14]
    assert graph.legacy_listing
    assert graph.title_en == "A Foundation Graph Model"
    assert (graph.id, graph.version, graph.primary_category) == ("2311.03976", 2, "cs.LG")
    assert graph.announce_type == "replace"
    assert graph.url == "http://arxiv.org/abs/2311.03976"
    assert papers[13].title_en == "Can Large Language Models Write Parallel Code?"
    # LaTeX stays verbatim.
    assert any("$P \\leq 0.01$" in paper.abstract_en for paper in papers)


def _paper(**fields) -> Paper:
    defaults = {
        "id": "2403.18546",
        "version": 1,
        "url": "https://arxiv.org/abs/2403.18546",
        "title_en": "A Title",
        "title_zh": "标题",
        "summary_zh": "一句话总结。",
        "abstract_en": "An abstract.",
        "abstract_zh": "摘要。",
    }
    defaults.update(fields)
    return Paper(**defaults)


def test_fields_are_written_on_one_line():
    paper = _paper(
        abstract_en="We study\n  hard-wrapped\tabstracts   as the API\r\nsends them.",
        title_zh="  两行\n标题",
    )
    text = export_markdown(Digest(papers=[paper]))
    assert "    We study hard-wrapped abstracts   as the API sends them.\n" in text
    assert "[^1]: 两行 标题\n" in text


def test_entries_are_numbered_in_list_order():
    papers = [_paper(id=f"2403.1854{n}", url=abs_url(f"2403.1854{n}"), title_zh=f"第{n}篇") for n in range(3)]
    text = export_markdown(Digest(papers=list(reversed(papers))))
    assert "[^1]: 第2篇" in text and "[^3]: 第0篇" in text
    assert text.index("| [^1] |") < text.index("| [^2] |") < text.index("| [^3] |")


def test_pipe_is_escaped_in_the_table_only():
    paper = _paper(summary_zh="A | B 对比", title_en="Yes | No")
    text = export_markdown(Digest(papers=[paper]))
    assert "| [^1] | [Yes \\| No](https://arxiv.org/abs/2403.18546) | A \\| B 对比 |" in text
    assert "\n    A | B 对比\n" in text
    assert "\n    Yes | No\n" in text
    assert import_markdown(text).digest.papers[0].summary_zh == "A | B 对比"


def test_english_abstract_line_is_cut_at_the_export_setting():
    paper = _paper(abstract_en="x" * 3000, announce_type="new")
    line = english_abstract_line(paper, 1000)
    assert len(line) == 1000
    assert line.startswith("arXiv:2403.18546v1 Announce Type: new  Abstract: xxx")
    whole = Digest(papers=[paper], export=ExportSettings(abstract_limit=0))
    assert "x" * 3000 in export_markdown(whole)
    assert import_markdown(export_markdown(whole)).digest.export.abstract_limit == 0


def test_cut_abstract_ending_in_a_space_round_trips():
    paper = _paper(abstract_en="word " * 400)
    text = export_markdown(Digest(papers=[paper], export=ExportSettings(abstract_limit=20)))
    assert "\n    word word word word \n" in text
    again = import_markdown(text).digest
    assert again.papers[0].abstract_en == "word word word word "
    assert export_markdown(again) == text


@pytest.mark.parametrize(
    "field_text",
    [
        "see [^3] and [^note]",
        "[1]: http://example.com/ a link definition",
        "<b>bold</b> <script>alert(1)</script> <!-- c --> <http://example.com>",
        "# not a heading",
        "- not a list",
        "1. not a list",
        "> not a quote",
        "---",
        "```python",
        "[a link](http://example.com) and ![an image](http://example.com/x.png)",
        "&amp; &lt; &#91; stay as typed",
        "a \\[^3] backslash before a marker",
        "trailing backslash \\",
        "$P \\leq 0.01$ and $x_i^2 * y$ and 1.64\\%",
    ],
)
def test_markdown_looking_text_survives_export_and_import(field_text):
    paper = _paper(
        title_en=field_text,
        title_zh=field_text,
        summary_zh=field_text,
        abstract_zh=field_text,
        abstract_en=field_text,
    )
    text = export_markdown(Digest(papers=[paper]))
    again = import_markdown(text).digest.papers[0]
    for name in ("title_en", "title_zh", "summary_zh", "abstract_zh", "abstract_en"):
        assert getattr(again, name) == field_text, name
    assert export_markdown(Digest(papers=[again])) == text


def test_latex_is_written_verbatim():
    latex = "$P \\leq 0.01$, $\\mathcal{O}(n^2)$, $a_{ij}$"
    text = export_markdown(Digest(papers=[_paper(abstract_en=latex, summary_zh=latex)]))
    assert f"\n    {latex}\n" in text
    assert f"| {latex} |" in text


def test_empty_digest_round_trips():
    text = export_markdown(Digest())
    assert text == "# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n\n# 详细\n\n\n"
    assert import_markdown(text).digest.papers == []


def test_paper_with_empty_fields_round_trips():
    paper = Paper(id="2403.18546", url="https://arxiv.org/abs/2403.18546")
    text = export_markdown(Digest(papers=[paper]))
    again = import_markdown(text).digest.papers[0]
    assert (again.id, again.title_zh, again.summary_zh, again.abstract_en) == ("2403.18546", "", "", "")
    assert again.status == "new"
    assert export_markdown(Digest(papers=[again])) == text


def test_windows_line_endings_and_a_byte_order_mark_are_read(reference_text):
    text = "\ufeff" + reference_text.replace("\n", "\r\n")
    assert export_markdown(import_markdown(text).digest) == reference_text


def test_trailing_whitespace_stripped_by_an_editor_still_imports(reference_text):
    stripped = "\n".join(line.rstrip() for line in reference_text.split("\n"))
    digest = import_markdown(stripped).digest
    assert len(digest.papers) == 23
    # Only the cut lines that ended in a space differ.
    original = import_markdown(reference_text).digest
    differing = [a.id for a, b in zip(digest.papers, original.papers, strict=True) if a != b]
    assert len(differing) <= 4


def test_table_that_disagrees_with_its_entry_imports_with_a_warning(reference_text):
    edited = reference_text.replace(
        "| 本文提出了一种利用抓取热图引导", "| 表格里改过的：本文提出了一种利用抓取热图引导", 1
    )
    result = import_markdown(edited)
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("line 5: the table's summary of [^1] differs")
    assert result.digest.papers[0].summary_zh.startswith("本文提出了一种")


def _break(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("edit", "line", "words"),
    [
        (lambda t: _break(t, "# 摘要\n", "摘要\n"), 1, "summary heading"),
        (lambda t: _break(t, "| --- | --- | --- |", "| --- | --- |"), 4, "| --- | --- | --- |"),
        (lambda t: _break(t, "| [^3] |", "| 3 |"), 7, "footnote marker"),
        (lambda t: _break(t, "\n# 详细\n", "\n详细\n"), 29, "details heading"),
        (
            lambda t: _break(
                t,
                "    [https://arxiv.org/abs/2403.18296](https://arxiv.org/abs/2403.18296)",
                "[https://arxiv.org/abs/2403.18296](https://arxiv.org/abs/2403.18296)",
            ),
            49,
            "link",
        ),
        (lambda t: _break(t, "[^2]: GeNet", "[^1]: GeNet"), 45, "twice"),
        (lambda t: t + "[^24]: 多出来的\n", 354, "ends early"),
        (lambda t: t[: t.index("[^23]:")] + "\n", 27, "no entry"),
        (lambda t: "", 1, "empty"),
    ],
)
def test_malformed_digest_names_the_line(reference_text, edit, line, words):
    with pytest.raises(DigestFormatError) as caught:
        import_markdown(edit(reference_text))
    assert caught.value.line == line, str(caught.value)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


# ---------------------------------------------------------------------------- property

_TRICKY = st.sampled_from([*"|$\\[]()<>&*_`#-+.!^:;~= \t\n\r\u3000\xa0", "[^1]", "&amp;", "</b>", "1. "])
_FIELD = st.lists(st.one_of(st.text(max_size=5), _TRICKY), max_size=12).map("".join)
_IDS = st.sampled_from(["2403.18546", "2311.03976", "hep-th/9901001", "0704.0001", "1501.00001"])


@st.composite
def _papers(draw) -> Paper:
    arxiv_id = draw(_IDS)
    style = draw(st.sampled_from(["plain", "announce", "legacy"]))
    paper = Paper(
        id=arxiv_id,
        url=draw(st.sampled_from(["https", "http"])) + f"://arxiv.org/abs/{arxiv_id}",
        title_en=draw(_FIELD),
        title_zh=draw(_FIELD),
        summary_zh=draw(_FIELD),
        summary_en=draw(_FIELD),
        abstract_en=draw(_FIELD),
        abstract_zh=draw(_FIELD),
    )
    if style == "announce":
        paper.version = draw(st.integers(1, 12))
        paper.announce_type = draw(st.sampled_from(["new", "cross", "replace", "replace-cross"]))
    elif style == "legacy":
        paper.legacy_listing = True
        paper.version = draw(st.integers(1, 12))
        paper.announce_type = draw(st.sampled_from(["new", "cross", "replace"]))
        paper.primary_category = draw(st.sampled_from(["cs.LG", "math.OC", "hep-th"]))
    # A paper as the model holds it: control characters are cleaned where text comes in
    # (tests/core/test_control_chars.py), so an import cannot give them back.
    return clean_paper(paper)


def _published_view(paper: Paper, limit: int) -> dict:
    """What of a paper the Markdown carries, after the one-line rule and the cut."""
    view = {
        "title_en": one_line(paper.title_en),
        "title_zh": one_line(paper.title_zh),
        "summary_zh": one_line(paper.summary_zh),
        "summary_en": one_line(paper.summary_en),
        "abstract_zh": one_line(paper.abstract_zh),
        "url": paper.url,
        "id": paper.id,
        "announce_type": paper.announce_type,
        "legacy_listing": paper.legacy_listing,
        "primary_category": paper.primary_category if paper.legacy_listing else "",
        "version": paper.version,
    }
    line = english_abstract_line(paper, limit)
    prefix = (
        len(english_abstract_line(Paper(**{**view, "abstract_en": ""}), 0))
        if paper.announce_type and not paper.legacy_listing
        else 0
    )
    view["abstract_en"] = line[prefix:]
    return view


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(papers=st.lists(_papers(), max_size=4), limit=st.sampled_from([0, 1000, 200]))
def test_any_fields_export_and_import_to_the_same_fields(papers, limit):
    digest = Digest(papers=papers, export=ExportSettings(abstract_limit=limit))
    text = export_markdown(digest)
    result = import_markdown(text)
    assert result.warnings == []
    again = result.digest.papers
    assert [_published_view(paper, limit) for paper in again] == [
        _published_view(paper, limit) for paper in papers
    ]
    assert export_markdown(result.digest) == text
    for paper in papers:
        assert table_title(paper).endswith(".") or not paper.legacy_listing
