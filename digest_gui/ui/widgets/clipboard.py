"""Rich text on the clipboard (HTML with a plain-text alternative) without the crash at exit.

PySide6 6.11 crashes the process at exit when a QMimeData made in Python is still on the
clipboard (a segmentation fault after QApplication goes; see git log 9ba33a9). Replacing
it with plain text, which Qt wraps in a QMimeData of its own, before the application quits
avoids that; the text the user copied stays on the clipboard, only its HTML form goes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

_GUARDED = "_digest_gui_clipboard_guarded"


def _on_application_about_to_quit() -> None:
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasHtml():
        clipboard.setText(clipboard.text())


def copy_rich_text(html: str, text: str) -> None:
    """Put `html` on the clipboard, with `text` for applications that take plain text."""
    application = QCoreApplication.instance()
    if application is not None and not application.property(_GUARDED):
        application.setProperty(_GUARDED, True)
        application.aboutToQuit.connect(_on_application_about_to_quit)
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
