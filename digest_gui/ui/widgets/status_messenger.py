"""What controllers get instead of the window's status bar: a line to show, a place for progress."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QWidget


class StatusMessenger:
    """Shows one-line messages in a status bar and holds its permanent widgets (progress, Cancel)."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar

    def show(self, text: str, milliseconds: int = 10000) -> None:
        """Show text for a while (0: until the next message)."""
        self._bar.showMessage(text, milliseconds)

    def add_permanent(self, widget: QWidget) -> None:
        """Keep widget at the right of the status bar (hidden widgets take no room)."""
        self._bar.addPermanentWidget(widget)

    def add_widget(self, widget: QWidget) -> None:
        """Place widget at the left of the status bar (a message shown meanwhile covers it)."""
        self._bar.addWidget(widget)

    def clear(self) -> None:
        """Take the message away (uncovering the widgets at the left)."""
        self._bar.clearMessage()

    def current(self) -> str:
        """The message shown now."""
        return self._bar.currentMessage()
