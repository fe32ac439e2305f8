"""Drops on the paper list with every action a browser offers: a line shows where the papers go.

Chrome offers a link drag as copy, Firefox as copy, move or link, and a modifier key can
narrow it to one; each must show the drop line and land where it shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.ui.document.paper_model import COLUMN_TITLE_EN
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.list_pane import PaperListPane
from digest_gui.ui.papers.table import external_drop_action

Action = Qt.DropAction
ACTIONS = {
    "copy": Action.CopyAction,
    "move": Action.MoveAction,
    "link": Action.LinkAction,
    "copy|move|link": Action.CopyAction | Action.MoveAction | Action.LinkAction,
    "move|link": Action.MoveAction | Action.LinkAction,
}


@pytest.fixture
def pane(qtbot, reference_text) -> PaperListPane:
    project = Project()
    project.new(import_markdown(reference_text).digest)
    pane = PaperListPane(project)
    qtbot.addWidget(pane)
    pane.resize(760, 900)  # room below the 23 papers
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def browser_link(*ids: str) -> QMimeData:
    """A link dragged out of a browser: a URL list and the same as plain text."""
    mime = QMimeData()
    mime.setUrls([QUrl(f"https://arxiv.org/abs/{item}") for item in ids])
    mime.setText("\n".join(f"https://arxiv.org/abs/{item}" for item in ids))
    return mime


def row_point(pane: PaperListPane, row: int) -> QPoint:
    rect = pane.view.visualRect(pane.proxy.index(row, COLUMN_TITLE_EN))
    return QPoint(rect.center().x(), rect.top() + 2)  # the upper half: before the row


def drag_and_drop(qtbot, pane: PaperListPane, mime: QMimeData, pos: QPoint, actions: Qt.DropAction):
    """Enter, move (the line must show) and drop; return (drop event, the row the pane reported)."""
    viewport = pane.view.viewport()
    rest = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(pos, *rest)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, *rest)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    assert pane.view._drop_line.isVisible()
    line = pane.view._drop_line.geometry()
    drop = QDropEvent(QPointF(pos), *rest)
    with qtbot.waitSignal(pane.content_dropped) as dropped:
        QApplication.sendEvent(viewport, drop)
    assert not pane.view._drop_line.isVisible()
    return move, drop, line, dropped.args[1]


@pytest.mark.parametrize("name", list(ACTIONS))
def test_a_drop_on_a_row_goes_there_whatever_action_the_browser_offers(qtbot, pane, name):
    move, drop, line, row = drag_and_drop(
        qtbot, pane, browser_link("2404.00001"), row_point(pane, 5), ACTIONS[name]
    )
    assert row == 5
    assert abs(line.center().y() - pane.view.visualRect(pane.proxy.index(5, 0)).top()) <= 1
    assert drop.isAccepted()
    # Copy where offered (nothing of the page goes away), else link, else move.
    expected = external_drop_action(ACTIONS[name])
    assert move.dropAction() == drop.dropAction() == expected
    assert expected == (
        Action.CopyAction if "copy" in name else Action.LinkAction if "link" in name else Action.MoveAction
    )


@pytest.mark.parametrize("name", list(ACTIONS))
def test_a_drop_on_empty_space_goes_to_the_end(qtbot, pane, name):
    last = pane.view.visualRect(pane.proxy.index(22, 0))
    below = QPoint(last.center().x(), last.bottom() + 40)
    _move, _drop, line, row = drag_and_drop(qtbot, pane, browser_link("2404.00002"), below, ACTIONS[name])
    assert row == 23
    assert abs(line.center().y() - (last.bottom() + 1)) <= 1
