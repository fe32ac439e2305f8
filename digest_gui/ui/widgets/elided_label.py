"""Labels that cut their text to their width with "…" (ElidingLabel), and the one-line label
that gives way when space is short, whole in a tooltip (ElidedLabel)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidingLabel(QLabel):
    """A plain-text label that holds a whole text and shows as much of it as its width allows.

    What is shown is QLabel's text; the whole text is `_full`. A subclass says what it shows
    for a width (`_fitted`) and may react to what was shown (`_elide`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)

    def shown_text(self) -> str:
        """What is shown now: the whole text, or its start and "…"."""
        return QLabel.text(self)

    def _fitted(self, room: int) -> str:
        """What the label shows in room pixels: the whole text cut with "…" to fit."""
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)

    def _elide(self) -> str:
        shown = self._fitted(max(0, self.contentsRect().width()))
        if shown != self.shown_text():
            QLabel.setText(self, shown)
        return shown

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class ElidedLabel(ElidingLabel):
    """Shows as much of its text as fits ("Abstract tra…"), the whole of it as a tooltip.

    Its minimum width is a few characters, so a layout can give a neighbour (a count
    beside a field's name) its room first instead of letting the two run together.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_tooltip = ""  # a tooltip set by the caller, shown whatever the width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
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
        return self.shown_text() != self._full

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

    def _fitted(self, room: int) -> str:
        # Whole whenever it has the width it asked for (its size hint).
        return self._full if self.width() >= self.sizeHint().width() else super()._fitted(room)

    def _elide(self) -> str:
        shown = super()._elide()
        tip = self._own_tooltip or (self._full if shown != self._full else "")
        if tip != super().toolTip():
            super().setToolTip(tip)
        return shown
