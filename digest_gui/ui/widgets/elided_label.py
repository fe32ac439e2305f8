"""A one-line label that gives way when space is short: its text is elided, whole in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Shows as much of its text as fits ("Abstract tra…"), the whole of it as a tooltip.

    Its minimum width is a few characters, so a layout can give a neighbour (a count
    beside a field's name) its room first instead of letting the two run together.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._own_tooltip = ""  # a tooltip set by the caller, shown whatever the width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def text(self) -> str:
        """The whole text, however much of it is shown."""
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def setToolTip(self, tip: str) -> None:
        self._own_tooltip = tip
        self._elide()

    def is_elided(self) -> bool:
        """Whether part of the text is cut off."""
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # At least a few characters and the ellipsis: a short text stays whole.
        shortest = self.fontMetrics().horizontalAdvance(self._full[:3] + "…")
        margins = self.contentsMargins()
        width = min(self.sizeHint().width(), shortest + margins.left() + margins.right() + 2)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        if self.width() >= self.sizeHint().width():
            shown = self._full
        if shown != super().text():
            super().setText(shown)
        tip = self._own_tooltip or (self._full if shown != self._full else "")
        if tip != super().toolTip():
            super().setToolTip(tip)
