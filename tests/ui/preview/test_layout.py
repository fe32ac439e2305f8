"""Opening a large digest: the preview lays it out once, sizes its table from a sample
for the first frame and from every row soon after."""

from __future__ import annotations

import pytest

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.model import Digest
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview import estimates, layout, table_columns
from digest_gui.ui.preview.items import ENTRY, ROW, Item
from digest_gui.ui.preview.pane import PreviewPane
from digest_gui.ui.preview.table_columns import column_widths, row_cells, table_extents, text_extent

from .test_table_columns import split_words, table_documents

# Short, so that no sample by length picks its row, and wider than any other word.
WIDEST_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis"


@pytest.fixture
def small_samples(monkeypatch):
    """Tables of more than 10 rows are sized from a sample of 5 (the first 3, the last, the
    longest title and summary) before being measured whole, 7 rows at a time."""
    monkeypatch.setattr(layout, "EXACT_ROWS", 10)
    monkeypatch.setattr(layout, "MEASURE_CHUNK", 7)
    monkeypatch.setattr(table_columns, "SAMPLE_FIRST", 3)
    monkeypatch.setattr(table_columns, "SAMPLE_LONGEST", 1)


@pytest.fixture
def big(reference_text) -> Digest:
    digest = import_markdown(reference_text).digest
    papers = [paper.copy() for _ in range(3) for paper in digest.papers]
    papers[40].title_en = WIDEST_WORD
    return Digest(papers=papers, export=digest.export)


def digest_pane(qtbot, model: PaperModel, width: int) -> PreviewPane:
    """A preview pane showing the whole digest, `width` wide and 900 high, not shown yet."""
    pane = PreviewPane(model)
    qtbot.addWidget(pane)
    pane.resize(width, 900)
    pane.set_mode("digest")
    return pane


def exact_columns(digest: Digest, width: float) -> tuple[float, ...]:
    rows = [
        tuple(text_extent(text) for text in row_cells(paper, row + 1))
        for row, paper in enumerate(digest.papers)
    ]
    return column_widths(table_extents(digest.export.table_header, rows), width)


def test_a_large_table_is_sized_from_a_sample_then_from_every_row(qtbot, small_samples, big):
    pane = digest_pane(qtbot, PaperModel(big), 520)
    view = pane.view()
    # Before the first paint the table is sized from the sample, which misses the widest word.
    assert not view.idle_work_done()
    width = view._column.width
    assert view._column.columns != exact_columns(big, width)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(view.idle_work_done)
    assert view._column.columns == exact_columns(big, width)
    assert view._column.columns[1] >= text_extent(WIDEST_WORD).minimum
    # The rows on screen are laid out at the exact columns, no word split.
    documents = table_documents(pane)
    assert [kind for kind, _ in documents].count(ROW) > 3
    for _kind, doc in documents:
        assert split_words(doc) == []


def test_scrolled_into_the_middle_the_view_stays_put_when_the_columns_settle(qtbot, small_samples, big):
    pane = digest_pane(qtbot, PaperModel(big), 520)
    view = pane.view()
    view.set_scroll_anchor(ROW, 30, 5.0)
    assert view.scroll_anchor() == (ROW, 30, 5.0)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(view.idle_work_done)
    assert view.scroll_anchor() == (ROW, 30, 5.0)
    assert view.visible_items()[0] == (ROW, 30)


def test_an_edit_while_measuring_is_measured_too(qtbot, small_samples, big):
    model = PaperModel(big)
    pane = digest_pane(qtbot, model, 520)
    pane.show()
    qtbot.waitExposed(pane)
    model.apply_field(50, "title_en", WIDEST_WORD + "Extra")
    view = pane.view()
    qtbot.waitUntil(view.idle_work_done)
    assert view._column.columns == exact_columns(big, view._column.width)
    assert view._column.columns[1] >= text_extent(WIDEST_WORD + "Extra").minimum


def leave_estimates_for_later(monkeypatch) -> None:
    """More than 20 new items with text are estimated from a sample of 10 first, and 9 at a
    time after the first frame."""
    monkeypatch.setattr(layout, "EXACT_ESTIMATES", 20)
    monkeypatch.setattr(layout, "ESTIMATE_SAMPLE", 10)
    monkeypatch.setattr(layout, "ESTIMATE_CHUNK", 9)


@pytest.fixture
def few_estimates(monkeypatch):
    leave_estimates_for_later(monkeypatch)


def own_estimate(item, column, digest) -> float:
    return estimates.estimate_height(
        Item(item.kind, item.row, item.paper), column.width, digest.export, column.columns
    )


def test_many_items_get_a_typical_height_first_and_their_own_after_the_first_frame(qtbot, few_estimates, big):
    pane = digest_pane(qtbot, PaperModel(big), 700)
    view = pane.view()
    view.set_scroll_anchor(ENTRY, 50, 3.0)
    column = view._column
    assert not view.idle_work_done()
    entries = [item for item in column.items if item.kind == ENTRY and not item.exact_at(column.width)]
    assert len({item.height for item in entries}) < len(entries) / 2  # most share the typical height
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(view.idle_work_done)
    for item in column.items:
        if item.paper is not None and not item.exact_at(column.layout_key(item)):
            assert item.height == own_estimate(item, column, big)
    # What is on screen stayed put while the heights above it changed.
    assert view.scroll_anchor() == (ENTRY, 50, 3.0)
    assert view.verticalScrollBar().maximum() == round(column.total_height() - view.viewport().height())


@pytest.mark.parametrize("later", [False, True], ids=["all-at-once", "most-after-the-first-frame"])
def test_opening_a_digest_lays_it_out_once(qtbot, monkeypatch, big, later):
    """The preview of an open window gets the new digest (model reset) and the first paper
    selected: its items are made once and each is estimated once."""
    if later:
        leave_estimates_for_later(monkeypatch)
    model = PaperModel(Digest())
    pane = digest_pane(qtbot, model, 700)
    pane.show()
    qtbot.waitExposed(pane)
    rebuilt: list[int] = []
    estimated: list[int] = []
    rebuild, estimate = layout.ItemColumn.rebuild, estimates.estimate_heights

    def counting_rebuild(self, papers, *args):
        rebuilt.append(len(papers))
        rebuild(self, papers, *args)

    def counting_estimate(items, *args):
        items = list(items)
        estimated.extend(id(item) for item in items if item.kind in (ROW, ENTRY))
        estimate(items, *args)

    monkeypatch.setattr(layout.ItemColumn, "rebuild", counting_rebuild)
    monkeypatch.setattr(layout, "estimate_heights", counting_estimate)
    model.apply_digest(big)
    pane.set_current_row(0)  # as the paper list does when a digest is opened
    view = pane.view()
    assert (ENTRY, 0) in view.visible_items()
    assert view.idle_work_done() != later
    qtbot.waitUntil(view.idle_work_done)
    assert rebuilt == [len(big.papers)]
    column = view._column
    assert len(estimated) == len(set(estimated))  # none twice
    guessed = {
        id(item)
        for item in column.items
        if item.paper is not None and not item.exact_at(column.layout_key(item))
    }
    assert len(guessed) > len(big.papers)
    assert guessed <= set(estimated)  # and every one not laid out


def test_the_layout_finished_after_the_first_frame_is_left_out_of_collections(qtbot, small_samples, big):
    import gc

    from PySide6.QtWidgets import QApplication

    from digest_gui.ui.collector import collect_on_gui_thread

    collect_on_gui_thread(QApplication.instance())
    gc.unfreeze()
    pane = digest_pane(qtbot, PaperModel(big), 520)
    view = pane.view()
    assert not view.idle_work_done() and gc.get_freeze_count() == 0
    pane.show()
    qtbot.waitUntil(view.idle_work_done)
    # Every item exists now and lives as long as the digest: no collection walks them again
    # (at 23,000 papers each one took 40 ms of the window's time while the user typed).
    assert gc.get_freeze_count() > 0
    item = view._column.items[-1]
    assert gc.is_tracked(item) and not any(item is other for other in gc.get_objects())
    gc.unfreeze()
