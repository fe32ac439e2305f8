"""Links in the preview: the hand cursor and the address on hover, a click follows.

An event filter on the preview's viewport, so the view itself only draws and scrolls.
A click is a press and a release on the same link (a drag that ends elsewhere is not).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent, QTextDocument

from digest_gui.ui.preview.items import ENTRY, ROW, block_fragments
from digest_gui.ui.widgets.plain_text import plain_tooltip

if TYPE_CHECKING:
    from digest_gui.ui.preview.view import PreviewView

_FOOTNOTE_LINK = re.compile(r"#(fn|fnref):([0-9]+)")
_EXTERNAL_SCHEMES = ("http", "https")


class LinkClicks(QObject):
    """Watches the view's viewport for the mouse over, pressing and releasing links."""

    def __init__(self, view: PreviewView) -> None:
        super().__init__(view)
        self.view = view
        self._pressed_href = ""
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent):
            kind = event.type()
            if kind == QEvent.Type.MouseMove:
                self._hover(event)
            elif kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                self._pressed_href = self.view.href_at(event.position())
            elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
                href = self.view.href_at(event.position())
                pressed, self._pressed_href = self._pressed_href, ""
                if href and href == pressed:
                    self.view.activate_link(href)
        return False  # the view still gets every event (scrolling, focus)

    def _hover(self, event: QMouseEvent) -> None:
        href = self.view.href_at(event.position())
        viewport = self.view.viewport()
        if href:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.unsetCursor()
        tip = plain_tooltip(href) or ""  # a link's address is the paper's, as written
        if viewport.toolTip() != tip:
            viewport.setToolTip(tip)


def link_in_document(doc: QTextDocument, href: str) -> QPointF | None:
    """Where in the laid-out document the first link to `href` is (just inside its start,
    half a line down), or None."""
    for block, found in block_fragments(doc):
        for fragment in found:
            char_format = fragment.charFormat()
            if char_format.isAnchor() and char_format.anchorHref() == href:
                line = block.layout().lineForTextPosition(fragment.position() - block.position())
                origin = doc.documentLayout().blockBoundingRect(block).topLeft()
                # PySide6's stub says cursorToX returns object; it returns (x, position).
                x_offset = line.cursorToX(fragment.position() - block.position())[0]  # type: ignore[index]
                return QPointF(origin.x() + x_offset + 2, origin.y() + line.y() + line.height() / 2)
    return None


def link_target(href: str) -> tuple[str, int] | QUrl | None:
    """Where a clicked link goes: (item kind, paper row) for a footnote link or its way
    back, a http(s) address to open outside, or None (any other link does nothing)."""
    footnote = _FOOTNOTE_LINK.fullmatch(href)
    if footnote:
        return (ENTRY if footnote[1] == "fn" else ROW), int(footnote[2]) - 1
    url = QUrl(href, QUrl.ParsingMode.StrictMode)
    if url.isValid() and url.scheme().lower() in _EXTERNAL_SCHEMES and url.host():
        return url
    return None
