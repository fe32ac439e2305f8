"""The paper list's context menu in the window: each entry acts on the selected papers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QUrl
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Status
from digest_gui.ui.papers import context_menu


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The URLs the menu asked the desktop to open (none is opened)."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(context_menu.QDesktopServices, "openUrl", open_url)
    return urls


def select(window, *rows: int) -> None:
    pane = window.list_pane
    pane.select_row(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        pane.view.selectionModel().select(pane.proxy.mapFromSource(pane.model.index(row, 0)), flags)


def entries(window) -> list[str]:
    """The menu as its texts (without mnemonics) and shortcuts, separators as "-"."""
    menu = window.list_pane.context_menu
    menu.aboutToShow.emit()
    rows = []
    for action in menu.actions():
        if action.isSeparator():
            rows.append("-")
        else:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            rows.append(action.text().replace("&", "") + (f" [{keys}]" if keys else ""))
    return rows


def test_the_menu_holds_what_a_reviewer_does_to_a_paper(window):
    select(window, 1)
    # Other parts of the window may add their own entries after these (the archive does).
    assert entries(window)[:18] == [
        "Fetch from arXiv [F5]",
        "Draft Chinese [Ctrl+D]",
        "-",
        "Open on arXiv",
        "Open PDF",
        "-",
        "Copy Links [Ctrl+C]",
        "Copy arXiv Ids",
        "-",
        "Mark Reviewed",
        "Mark as Needs Review",
        "Mark Drafted",
        "Mark New",
        "-",
        "Move Up [Ctrl+Shift+Up]",
        "Move Down [Ctrl+Shift+Down]",
        "-",
        "Delete [Del]",
    ]


def test_open_on_arxiv_and_the_pdf_for_every_selected_paper(window, opened):
    select(window, 0, 2)
    entries(window)
    window.paper_menu.open_abs_action.trigger()
    window.paper_menu.open_pdf_action.trigger()
    papers = window.project.digest.papers
    assert opened == [
        "https://arxiv.org/abs/2403.18546",
        "https://arxiv.org/abs/2403.15528",
        f"https://arxiv.org/pdf/{papers[0].versioned_id}",
        f"https://arxiv.org/pdf/{papers[2].versioned_id}",
    ]


def test_a_whole_digest_selected_opens_only_the_first_pages(window, opened):
    window.list_pane.view.selectAll()
    window.paper_menu.open_abs_action.trigger()
    assert len(opened) == context_menu.MAX_PAGES
    assert window.statusBar().currentMessage() == "Opened the first 10 of 23 pages"


def test_copy_ids_puts_the_versioned_ids_on_the_clipboard(window):
    select(window, 0, 1)
    window.paper_menu.copy_ids_action.trigger()
    papers = window.project.digest.papers
    assert QGuiApplication.clipboard().text() == f"{papers[0].versioned_id}\n{papers[1].versioned_id}"


def test_mark_as_needs_review_marks_every_selected_paper_in_one_step(window):
    model = window.project.model
    select(window, 3, 5)
    assert [model.paper(row).status for row in (3, 5)] == [Status.REVIEWED, Status.REVIEWED]
    entries(window)
    assert window.paper_menu.needs_review_action.isEnabled()
    steps = window.project.undo_stack.count()
    window.paper_menu.needs_review_action.trigger()
    assert [model.paper(row).status for row in (3, 5)] == [Status.NEEDS_REVIEW, Status.NEEDS_REVIEW]
    assert window.project.undo_stack.count() == steps + 1
    entries(window)
    assert not window.paper_menu.needs_review_action.isEnabled()  # nothing left to mark
    window.project.undo_stack.undo()
    assert [model.paper(row).status for row in (3, 5)] == [Status.REVIEWED, Status.REVIEWED]


def test_fetch_and_draft_are_the_windows_actions(window):
    assert window.paper_menu.fetch_action is window.action_registry["fetchSelected"]
    assert window.paper_menu.draft_action is window.action_registry["draftSelected"]


def test_without_a_selection_the_paper_entries_are_off(window):
    window.list_pane.select_row(-1)
    entries(window)
    for action in (
        window.paper_menu.open_abs_action,
        window.paper_menu.open_pdf_action,
        window.paper_menu.copy_ids_action,
    ):
        assert not action.isEnabled()


def test_the_menu_key_opens_the_menu_at_the_current_paper(window, qtbot):
    window.list_pane.select_row(4)
    view = window.list_pane.view
    view.setFocus()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(view, event)
    menu = window.list_pane.context_menu
    qtbot.waitUntil(menu.isVisible)
    rect = view.visualRect(view.currentIndex())
    below_row = view.viewport().mapToGlobal(rect.bottomLeft())
    assert abs(menu.pos().y() - below_row.y()) <= 2
    menu.hide()
