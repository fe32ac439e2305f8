"""Links dropped on the editor's fields add papers; they are never typed into a translation.

A browser's link carries a URL list: dropped on a field it meant "add this paper", and
inserting "https://arxiv.org/abs/…" into the Chinese abstract only left text to delete.
Plain text (a sentence dragged within the editor, an id selected as text) still drops
into the field as text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea

from digest_gui.ui.papers.drops import DropContent, read_mime
from digest_gui.ui.papers.table import external_drop_action

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def links_of(event: QDropEvent) -> DropContent | None:
    """What a drag of links or files holds, or None when it is text to drop as text."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    content = read_mime(mime)
    return None if content.is_empty else content


class LinkDrops(QObject):
    """Watches text fields for drops of links, and hands what they hold to the window."""

    content_dropped = Signal(object)  # DropContent

    def watch(self, field: QAbstractScrollArea) -> None:
        """Take the link drops of this field (drops arrive at its viewport)."""
        field.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _DRAG_EVENTS or not isinstance(event, QDropEvent):
            return super().eventFilter(watched, event)
        content = links_of(event)
        if content is None:
            return False  # text: the field inserts it
        event.setDropAction(external_drop_action(event.possibleActions()))
        event.accept()
        if event.type() == QEvent.Type.Drop:
            # Once the drop is over: opening a dropped project may ask a question, and a
            # dialog inside a drop handler stalls the application the drag came from.
            QTimer.singleShot(0, self, lambda: self.content_dropped.emit(content))
        # Taken here: the field shows no text cursor for a drop it will not receive.
        return True
