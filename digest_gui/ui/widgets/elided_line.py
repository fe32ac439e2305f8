"""A one-line selectable label for data (arXiv details): cut to the width with "…", whole as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from digest_gui.ui.widgets.elided_label import ElidingLabel
from digest_gui.ui.widgets.plain_text import plain_tooltip


class ElidedLine(ElidingLabel):
    """A one-line plain-text label that cuts its text to fit with "…"; the whole text is its tooltip.

    It takes the width its layout gives it (it asks for none), and hides while it has no text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setWordWrap(False)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())  # one line: arXiv's comments have hard line breaks
        self.setToolTip(plain_tooltip(self._full) if self._full else "")
        self.setVisible(bool(self._full))
        self._elide()

    def _fitted(self, room: int) -> str:
        return super()._fitted(room) if room else ""  # no room: nothing, not a lone "…"
