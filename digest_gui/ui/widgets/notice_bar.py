"""A one-line notice above the editor's fields, with a few buttons (Show / Accept / Ignore)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

# Light tints with a darker border: readable with light and dark text alike.
STYLES = {
    "offer": ("#fff4d6", "#e0b84d"),  # arXiv has other text
    "suggestion": ("#e3efff", "#7aa7e0"),  # a machine draft has other text
    "error": ("#fde6e4", "#d9453c"),  # a draft failed
    "warning": ("#fff4d6", "#d98200"),  # quality problems before an export
}


class NoticeBar(QFrame):
    """A tinted bar: a wrapped label, then one tool button per name."""

    def __init__(
        self, name: str, style: str, buttons: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.set_style(style)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # Notices quote titles, server answers and error texts: shown as written, never
        # as rich text (which Qt would guess from a "<b>" and use to load images).
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QToolButton] = {}
        for key in buttons:
            button = QToolButton(self)
            # The label sets the bar's text colour; buttons keep the palette's.
            button.setStyleSheet("color: palette(button-text);")
            layout.addWidget(button)
            self.buttons[key] = button
        self.hide()

    def set_style(self, style: str) -> None:
        background, border = STYLES[style]
        name = self.objectName()
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border: 1px solid {border}; }}"
            f"#{name} QLabel {{ color: #202020; }}"
        )
        self.style_name = style

    def set_text(self, text: str) -> None:
        self.label.setText(text)
