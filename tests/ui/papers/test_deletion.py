"""Deleting papers says what went, with Undo at hand, however the papers were deleted."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from digest_gui.core.model import Paper
from digest_gui.ui.papers.deletion import short_title


def select(window, *rows: int) -> None:
    pane = window.list_pane
    pane.select_row(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        pane.view.selectionModel().select(pane.proxy.mapFromSource(pane.model.index(row, 0)), flags)


def ids(window) -> list[str]:
    return [paper.id for paper in window.project.digest.papers]


def test_del_in_the_list_names_the_paper_and_undo_brings_it_back(window, qtbot):
    before = ids(window)
    notice = window.undo_notice
    window.list_pane.select_row(1)
    window.list_pane.view.setFocus()
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_Delete)
    assert ids(window) == before[:1] + before[2:]
    assert notice.isVisible()
    assert notice.text() == "Deleted 'GeNet: A Graph Neural Network-based Anti-noise…'"
    assert notice.button.text() == "Undo"
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert ids(window) == before
    assert not notice.isVisible()
    assert window.list_pane.current_row() == 1


def test_several_papers_deleted_from_the_menu_are_counted(window, qtbot):
    select(window, 2, 4, 6)
    window.action_registry["deletePapers"].trigger()
    assert window.undo_notice.text() == "Deleted 3 papers"
    assert len(ids(window)) == 20


def test_the_offer_goes_once_something_else_is_done_or_undone(window, qtbot):
    window.list_pane.select_row(0)
    window.action_registry["deletePapers"].trigger()
    assert window.undo_notice.isVisible()
    window.project.set_field(0, "title_zh", "改了")
    assert not window.undo_notice.isVisible()
    # Undone with Ctrl+Z instead of the button: the offer goes too.
    window.action_registry["deletePapers"].trigger()
    assert window.undo_notice.isVisible()
    window.action_registry["undo"].trigger()
    assert not window.undo_notice.isVisible()
    count = len(ids(window))
    window.undo_notice.button.click()  # a stale click undoes nothing
    assert len(ids(window)) == count


def test_the_notice_is_not_covered_by_an_older_message(window):
    window.statusBar().showMessage("Fetched 3 papers from arXiv", 10000)
    window.list_pane.select_row(0)
    window.action_registry["deletePapers"].trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.undo_notice.isVisible()


def test_deletes_shortcut_shows_in_the_edit_menu(window):
    action = window.action_registry["deletePapers"]
    assert action.shortcut() == QKeySequence(Qt.Key.Key_Delete)
    # Only the list takes the key: Delete in the preview or a dock deletes no paper.
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert ("Delete Papers", "Del", "Edit") in window.action_registry.shortcut_rows()


def test_a_paper_without_a_title_is_named_by_its_id():
    assert short_title(Paper(id="2501.00001", version=2)) == "2501.00001v2"
    assert short_title(Paper(title_zh="中文标题")) == "中文标题"
    assert short_title(Paper(title_en="A  title\nover lines")) == "A title over lines"
