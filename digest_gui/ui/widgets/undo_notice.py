"""A line at the left of the status bar saying what just happened, with Undo beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from digest_gui.ui.widgets.plain_text import plain_label

# Long enough to notice after a slip of the hand; Edit → Undo stays afterwards.
SHOWN_MS = 20000


class UndoNotice(QWidget):
    """ "Deleted 'Title…'  [Undo]": shown for a while, or until what it offers is no longer the last step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        # Titles are the user's text and arXiv's: shown as written.
        self.label = plain_label(QLabel(self))
        self.label.setObjectName("undoNoticeText")
        self.button = QToolButton(self)
        self.button.setObjectName("undoNoticeButton")
        self.button.setAutoRaise(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        # Looks like a link: the status bar is no place for a raised button.
        self.button.setStyleSheet(
            "QToolButton { color: palette(link); text-decoration: underline; border: 0; }"
        )
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.button.clicked.connect(self._on_button_clicked)
        self.hide()

    def offer(self, text: str, undo: Callable[[], object], button: str, tooltip: str = "") -> None:
        """Say text, with a button (its text `button`) that calls undo once."""
        self.label.setText(text)
        self.button.setText(button)
        self.button.setToolTip(tooltip)
        self._undo = undo
        self.show()
        self._timer.start(SHOWN_MS)

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()

    def text(self) -> str:
        """What the notice says (empty while hidden)."""
        return self.label.text() if self._undo is not None else ""

    def _on_button_clicked(self) -> None:
        undo = self._undo
        self.dismiss()
        if undo is not None:
            undo()
