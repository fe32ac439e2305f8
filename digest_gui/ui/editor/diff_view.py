"""A read-only text that shows a difference: deleted pieces struck out in red, inserted ones in green.

The text is inserted piece by piece with character formats, never parsed as HTML (it
comes from arXiv and from a model). The view is as tall as its wrapped text: a suggestion
or a changed sentence is read whole, never scrolled or cut off.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from digest_gui.ui.editor.text_field import field_font

if TYPE_CHECKING:
    from digest_gui.core.text_diff import Segment

# GitHub's word-difference colours, readable on the light boxes in light and dark themes.
INSERTED_BACKGROUND = "#abf2bc"
DELETED_BACKGROUND = "#ffcecb"
DELETED_TEXT = "#82071e"
TEXT = "#1f2328"


def segment_format(kind: str) -> QTextCharFormat:
    """How a piece of a difference looks."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(TEXT))
    if kind == "insert":
        fmt.setBackground(QColor(INSERTED_BACKGROUND))
    elif kind == "delete":
        fmt.setBackground(QColor(DELETED_BACKGROUND))
        fmt.setForeground(QColor(DELETED_TEXT))
        fmt.setFontStrikeOut(True)
    return fmt


class DiffText(QTextEdit):
    """Shows segments of a difference (core/text_diff.py) as wrapped, selectable plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFont(field_font(self.font()))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Selectable for copying, but not a stop of Tab between the fields.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"QTextEdit {{ background: #ffffff; color: {TEXT}; border-radius: 3px; }}")
        self.document().setDocumentMargin(4)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._segments: list[Segment] = []

    def set_segments(self, segments: Sequence[Segment], placeholder: str = "") -> None:
        """Show the pieces in order; placeholder (greyed) when there are none."""
        segments = list(segments)
        if segments == self._segments and self.document().characterCount() > 1:
            return
        self._segments = segments
        self.clear()
        cursor = QTextCursor(self.document())
        if not segments and placeholder:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor("#6e7781"))
            fmt.setFontItalic(True)
            cursor.insertText(placeholder, fmt)
        for segment in segments:
            cursor.insertText(segment.text, segment_format(segment.kind))
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height() + 0.5) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.height())
