"""How Return and Tab move between the editor's fields, so that typing stays on one side.

A translator writes the Chinese side; the English is the source. As in Qt Linguist, the
keys that move on never carry the cursor from a translation into the source, where the
next keystrokes would change it:

- Return in a one-line field (the titles and the one-line summaries) moves to the next
  field of the same side, Shift+Return to the one before; a title or a summary has no
  line breaks. Return in an abstract inserts a line break, as it always did: abstracts
  may have paragraphs.
- Tab and Shift+Tab in a Chinese field cycle among the Chinese fields only. From an
  English field Tab goes on as before (English title, Chinese title, ...).
- The English side stays reachable by mouse and by Paper → Go to English Side (Alt+Left);
  Go to Chinese Side (Alt+Right) comes back. Each goes to the same row's other field.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QWidget

ENGLISH_ORDER = ("title_en", "summary_en", "abstract_en")
CHINESE_ORDER = ("title_zh", "summary_zh", "abstract_zh")
# Fields without line breaks by design: Return moves on instead of breaking the line.
ONE_LINE = frozenset(("title_en", "title_zh", "summary_en", "summary_zh"))
# Each field's counterpart on the other side, in the same row of the editor.
COUNTERPART = {
    **dict(zip(ENGLISH_ORDER, CHINESE_ORDER, strict=True)),
    **dict(zip(CHINESE_ORDER, ENGLISH_ORDER, strict=True)),
}
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class FieldKeys(QObject):
    """Moves the focus between the fields on Return, Tab and the Go to … Side actions."""

    def __init__(self, fields: Mapping[str, QPlainTextEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self._by_widget = {id(field): name for name, field in fields.items()}
        for field in fields.values():
            field.installEventFilter(self)

    def focused(self) -> str:
        """The name of the field that has the focus, "" for none."""
        focus = QApplication.focusWidget()
        return self._by_widget.get(id(focus), "") if focus is not None else ""

    def go_to(self, name: str) -> None:
        """Put the focus into the named field and show it."""
        field = self.fields.get(name)
        if field is None or not field.isVisible():
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.ensureCursorVisible()
        scroll_to(field)

    def go_to_side(self, side: str) -> None:
        """Go to the other side's field of the focused field's row ("en" or "zh"); the title without one."""
        current = self.focused()
        order = ENGLISH_ORDER if side == "en" else CHINESE_ORDER
        if current in order:
            return
        self.go_to(COUNTERPART.get(current, order[0]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        name = self._by_widget.get(id(watched))
        if name is None:
            return False
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in _PLAIN
        shift = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.ShiftModifier
        if key in _RETURN_KEYS and name in ONE_LINE and (plain or shift):
            self._step(name, -1 if shift else 1, wrap=False)
            return True
        if name in CHINESE_ORDER and (key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift)):
            self._step(name, -1, wrap=True)
            return True
        if name in CHINESE_ORDER and key == Qt.Key.Key_Tab and plain:
            self._step(name, 1, wrap=True)
            return True
        return False

    def _step(self, name: str, step: int, *, wrap: bool) -> None:
        order = CHINESE_ORDER if name in CHINESE_ORDER else ENGLISH_ORDER
        index = order.index(name) + step
        if wrap:
            index %= len(order)
        if 0 <= index < len(order):
            self.go_to(order[index])


def scroll_to(widget: QWidget) -> None:
    """Scroll the scroll area around the widget so that it is on screen."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
            return
        parent = parent.parentWidget()
