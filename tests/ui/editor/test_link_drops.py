"""A link dropped on an editor field adds the paper; text dropped there is still text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

ALL = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction


def drop_on(field, mime: QMimeData, actions: Qt.DropAction = ALL) -> QDropEvent:
    viewport = field.viewport()
    pos = QPoint(10, 10)
    rest = (actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, *rest))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, *rest))
    event = QDropEvent(QPointF(pos), *rest)
    QApplication.sendEvent(viewport, event)
    return event


@pytest.mark.parametrize("field_name", ["abstract_zh", "title_zh", "abstract_en"])
@pytest.mark.parametrize("action", [Qt.DropAction.CopyAction, Qt.DropAction.LinkAction, ALL])
def test_a_link_dropped_on_a_field_adds_the_paper_and_leaves_the_text(window, qtbot, field_name, action):
    window.list_pane.select_row(0)
    field = window.editor.fields[field_name]
    before = field.toPlainText()
    mime = QMimeData()
    mime.setUrls([QUrl("https://arxiv.org/abs/2501.00041")])
    mime.setText("https://arxiv.org/abs/2501.00041")
    event = drop_on(field, mime, action)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.project.digest.papers[-1].id == "2501.00041")
    assert window.project.digest.papers[0].__getattribute__(field_name) == before
    assert "Added 1 paper" in window.statusBar().currentMessage()


def test_text_dropped_on_a_field_is_inserted_as_text(window, qtbot):
    window.list_pane.select_row(0)
    field = window.editor.fields["summary_zh"]
    field.setPlainText("")
    count = len(window.project.digest.papers)
    mime = QMimeData()
    mime.setText("见 2403.18296")  # an id in a sentence: the user's text, not a paper to add
    drop_on(field, mime, Qt.DropAction.CopyAction)
    assert field.toPlainText() == "见 2403.18296"
    assert len(window.project.digest.papers) == count
