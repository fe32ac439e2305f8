"""The listing dialog: fetch in the background, filter, tick, add; errors and cancelling."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QStyle

from digest_gui.core.formats.digest_format import english_abstract_line
from digest_gui.core.sources.http import HttpSettings
from digest_gui.core.sources.listing import ListingSettings
from digest_gui.ui import workers
from digest_gui.ui.arxiv.listing_dialog import ListingDialog
from digest_gui.ui.arxiv.listing_model import COLUMN_CHECK, COLUMN_TITLE
from digest_gui.ui.document.project import Project
from tests.fake_listing import FeedHandler, rss_url, start_feeds, stop_feeds
from tests.ui.conftest import commit_text

FAST = HttpSettings(min_interval=0.01, backoff=0.01, retries=0, connect_timeout=2, read_timeout=10)
LISTED = 13 + 12 - 1 - 1  # cs.LG + cs.CV, less the two papers both list


@pytest.fixture
def server():
    server = start_feeds()
    yield server
    if FeedHandler.hold is not None:
        FeedHandler.hold.set()
    # No worker may outlive its test (and emit into the next one).
    workers.drain(10000)
    stop_feeds(server)


@pytest.fixture
def make_dialog(qtbot, server, monkeypatch):
    # The dialog finds the test server as it would a mirror: through the environment.
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", rss_url(server))

    def make(existing=(), categories="cs.LG, cs.CV") -> ListingDialog:
        dialog = ListingDialog(existing, categories, ListingSettings(http=FAST))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def fetched(qtbot, dialog: ListingDialog, rows: int = LISTED) -> None:
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_fetching(), timeout=10000)
    assert dialog.model.rowCount() == rows, dialog.message.text()


def row_of(dialog: ListingDialog, paper_id: str) -> int:
    """The row of the table (the filter's) that shows the paper."""
    for row in range(dialog.proxy.rowCount()):
        if dialog.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).id == paper_id:
            return row
    raise AssertionError(f"{paper_id} is not shown")


def cell_rect(dialog: ListingDialog, row: int, column: int) -> QRect:
    index = dialog.proxy.index(row, column)
    dialog.table.scrollTo(index)
    return dialog.table.visualRect(index)


def click_check_box(qtbot, dialog: ListingDialog, row: int) -> None:
    rect = cell_rect(dialog, row, COLUMN_CHECK)
    style = dialog.table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, dialog.table) + 1
    x = rect.left() + margin + style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))


def test_fetching_shows_each_paper_once(qtbot, make_dialog):
    dialog = make_dialog()
    assert dialog.add_button.isEnabled() is False
    fetched(qtbot, dialog)
    assert FeedHandler.hits == ["/rss/cs.LG", "/rss/cs.CV"]
    ids = [item.id for item in dialog.model.items]
    assert ids.count("2403.18546") == 1  # cross-listed into both categories
    assert dialog.busy.isHidden() and dialog.cancel_button.isHidden()
    assert dialog.fetch_button.isEnabled()
    assert "cs.LG, cs.CV" in dialog.message.text() and not dialog.message_is_error
    assert dialog.shown_label.text() == f"{LISTED} of {LISTED} shown"
    assert dialog.type_boxes["cross"].text() == "cross (5)"
    # The first paper is current and its abstract is shown under the table.
    assert "The capabilities of large language models" in dialog.abstract_view.toPlainText()
    assert dialog.table.hasFocus()


def test_filtering_by_text_and_type(qtbot, make_dialog):
    dialog = make_dialog()
    fetched(qtbot, dialog)
    qtbot.keyClicks(dialog.filter_edit, "GRASP")
    assert dialog.proxy.rowCount() == 1
    assert dialog.shown_label.text() == f"1 of {LISTED} shown"
    # Authors, ids (with a version, or as a link) and abstracts are searched too.
    for text, count in (
        ("kimura", 1),
        ("2403.18546v1", 1),
        ("https://arxiv.org/abs/2403.05535", 1),
        ("breathtaking speed", 1),
        ("language models", 3),  # every word, anywhere
    ):
        dialog.filter_edit.setText(text)
        assert dialog.proxy.rowCount() == count, text
    # A Chinese input method types full-width letters.
    dialog.filter_edit.clear()
    commit_text(dialog.filter_edit, "ｇｒａｓｐ")
    assert dialog.proxy.rowCount() == 1

    dialog.filter_edit.clear()
    for name in ("new", "replace", "replace-cross"):
        dialog.type_boxes[name].setChecked(False)
    types = {dialog.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).announce_type for row in range(5)}
    assert dialog.proxy.rowCount() == 5 and types == {"cross"}
    dialog.filter_edit.setText("chest")
    assert dialog.proxy.rowCount() == 1
    dialog.type_boxes["cross"].setChecked(False)
    assert dialog.proxy.rowCount() == 0


def test_ticking_two_papers_and_adding_them(qtbot, make_dialog):
    dialog = make_dialog()
    fetched(qtbot, dialog)
    click_check_box(qtbot, dialog, row_of(dialog, "2403.18546"))
    assert [item.id for item in dialog.model.checked_items()] == ["2403.18546"]
    assert dialog.add_button.isEnabled() and dialog.add_button.text() == "&Add (1)"
    # Space ticks the current paper, whichever cell is current; a double click toggles it.
    dialog.table.setCurrentIndex(dialog.proxy.index(row_of(dialog, "2403.10175"), COLUMN_TITLE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.add_button.text() == "&Add (2)"
    title = cell_rect(dialog, row_of(dialog, "2403.17920"), COLUMN_TITLE)
    # As a mouse does it: a press (QTest's double click alone is not one), then the double click.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=title.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=title.center())
    assert dialog.add_button.text() == "&Add (3)"
    assert "Open-Vocabulary Segmentation" in dialog.abstract_view.toPlainText()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.add_button.text() == "&Add (2)"

    # Ticks stay with their papers while the filter hides them.
    dialog.filter_edit.setText("nothing matches this")
    assert len(dialog.model.checked_items()) == 2
    dialog.filter_edit.clear()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    papers = dialog.selected_papers()
    assert [(paper.versioned_id, paper.announce_type) for paper in papers] == [
        ("2403.10175v1", "new"),
        ("2403.18546v1", "cross"),
    ]
    assert papers[1].status == "fetched"
    assert english_abstract_line(papers[1], 1000).startswith(
        "arXiv:2403.18546v1 Announce Type: cross  Abstract: Fast and robust"
    )


def test_papers_in_the_digest_are_shown_but_not_tickable(qtbot, make_dialog):
    project = Project()
    dialog = make_dialog(existing={"2403.18546", "2402.03885"})
    fetched(qtbot, dialog)
    row = row_of(dialog, "2403.18546")
    index = dialog.proxy.index(row, COLUMN_CHECK)
    assert index.data() == "in digest"
    assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) is None
    assert dialog.proxy.index(row, COLUMN_TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Already in the digest"
    click_check_box(qtbot, dialog, row)
    dialog.table.setCurrentIndex(dialog.proxy.index(row, COLUMN_TITLE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert not dialog.model.checked_items()

    qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
    assert len(dialog.model.checked_items()) == LISTED - 2
    assert dialog.add_button.text() == f"&Add ({LISTED - 2})"
    # Select None unticks only what is shown.
    dialog.filter_edit.setText("grasp heatmaps")  # the paper in the digest: nothing to untick
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    dialog.filter_edit.setText("MOMENT")
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    dialog.filter_edit.setText("Kimura")
    qtbot.mouseClick(dialog.select_none_button, Qt.MouseButton.LeftButton)
    assert len(dialog.model.checked_items()) == LISTED - 3

    dialog.accept()
    papers = dialog.selected_papers()
    assert {"2403.18546", "2402.03885", "2403.10175"}.isdisjoint(paper.id for paper in papers)
    result = project.add_papers(papers)
    assert (result.added, result.duplicates) == (LISTED - 3, [])
    assert project.digest.papers[0].announce_type == "new"


def test_return_in_the_categories_box_fetches_and_does_not_close(qtbot, make_dialog):
    dialog = make_dialog(categories="")
    qtbot.keyClicks(dialog.categories_edit, "cs.cv")
    qtbot.keyClick(dialog.categories_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 12, timeout=10000)
    assert FeedHandler.hits == ["/rss/cs.CV"]
    assert dialog.categories_text() == "cs.CV"


def test_a_bad_category_is_reported_without_asking(qtbot, make_dialog):
    dialog = make_dialog(categories="cs.LG, cs/CV")
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "“cs/CV” is not an arXiv category (like cs.LG, math.OC or hep-th)"
    assert dialog.message_is_error and not dialog.is_fetching()
    workers.drain(2000)
    assert FeedHandler.hits == []


@pytest.mark.parametrize(
    ("status", "body", "says"),
    [
        (503, b"", "arXiv's cs.LG listing answered HTTP 503 (Service Unavailable); gave up after 1 try"),
        (200, b"<html><body>Maintenance</body></html>", "arXiv's cs.LG listing is not an RSS feed"),
    ],
)
def test_a_failed_fetch_is_one_readable_line(qtbot, make_dialog, status, body, says):
    FeedHandler.status, FeedHandler.body = status, body
    dialog = make_dialog()
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_fetching(), timeout=10000)
    assert dialog.message.text().startswith(says)
    assert "\n" not in dialog.message.text() and "Traceback" not in dialog.message.text()
    assert dialog.message_is_error
    assert dialog.fetch_button.isEnabled() and dialog.busy.isHidden()
    assert dialog.model.rowCount() == 0 and not dialog.add_button.isEnabled()


def test_an_empty_day_says_why(qtbot, make_dialog):
    FeedHandler.body = b'<rss version="2.0"><channel><title>cs.LG</title></channel></rss>'
    dialog = make_dialog(categories="cs.LG")
    fetched(qtbot, dialog, rows=0)
    assert dialog.message.text().startswith("No announcements today")
    assert not dialog.message_is_error


def test_fetching_leaves_the_dialog_responsive_and_can_be_cancelled(qtbot, make_dialog):
    FeedHandler.hold = threading.Event()
    dialog = make_dialog()
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: FeedHandler.hits == ["/rss/cs.LG"])
    # The server holds the request; the dialog is busy but answers.
    assert dialog.is_fetching() and dialog.busy.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.fetch_button.isEnabled()
    assert dialog.message.text() == "Fetching the listings of cs.LG, cs.CV…"
    qtbot.keyClicks(dialog.filter_edit, "typing works")
    assert dialog.filter_edit.text() == "typing works"

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_fetching() and dialog.fetch_button.isEnabled() and dialog.busy.isHidden()
    assert dialog.message.text() == "Cancelled."
    # The answer arrives after all: the worker stops before asking for cs.CV, nothing is shown.
    FeedHandler.hold.set()
    assert workers.drain(10000)
    qtbot.wait(50)
    assert FeedHandler.hits == ["/rss/cs.LG"]
    assert dialog.model.rowCount() == 0 and dialog.message.text() == "Cancelled."

    # A new fetch works as before.
    FeedHandler.hold = None
    dialog.filter_edit.clear()
    fetched(qtbot, dialog)


def test_closing_while_fetching_cancels(qtbot, make_dialog):
    FeedHandler.hold = threading.Event()
    dialog = make_dialog()
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(FeedHandler.hits) == 1)
    task = dialog.fetcher.task
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert task is not None and task.token.is_set() and not dialog.is_fetching()
    FeedHandler.hold.set()
    assert workers.drain(10000)
    assert len(FeedHandler.hits) == 1
    assert dialog.selected_papers() == []


def test_a_new_fetch_keeps_the_ticks_of_papers_listed_again(qtbot, make_dialog):
    dialog = make_dialog()
    fetched(qtbot, dialog)
    dialog.model.set_checked([row_of(dialog, "2403.18546"), row_of(dialog, "2403.10175")], True)
    dialog.categories_edit.setText("cs.CV")
    fetched(qtbot, dialog, rows=12)
    assert [item.id for item in dialog.model.checked_items()] == ["2403.18546"]
    assert dialog.add_button.text() == "&Add (1)"
