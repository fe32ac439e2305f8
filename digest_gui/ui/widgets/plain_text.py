"""Text from papers, files, servers and models shown as written, never as Qt rich text.

Qt guesses: a label, tooltip or message box whose text starts like markup ("<b>",
"<img src=...>") is rendered as HTML, which hides the text the user should read and
loads the local images it names. Labels and message boxes take Qt.TextFormat.PlainText;
tooltips have no such switch, so a text Qt would take for markup is escaped and
wrapped as rich text deliberately, which shows every character as written.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's part of the namespace
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


@overload
def plain_tooltip(text: str) -> str: ...
@overload
def plain_tooltip(text: None) -> None: ...
@overload
def plain_tooltip(text: str | None) -> str | None: ...


def plain_tooltip(text: str | None) -> str | None:
    """The tooltip text that shows `text` as written (unchanged when Qt would not guess markup)."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return f'<qt><p style="white-space: pre-wrap">{html.escape(text, quote=False)}</p></qt>'


def plain_label(label: QLabel) -> QLabel:
    """The label, set to show its text as written; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """The message box with its text and informative text shown as written."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    # The informative text has its own label, which setTextFormat does not reach.
    for label in box.findChildren(QLabel, "qt_msgbox_informativelabel"):
        plain_label(label)
    return box
