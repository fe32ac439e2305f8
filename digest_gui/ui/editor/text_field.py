"""A plain-text field for one paper field, whose undo history is the project's."""

from __future__ import annotations

import math

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QTextEdit, QWidget

from digest_gui.core.control_chars import clean_text
from digest_gui.ui.widgets.fonts import CJK_FAMILIES


def field_font(base: QFont) -> QFont:
    """The font of the text fields: the system font, then CJK families, a little larger."""
    font = QFont(base)
    font.setFamilies([base.family(), *CJK_FAMILIES])
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() + 1)
    return font


# A title or one-line summary grows with its text up to this many lines, then scrolls; an
# abstract field is never squeezed below a few lines (the editor scrolls instead).
COMPACT_MAX_LINES = 6
LONG_MIN_LINES = 5


class PlainTextField(QPlainTextEdit):
    """Edits one text field; pastes and drops insert plain text only.

    The field keeps no undo history of its own: every change is pushed to the project's
    undo stack (one stack for typing, adding, deleting and moving papers), so the
    window's Undo and Redo act on it.
    """

    edited = Signal(str)  # the user changed the text (not emitted by set_text)

    def __init__(
        self,
        name: str,
        *,
        compact: bool = False,
        max_lines: int = COMPACT_MAX_LINES,
        min_lines: int = LONG_MIN_LINES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.compact = compact
        self.max_lines = max_lines  # a compact field grows up to this many lines, then scrolls
        self.min_lines = min_lines  # a long field shows at least this many
        self._updating = False
        self.setFont(field_font(self.font()))
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.textChanged.connect(self._on_self_text_changed)
        if compact:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.textChanged.connect(self._fit_height)
            self._fit_height()

    # ------------------------------------------------------------------ text

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Show text from the model, keeping the cursor where it was when possible."""
        if text == self.toPlainText():
            return
        cursor = self.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        bar = self.verticalScrollBar().value()
        self._updating = True
        try:
            self.setPlainText(text)
        finally:
            self._updating = False
        cursor = self.textCursor()
        length = len(text)
        cursor.setPosition(min(anchor, length))
        cursor.setPosition(min(position, length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(bar)

    def set_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Draw one layer of marks over the text, keeping the other layers (editor/marks.py)."""
        from digest_gui.ui.editor.marks import set_layer

        set_layer(self, layer, selections)

    def _on_self_text_changed(self) -> None:
        if not self._updating:
            self.edited.emit(self.toPlainText())

    # ------------------------------------------------------------------ plain text only

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Rich text from a browser or a word processor comes in as its plain text.
        if source.hasText():
            self.textCursor().insertText(clean_text(source.text()))
            self.ensureCursorVisible()

    # ------------------------------------------------------------------ keys

    def event(self, event: QEvent) -> bool:
        # QPlainTextEdit claims Ctrl+Z for its own (disabled) history; let the window's
        # Undo and Redo actions have it instead.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _window_keys())
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A title or a one-line summary has no line breaks: Return moves on.
        if (
            self.compact
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ size

    def content_lines(self) -> int:
        """How many lines the text takes at the field's current width."""
        layout = self.document().documentLayout()
        lines = 0
        block = self.document().begin()
        while block.isValid():
            layout.blockBoundingRect(block)  # lays the block out at the current width
            lines += max(1, block.layout().lineCount())
            block = block.next()
        return max(1, lines)

    def _lines_height(self, lines: int) -> int:
        """The field's height showing `lines` lines of its text (frame and margins included)."""
        spacing = self.fontMetrics().lineSpacing()
        # Lines of CJK text can be taller than the system font's: measure the laid-out ones.
        block = self.document().begin()
        while block.isValid():
            rect = self.document().documentLayout().blockBoundingRect(block)
            count = max(1, block.layout().lineCount())
            spacing = max(spacing, math.ceil(rect.height() / count))
            block = block.next()
        margins = self.contentsMargins()
        chrome = 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        return math.ceil(lines * spacing + chrome)

    def _fit_height(self) -> None:
        # As tall as the wrapped text, up to max_lines: a title or summary is read whole;
        # a longer one scrolls.
        lines = min(self.content_lines(), self.max_lines)
        height = self._lines_height(lines)
        if height != self.height() or height != self.minimumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.compact:
            self._fit_height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.compact:
            return QSize(hint.width(), self.height())
        return QSize(hint.width(), max(hint.height(), self.minimumSizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.compact:
            return QSize(hint.width(), self.height())
        # A long text field stays tall enough to read a few lines; a short window scrolls
        # the form rather than squeezing it.
        return QSize(hint.width(), self._lines_height(self.min_lines))


def _window_keys() -> tuple[QtGui.QKeySequence.StandardKey, ...]:
    """Keys the window handles (undo, redo) even while a field has focus. Named at the first
    key, through QtGui: naming QKeySequence makes PySide build the class and its enums
    (about 1.5 ms), which the first frame does not need."""
    keys = QtGui.QKeySequence.StandardKey
    return keys.Undo, keys.Redo
