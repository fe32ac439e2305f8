"""Adding papers in the window: Add by Identifier (Ctrl+L), Ctrl+V on the list, and where they land."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from tests.ui.arxiv.test_fetch import fake  # noqa: F401 (the local arXiv fixture)


def ids(window) -> list[str]:
    return [paper.id for paper in window.project.digest.papers]


def test_ctrl_l_opens_add_by_identifier_and_the_papers_go_to_the_end(window, qtbot, fake):  # noqa: F811
    window.list_pane.select_row(3)  # a paper in the middle is current: the new ones still go last
    assert window.action_registry["addByIdentifier"].shortcut() == QKeySequence("Ctrl+L")
    assert window.action_registry["importListing"].shortcut() == QKeySequence("Ctrl+Shift+L")
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.adding.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(
        dialog.text_edit, "2501.00011 https://arxiv.org/abs/2403.18546 https://arxiv.org/pdf/2501.00012"
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert window.adding.dialog is None
    assert ids(window)[-2:] == ["2501.00011", "2501.00012"]
    assert window.list_pane.current_row() == 23
    message = window.statusBar().currentMessage()
    assert "Added 2 papers" in message and "skipped 1 already in the digest: 2403.18546" in message
    qtbot.waitUntil(lambda: window.project.digest.papers[-1].title_en != "", timeout=15000)  # fetched


def test_cancel_adds_nothing(window, qtbot):
    before = ids(window)
    window.action_registry["addByIdentifier"].trigger()
    window.adding.dialog.text_edit.setPlainText("2501.00011")
    window.adding.dialog.reject()
    assert ids(window) == before


def test_ctrl_v_on_the_list_adds_the_clipboards_papers_at_the_end(window, qtbot):
    window.list_pane.select_row(2)
    window.list_pane.view.setFocus()
    QGuiApplication.clipboard().setText("https://arxiv.org/abs/2501.00021 and 2501.00022")
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ids(window)[-2:] == ["2501.00021", "2501.00022"]
    assert "Added 2 papers" in window.statusBar().currentMessage()


def test_ctrl_v_without_an_id_on_the_clipboard_says_so(window, qtbot):
    before = ids(window)
    QGuiApplication.clipboard().setText("just some words")
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ids(window) == before
    assert window.statusBar().currentMessage() == "The clipboard holds no arXiv id or link"


def test_ctrl_v_in_the_filter_box_still_pastes_text(window, qtbot):
    before = ids(window)
    QGuiApplication.clipboard().setText("2501.00031")
    window.list_pane.filter_edit.setFocus()
    qtbot.keyClick(window.list_pane.filter_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.list_pane.filter_edit.text() == "2501.00031"
    assert ids(window) == before
