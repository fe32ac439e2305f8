"""Ctrl+Return marks the paper reviewed and goes on to the next paper to review, as in Qt Linguist."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Status


@pytest.fixture
def review_window(window, qtbot):
    """The example digest (every paper reviewed, as a published digest is) with papers 2, 4 and 6 not."""
    project = window.project
    project.set_status([1, 3], Status.DRAFTED)
    project.set_status([5], Status.FETCHED)
    project.undo_stack.clear()
    window.list_pane.select_row(1)
    field = window.editor.fields["abstract_zh"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return window


def statuses(window) -> list[str]:
    return [str(paper.status) for paper in window.project.digest.papers]


def said(window, text: str) -> bool:
    """The status bar says text (plural forms from the translation file, or its source text)."""
    message = window.statusBar().currentMessage()
    return message == text or re.sub(r"(\w+)\(s\)", r"\1s", message) == text


def press_ctrl_return(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_return_marks_reviewed_and_moves_to_the_next_paper_to_review(review_window, qtbot):
    window = review_window
    press_ctrl_return(qtbot)
    assert window.project.digest.papers[1].status is Status.REVIEWED
    assert window.list_pane.current_row() == 3 and window.editor.current_row() == 3
    # Typing goes on in the same field of the next paper.
    assert QApplication.focusWidget() is window.editor.fields["abstract_zh"]
    assert said(window, "2 papers left to review")
    press_ctrl_return(qtbot)
    assert window.list_pane.current_row() == 5
    press_ctrl_return(qtbot)
    assert set(statuses(window)) == {"reviewed"}
    assert window.list_pane.current_row() == 5  # nothing left: it stays
    assert said(window, "All 23 papers are reviewed.")


def test_the_next_paper_to_review_wraps_round_to_the_top(review_window, qtbot):
    window = review_window
    window.list_pane.select_row(4)
    press_ctrl_return(qtbot)  # 4 was reviewed already; it stays so
    assert window.list_pane.current_row() == 5
    press_ctrl_return(qtbot)
    assert window.list_pane.current_row() == 1  # past the end, from the top


def test_ctrl_return_goes_only_to_papers_the_filter_shows(review_window, qtbot):
    window = review_window
    window.list_pane.filter_edit.setText(window.project.digest.papers[5].id)
    shown = window.list_pane.shown_rows()
    assert 5 in shown and 3 not in shown
    window.list_pane.select_row(5)
    field = window.editor.fields["title_zh"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    press_ctrl_return(qtbot)
    assert window.project.digest.papers[5].status is Status.REVIEWED
    assert window.list_pane.current_row() == 5
    assert said(window, "Every paper the filter shows is reviewed; 2 hidden papers are not.")


def test_undo_takes_the_mark_back_and_returns_to_the_paper(review_window, qtbot):
    window = review_window
    press_ctrl_return(qtbot)
    assert window.list_pane.current_row() == 3
    window.action_registry["undo"].trigger()
    assert window.project.digest.papers[1].status is Status.DRAFTED
    assert window.list_pane.current_row() == 1


def test_needs_review_is_its_own_action_and_never_claims_a_draft(review_window, qtbot):
    window = review_window
    window.list_pane.select_row(0)  # reviewed, written by a person
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.project.digest.papers[0].status is Status.NEEDS_REVIEW
    assert window.list_pane.current_row() == 0
    assert window.editor.status_buttons[Status.NEEDS_REVIEW].isChecked()
    # Ctrl+Return only ever marks reviewed: it is no toggle.
    window.list_pane.select_row(22)
    press_ctrl_return(qtbot)
    assert window.project.digest.papers[22].status is Status.REVIEWED
    assert "drafted" not in {statuses(window)[0], statuses(window)[22]}
    action = window.action_registry["markNeedsReview"]
    assert action.shortcut().toString() == "Ctrl+U" and action.text() == "Mark as Needs Re&view"


def test_next_to_review_moves_without_marking(review_window, qtbot):
    window = review_window
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.list_pane.current_row() == 3
    assert window.project.digest.papers[1].status is Status.DRAFTED


def test_the_list_shows_a_paper_that_needs_review(review_window):
    window = review_window
    window.project.set_status([0], Status.NEEDS_REVIEW)
    pane = window.list_pane
    index = pane.proxy.index(0, 1)
    tooltip = pane.proxy.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Needs review")
    assert not pane.proxy.data(index, Qt.ItemDataRole.DecorationRole).isNull()
