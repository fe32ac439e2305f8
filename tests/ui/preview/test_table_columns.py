"""The summary table's columns: sized from their text as browsers do, words never split."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.model import Digest, Paper
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview import table_columns
from digest_gui.ui.preview.items import HEAD, ROW
from digest_gui.ui.preview.pane import PreviewPane
from digest_gui.ui.preview.table_columns import Extent, column_widths, pieces, table_extents, text_extent

# Two Latin letters or digits on either side of a line break: a word split inside.
_LATIN = re.compile(r"[A-Za-z0-9]")
LONG_TITLE = (
    "Adversarial Nibbler: An Open Red-Teaming Method for Identifying Diverse Harms "
    "in Text-to-Image Generation"
)


def split_words(doc: QTextDocument) -> list[str]:
    """Every place where a laid-out line of the document starts inside a Latin word."""
    splits = []
    block = doc.begin()
    while block.isValid():
        text = block.text()
        layout = block.layout()
        for index in range(1, layout.lineCount()):
            start = layout.lineAt(index).textStart()
            if 0 < start < len(text) and _LATIN.match(text[start - 1]) and _LATIN.match(text[start]):
                splits.append(f"{text[max(0, start - 12) : start]}|{text[start : start + 12]}")
        block = block.next()
    return splits


def table_documents(pane: PreviewPane) -> list[tuple[str, QTextDocument]]:
    view = pane.view()
    return [
        (kind, doc)
        for (kind, _row), doc in zip(view.visible_items(), view.visible_documents(), strict=True)
        if kind in (HEAD, ROW)
    ]


def show_pane(qtbot, digest: Digest, width: int) -> PreviewPane:
    pane = PreviewPane(PaperModel(digest))
    qtbot.addWidget(pane)
    pane.resize(width, 900)
    pane.set_mode("digest")
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def digest(reference_text) -> Digest:
    digest = import_markdown(reference_text).digest
    long_title = next(paper for paper in digest.papers if paper.title_en == LONG_TITLE)
    digest.papers.remove(long_title)
    digest.papers.insert(0, long_title)  # on screen in the first rows
    return digest


# ---------------------------------------------------------------------------- what is seen


@pytest.mark.parametrize("width", [360, 480, 640, 1024])
def test_no_word_of_the_table_is_split_across_lines(qtbot, digest, width):
    pane = show_pane(qtbot, digest, width)
    documents = table_documents(pane)
    assert [kind for kind, _ in documents][:2] == [HEAD, ROW]
    for _kind, doc in documents:
        assert split_words(doc) == []
    # The header's words each stay on one line: "Ref", not "R" "e" "f".
    header = documents[0][1]
    for block_text in ("Ref", "Title", "Summary"):
        block = header.find(block_text).block()
        assert block.layout().lineCount() == 1, block_text


@pytest.mark.parametrize("width", [360, 480, 640, 1024])
def test_the_long_english_title_keeps_its_words_whole(qtbot, digest, width):
    pane = show_pane(qtbot, digest, width)
    view = pane.view()
    shown = 0
    for doc in view.visible_documents():
        cursor = doc.find(LONG_TITLE)
        if cursor.isNull():
            continue
        shown += 1
        assert split_words(doc) == []
    assert shown >= 1


def test_a_table_too_narrow_for_its_words_scrolls_sideways(qtbot, digest):
    pane = show_pane(qtbot, digest, 240)
    view = pane.view()
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for _kind, doc in table_documents(pane):
        assert split_words(doc) == []
    # Scrolled sideways, the title link is found where it is drawn.
    href = "https://arxiv.org/abs/2403.12075"
    before = view.link_position(href)
    bar.setValue(bar.maximum())
    after = view.link_position(href)
    assert before is not None and after is not None
    assert after.x() == before.x() - bar.maximum()
    assert view.href_at(after.toPointF()) == href


def test_wide_pages_give_the_columns_their_whole_text_or_share_by_need(qtbot, digest):
    pane = show_pane(qtbot, digest, 1024)
    view = pane.view()
    view.visible_items()
    columns = view._column.columns
    # Ref is as narrow as its header; Title and Summary share the rest.
    assert columns[0] < columns[1] and columns[0] < columns[2]
    assert sum(columns) <= view._column.width
    assert sum(columns) >= view._column.width - len(columns)


def test_a_table_of_short_cells_is_only_as_wide_as_they_are(qtbot):
    digest = Digest(papers=[Paper(id="2403.00001", title_en="Short", summary_zh="短")])
    pane = show_pane(qtbot, digest, 1024)
    view = pane.view()
    view.visible_items()
    assert sum(view._column.columns) < view._column.width / 2
    assert view.horizontalScrollBar().maximum() == 0


def test_editing_a_title_remeasures_the_columns(qtbot, digest):
    pane = show_pane(qtbot, digest, 640)
    model = pane.view()._model
    view = pane.view()
    view.visible_items()
    before = view._column.columns
    model.apply_field(0, "title_en", "Pneumonoultramicroscopicsilicovolcanoconiosis detection")
    qtbot.waitUntil(lambda: view._column.columns[1] > before[1])
    for _kind, doc in table_documents(pane):
        assert split_words(doc) == []


# ---------------------------------------------------------------------------- the rule


def test_column_widths_follow_the_automatic_table_layout():
    extents = (Extent(40, 60), Extent(100, 500), Extent(50, 250))
    # Room for everything on one line: the columns' whole text.
    assert column_widths(extents, 1000) == (60, 500, 250)
    # Less: minimums plus a share of the rest by what each would take more.
    widths = column_widths(extents, 490)
    share = (490 - 190) / (810 - 190)
    expected = [extent.minimum + (extent.maximum - extent.minimum) * share for extent in extents]
    assert all(abs(width - want) < 1 for width, want in zip(widths, expected, strict=True))
    pairs = zip(extents, widths, strict=True)
    assert all(extent.minimum <= width <= extent.maximum for extent, width in pairs)
    assert sum(widths) <= 490
    # Not even the minimums fit: the minimums (the table scrolls).
    assert column_widths(extents, 100) == (40, 100, 50)


def test_cell_minimums_are_words_and_cjk_characters():
    word = text_extent("Pneumonoultramicroscopic")
    sentence = text_extent("a b c Pneumonoultramicroscopic d")
    assert sentence.minimum == word.minimum
    assert sentence.maximum > word.maximum
    hyphenated = text_extent("Text-to-Image")
    assert hyphenated.minimum < text_extent("TexttoImage").minimum
    chinese = text_extent("本文提出了一种利用抓取热图引导的高效局部抓取生成方法")
    assert chinese.minimum < text_extent("本文").maximum
    # Closing punctuation stays with the character before it.
    assert text_extent("本，").minimum > text_extent("本").minimum


def test_header_and_rows_both_count():
    header = table_extents(["Ref", "Title", "Summary"], [])
    cells = tuple(text_extent(text) for text in ("1", LONG_TITLE, "短"))
    with_row = table_extents(["Ref", "Title", "Summary"], [cells])
    assert with_row[1].maximum > header[1].maximum
    assert with_row[0] == header[0]


extents_strategy = st.lists(
    st.tuples(st.floats(1, 400), st.floats(0, 2000)).map(lambda pair: Extent(pair[0], pair[0] + pair[1])),
    min_size=1,
    max_size=6,
)


@given(extents=extents_strategy, available=st.floats(0, 3000))
def test_column_widths_never_cut_a_word_and_use_the_room(extents, available):
    widths = column_widths(extents, available)
    assert len(widths) == len(extents)
    for extent, width in zip(extents, widths, strict=True):
        assert width >= extent.minimum  # never narrower than the widest word
        assert width == int(width)
    least = sum(math.ceil(extent.minimum) for extent in extents)
    most = sum(extent.maximum for extent in extents)
    if least <= available:
        assert sum(widths) <= max(available, least)  # within the page: no sideways scrolling
    if most <= available:
        assert all(width <= math.ceil(e.maximum) for e, width in zip(extents, widths, strict=True))
    elif least <= available:
        assert sum(widths) >= available - len(extents)  # the page's width is used


# The pattern pieces() used to be, with its CJK class written out three times: pieces()
# finds the same pieces with no such class to compile (table_columns.py says why).
_CJK = r"\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_OPENING = r"（【「『《〈“‘〔［｛"
_CLOSING = r"，。、；：！？）】」』》〉”’〕］｝…—・"
_ORIGINAL_PIECE = re.compile(
    rf"[{_OPENING}]*[{_CJK}][{_CLOSING}]*"
    rf"|[^\s{_CJK}{_OPENING}{_CLOSING}-]*-+(?=[A-Za-z])"
    rf"|[^\s{_CJK}]+"
)
_TABLE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("aZ-- \t\n一丁中文。，）（「」…—・〔［x9"),
        st.characters(min_codepoint=0x2E70, max_codepoint=0xA000),
        st.characters(min_codepoint=0xF8F0, max_codepoint=0xFB10),
        st.characters(),
    ),
    max_size=40,
)


@example("中・文")  # the katakana middle dot: a CJK character and closing punctuation both
@example("・中・・")
@example("a・b-c 「中」")
# Each end of each CJK range, and the characters just outside them.
@example("\u2e7f\u2e80 \u2fff\u3000\u303f\u3040 \u30fa\u30fb\u30fc \u30ff\u3100\u31ff\u3200\u33ff\u3400")
@example("\u4dbf\u4dc0\u4dff\u4e00 \u9fff\ua000 \uf8ff\uf900\ufaff\ufb00 é中")
@settings(max_examples=500)
@given(_TABLE_TEXT)
def test_pieces_are_those_of_the_pattern_with_its_cjk_class_written_out(text):
    assert pieces(text) == _ORIGINAL_PIECE.findall(text)


def test_pieces_stay_right_once_the_table_of_characters_is_full(monkeypatch):
    # A file with more distinct characters than the table keeps: those beyond it are
    # looked up each time, not kept.
    monkeypatch.setattr(table_columns, "_TABLE_LIMIT", 3)
    monkeypatch.setattr(table_columns, "_CJK_AS_ONE", table_columns._CjkAsOne())
    text = "中文（测试）abc 一丁é"
    assert pieces(text) == _ORIGINAL_PIECE.findall(text)
    assert pieces(text) == _ORIGINAL_PIECE.findall(text)
    assert len(table_columns._CJK_AS_ONE) == 3


def test_pieces_keep_cjk_punctuation_and_hyphenated_words_together():
    assert pieces("（中文）Red-Teaming 一，二") == ["（中", "文）", "Red-", "Teaming", "一，", "二"]
