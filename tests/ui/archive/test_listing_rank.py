"""The listing dialog's archive row: covered-before marks, Rank by my archive with scores,
and keyword rules kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from digest_gui.ui import workers
from digest_gui.ui.arxiv.listing_model import COLUMN_ID, COLUMN_SCORE, COLUMN_TITLE, HIGHLIGHT_COLOR, ItemRole
from tests.fake_listing import FeedHandler, rss_url, start_feeds, stop_feeds
from tests.ui.conftest import FAST_HTTP

ARCHIVED = "2403.18546"  # in the reference digest (archived) and in today's listing
NOT_ARCHIVED_TITLE = "Sparse Gaussian Splatting for Real-Time Indoor Reconstruction"


@pytest.fixture
def listing(window, qtbot, monkeypatch, reference_archived):
    server = start_feeds()
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", rss_url(server))
    window.project.new()
    window.listing.open_dialog()
    dialog = window.listing.dialog
    dialog.settings.http = FAST_HTTP
    yield dialog
    if FeedHandler.hold is not None:
        FeedHandler.hold.set()
    window.listing.close_dialog()  # (pytest-qt may have closed the window, and the dialog, already)
    workers.drain(10000)
    stop_feeds(server)


def fetch(qtbot, dialog) -> None:
    dialog.categories_edit.setText("cs.LG, cs.CV")
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and bool(dialog.model.notes), timeout=10000)


def shown(dialog) -> list:
    return [dialog.proxy.index(row, 0).data(ItemRole) for row in range(dialog.proxy.rowCount())]


def test_papers_of_earlier_digests_are_marked_with_their_day(window, qtbot, listing):
    fetch(qtbot, listing)
    ids = [item.id for item in shown(listing)]
    covered = listing.proxy.index(ids.index(ARCHIVED), COLUMN_ID)
    assert covered.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Covered before: 2026-03-01 (2026-03-01)" in covered.data(Qt.ItemDataRole.ToolTipRole)
    other = next(row for row, item in enumerate(shown(listing)) if item.title == NOT_ARCHIVED_TITLE)
    assert listing.proxy.index(other, COLUMN_ID).data(Qt.ItemDataRole.DecorationRole) is None
    assert listing.table.isColumnHidden(COLUMN_SCORE)  # not ranked: arXiv's order


def test_rank_orders_by_the_archive_and_keeps_ticks(window, qtbot, listing):
    fetch(qtbot, listing)
    first_unarchived = next(item for item in shown(listing) if item.title == NOT_ARCHIVED_TITLE)
    listing.model.set_checked([listing.model.items.index(first_unarchived)], True)
    ranker = window.archive.listing_ranker
    ranker.rank_box.click()
    qtbot.waitUntil(lambda: not listing.table.isColumnHidden(COLUMN_SCORE), timeout=10000)
    items = shown(listing)
    scores = [float(listing.proxy.index(row, COLUMN_SCORE).data()) for row in range(len(items))]
    assert scores == sorted(scores, reverse=True)
    archived_ids = set(listing.model.notes) & {
        item.id for item in items if listing.model.notes[item.id].covered
    }
    marks = [item.id in archived_ids for item in items]
    assert marks == sorted(marks, reverse=True)  # the papers of the earlier digest come first
    assert [item.id for item in listing.model.checked_items()] == [first_unarchived.id]
    assert window.settings.listing_rank is True


def test_keyword_rules_lift_and_mark_and_are_kept(window, qtbot, listing):
    fetch(qtbot, listing)
    ranker = window.archive.listing_ranker
    ranker.rank_box.click()
    qtbot.waitUntil(lambda: not listing.table.isColumnHidden(COLUMN_SCORE), timeout=10000)
    include, highlight = ranker.rule_edits["include"], ranker.rule_edits["highlight"]
    include.setFocus()
    QTest.keyClicks(include, "Gaussian Splatting")
    QTest.keyClick(include, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(listing)[0].title == NOT_ARCHIVED_TITLE, timeout=10000)
    assert "Include rule: Gaussian Splatting" in listing.proxy.index(0, COLUMN_TITLE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    highlight.setFocus()
    QTest.keyClicks(highlight, "diffusion")
    QTest.keyClick(highlight, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(note.highlighted for note in listing.model.notes.values()), timeout=10000)
    row = next(row for row, item in enumerate(shown(listing)) if listing.model.notes[item.id].highlighted)
    assert (
        listing.proxy.index(row, COLUMN_TITLE).data(Qt.ItemDataRole.BackgroundRole).name() == HIGHLIGHT_COLOR
    )
    assert (window.settings.rank_include, window.settings.rank_highlight) == (
        "Gaussian Splatting",
        "diffusion",
    )
