"""Marks drawn over a text field's text, in named layers that do not replace each other.

QPlainTextEdit has one list of extra selections; a feature that set it would wipe what
another drew (find matches, quality marks). Each feature sets its own layer here instead.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

_LAYERS = "_digest_gui_mark_layers"


def set_layer(field: QPlainTextEdit, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
    """Show selections as the field's marks of `layer` (an empty list removes the layer)."""
    layers: dict[str, list[QTextEdit.ExtraSelection]] = getattr(field, _LAYERS, None) or {}
    if not selections and layer not in layers:
        return
    if selections:
        layers[layer] = list(selections)
    else:
        layers.pop(layer, None)
    setattr(field, _LAYERS, layers)
    field.setExtraSelections([selection for marks in layers.values() for selection in marks])


def layer(field: QPlainTextEdit, name: str) -> list[QTextEdit.ExtraSelection]:
    """The marks of one layer of the field (a copy)."""
    layers: dict[str, list[QTextEdit.ExtraSelection]] = getattr(field, _LAYERS, None) or {}
    return list(layers.get(name, ()))


def utf16_offset(text: str, index: int) -> int:
    """The Qt (UTF-16) position of a Python string index into text."""
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def span_selection(
    field: QPlainTextEdit,
    text: str,
    start: int,
    end: int,
    background: QColor,
    foreground: QColor | None = None,
) -> QTextEdit.ExtraSelection:
    """A mark over text[start:end] (Python indices) of the field's document."""
    cursor = QTextCursor(field.document())
    cursor.setPosition(utf16_offset(text, start))
    cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
    char_format = QTextCharFormat()
    char_format.setBackground(background)
    if foreground is not None:
        char_format.setForeground(foreground)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = char_format
    return selection
