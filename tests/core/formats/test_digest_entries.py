"""Digest import of real-world entries: the English summary, bracketed titles, slots read by
content when the layout bends, and CR-only files."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest_gui.core.errors import DigestFormatError
from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.markdown_text import LINK, escape, unescape
from digest_gui.core.model import Digest, Paper
from tests.conftest import FIXTURES

ENGLISH_SUMMARIES = FIXTURES / "digest-english-summaries.md"


@pytest.fixture
def summaries_text() -> str:
    return ENGLISH_SUMMARIES.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- the English summary


def test_digest_with_english_summaries_round_trips_byte_for_byte(summaries_text):
    result = import_markdown(summaries_text)
    assert result.warnings == []
    assert export_markdown(result.digest) == summaries_text


def test_english_summary_is_read_from_the_slot_after_the_chinese_summary(summaries_text):
    papers = import_markdown(summaries_text).digest.papers
    assert papers[2].summary_en == (
        "This paper studies the convergence of training when learnable pause tokens delay the answer."
    )
    assert papers[2].summary_zh.startswith("在输入中插入可学习的暂停标记")
    assert papers[2].abstract_zh.startswith("我们在训练和推理时加入暂停标记")
    assert papers[3].summary_en == ""


def test_empty_english_summary_is_the_line_of_four_spaces(reference_text):
    digest = import_markdown(reference_text).digest
    assert all(paper.summary_en == "" for paper in digest.papers)
    digest.papers[0].summary_en = "This paper makes grasp detection fast by guiding it with heatmaps."
    text = export_markdown(digest)
    assert "\n    This paper makes grasp detection fast by guiding it with heatmaps.\n\n    在机器人" in text
    again = import_markdown(text).digest
    assert again.papers[0].summary_en == digest.papers[0].summary_en
    digest.papers[0].summary_en = ""
    assert export_markdown(digest) == reference_text


def test_markdown_looking_english_summary_survives_export_and_import():
    paper = Paper(
        id="2403.18546", url="https://arxiv.org/abs/2403.18546", summary_en="# [^1] <b>x</b> | 1. a"
    )
    text = export_markdown(Digest(papers=[paper]))
    assert import_markdown(text).digest.papers[0].summary_en == paper.summary_en


# ---------------------------------------------------------------------------- brackets in titles


@pytest.mark.parametrize(
    "title",
    [
        "Tur[k]ingBench: A Challenge Benchmark for Web Agents",
        "[RE]VER: Reversible Verification of Learned Controllers",
        "[[RE]VER]: Nested Brackets at Both Ends",
        "Thinking Before Speaking with [PAUSE] Tokens",
        "Fast Consensus under Partial Synchrony [extended version]",
    ],
)
def test_title_with_brackets_imports_and_exports_unchanged(title):
    url = "https://arxiv.org/abs/2403.11905"
    text = (
        "# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n"
        f"| [^1] | [{title}]({url}) | 一句话。 |\n\n# 详细\n\n"
        f"[^1]: 中文标题 [PAUSE]\n\n    {title}\n\n    [{url}]({url})\n\n    一句话。\n\n    \n\n"
        "    中文摘要。\n\n    English abstract.\n    \n\n"
    )
    result = import_markdown(text)
    assert result.warnings == []
    paper = result.digest.papers[0]
    assert (paper.title_en, paper.title_zh, paper.id) == (title, "中文标题 [PAUSE]", "2403.11905")
    assert export_markdown(result.digest) == text


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Tur[k]ingBench", "Tur[k]ingBench"),
        ("[[RE]VER]", "[[RE]VER]"),
        ("a ] b", "a &#93; b"),
        ("a [ b", "a &#91; b"),
        ("][", "&#93;&#91;"),
        ("[a](b) c", "&#91;a&#93;(b) c"),
        ("a [^1] b", "a &#91;^1&#93; b"),
        ("a \\[b]", "a &#92;&#91;b&#93;"),
    ],
)
def test_link_text_keeps_paired_brackets_and_escapes_the_rest(text, escaped):
    assert escape(text, LINK) == escaped
    assert unescape(escaped, LINK) == text


# ---------------------------------------------------------------------------- slots by content

ANNOUNCE = "arXiv:2402.00002v1 Announce Type: new  Abstract: "


def _entry(number: int, fields: list[str], separator: str = "") -> str:
    lines = [f"[^{number}]: 第{number}篇的标题", ""]
    for text in fields:
        lines += [f"    {text}", ""]
    lines[-1] = "    "
    return "\n".join(lines) + "\n" + separator


def _digest(entries: list[list[str]], separator: str = "\n\n") -> str:
    table = "".join(
        f"| [^{n}] | [{fields[0]}]({fields[1][1:-1].split('](')[0]}) | {fields[2]} |\n"
        for n, fields in enumerate(entries, 1)
    )
    head = f"# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n{table}\n# 详细\n\n"
    return head + "".join(_entry(n, fields, separator) for n, fields in enumerate(entries, 1))


def _fields(number: int, abstract_en: str = "") -> list[str]:
    url = f"https://arxiv.org/abs/2402.0000{number}"
    return [
        f"English title {number}",
        f"[{url}]({url})",
        f"第{number}篇的一句话总结。",
        " ",
        f"第{number}篇的中文摘要。",
        abstract_en or f"arXiv:2402.0000{number}v1 Announce Type: new  Abstract: English abstract {number}.",
    ]


def test_entry_without_its_chinese_abstract_keeps_the_english_abstract_in_its_slot():
    lacking = _fields(2)
    del lacking[4]
    text = _digest([_fields(1), lacking, _fields(3)])
    result = import_markdown(text)
    paper = result.digest.papers[1]
    assert paper.abstract_zh == ""
    assert paper.abstract_en == "English abstract 2."
    assert (paper.id, paper.announce_type) == ("2402.00002", "new")
    assert paper.summary_zh == "第2篇的一句话总结。"
    first = import_markdown(text).digest.papers[0]
    assert (first.abstract_zh, first.abstract_en) == ("第1篇的中文摘要。", "English abstract 1.")
    line = text.split("\n").index("[^2]: 第2篇的标题") + 1
    assert result.warnings == [f"line {line}: entry [^2] (line {line}) has no Chinese abstract; it is empty"]


def test_entry_without_its_chinese_summary_is_told_apart_by_the_table():
    lacking = _fields(2)
    del lacking[2]
    # (_digest takes the table's summary from the third field, here the blank English summary.)
    text = _digest([_fields(1), lacking]).replace("|   |", "| 表格里的总结 |")
    result = import_markdown(text)
    paper = result.digest.papers[1]
    # The table's copy of the summary fills the entry's missing one.
    assert (paper.summary_zh, paper.abstract_zh) == ("表格里的总结", "第2篇的中文摘要。")
    assert "entry [^2] has no Chinese summary; the table's was kept" in result.warnings[-1]


def test_entry_whose_english_line_could_be_either_english_field_is_refused_naming_the_line():
    lacking = _fields(2, abstract_en="We study a plain English abstract without a listing prefix.")
    del lacking[4]
    text = _digest([_fields(1), lacking])
    with pytest.raises(DigestFormatError) as caught:
        import_markdown(text)
    assert (
        caught.value.line
        == text.split("\n").index("    We study a plain English abstract without a listing prefix.") + 1
    )
    assert "the English summary or the English abstract" in str(caught.value)


def test_field_out_of_order_is_refused_naming_the_line():
    swapped = _fields(1)
    swapped[4], swapped[5] = swapped[5], swapped[4]
    text = _digest([swapped, _fields(2)])
    with pytest.raises(DigestFormatError) as caught:
        import_markdown(text)
    assert caught.value.line == text.split("\n").index("    第1篇的中文摘要。") + 1
    assert "out of place" in str(caught.value)


def test_entries_packed_without_blank_lines_import_by_content():
    text = _digest([_fields(1), _fields(2)]).replace("\n\n    ", "\n    ")
    papers = import_markdown(text).digest.papers
    assert [(p.summary_zh, p.abstract_zh, p.abstract_en) for p in papers] == [
        (f"第{n}篇的一句话总结。", f"第{n}篇的中文摘要。", f"English abstract {n}.") for n in (1, 2)
    ]


def test_entry_with_only_a_title_names_the_missing_link():
    text = _digest([_fields(1)]) + "[^2]: 多出来的\n\n    English title only\n"
    with pytest.raises(DigestFormatError) as caught:
        import_markdown(text)
    assert "ends early: expected the link" in str(caught.value)


# ---------------------------------------------------------------------------- line endings


def test_old_mac_line_endings_are_read_line_by_line(summaries_text):
    result = import_markdown(summaries_text.replace("\n", "\r"))
    assert export_markdown(result.digest) == summaries_text
    assert result.warnings == [
        "line 1: the file has old Mac line endings (CR only); it was read line by line"
    ]


# ---------------------------------------------------------------------------- property

_ZH = st.text(alphabet="摘要模型数据学习方法。，", min_size=1, max_size=12)
_EN = st.text(alphabet="abcdefgh xyz.", min_size=1, max_size=20).filter(str.strip).map(lambda t: "T" + t)


@st.composite
def _real_papers(draw) -> Paper:
    number = draw(st.integers(1, 99999))
    arxiv_id = f"2402.{number:05d}"
    return Paper(
        id=arxiv_id,
        version=1,
        announce_type="new",
        url=f"https://arxiv.org/abs/{arxiv_id}",
        title_en=draw(_EN),
        title_zh=draw(_ZH),
        # A summary and an abstract differ, as they do in real digests.
        summary_zh="总" + draw(_ZH),
        summary_en=draw(st.one_of(st.just(""), _EN)),
        abstract_zh="摘" + draw(_ZH),
        abstract_en=draw(_EN),
    )


_SLOT_OFFSETS = {"summary_zh": 6, "summary_en": 8, "abstract_zh": 10, "abstract_en": 12}


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    papers=st.lists(_real_papers(), min_size=1, max_size=4),
    dropped=st.lists(st.tuples(st.integers(0, 3), st.sampled_from(sorted(_SLOT_OFFSETS))), max_size=2),
    separators=st.sampled_from(["", "\n", "\n\n"]),
)
def test_a_field_never_lands_in_another_slot(papers, dropped, separators):
    text = export_markdown(Digest(papers=papers))
    lines = text.split("\n")
    starts = [index for index, line in enumerate(lines) if line.startswith("[^") and "]: " in line]
    gone = set()
    for entry, slot in dropped:
        if entry < len(starts) and (entry, slot) not in gone:
            gone.add((entry, slot))
    removed = {starts[entry] + _SLOT_OFFSETS[slot] - 1 for entry, slot in gone}
    removed |= {index + 1 for index in removed}  # the blank line after the field
    kept = [line for index, line in enumerate(lines) if index not in removed]
    edited = "\n".join(kept).replace("\n[^", separators + "\n[^").replace(separators + "\n[^1]:", "\n[^1]:")
    try:
        imported = import_markdown(edited).digest.papers
    except DigestFormatError:
        return  # refusing is allowed; guessing is not
    for number, (paper, original) in enumerate(zip(imported, papers, strict=True)):
        for slot in _SLOT_OFFSETS:
            value = getattr(paper, slot)
            assert value in ("", getattr(original, slot)), (slot, value)
            if (number, slot) not in gone:
                assert value == getattr(original, slot) or (slot == "summary_en" and value == "")
