"""What the editor shows without a paper: how to add papers, or that the filter hides them all."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from digest_gui.ui.widgets.plain_text import plain_label


class EditorPlaceholder(QWidget):
    """The editor's page while no paper is current."""

    clear_filter_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = ""  # the filter hiding every paper ("" when none does)
        self._total = 0
        # The filter is the user's text: shown as written.
        self.label = plain_label(QLabel(self))
        self.label.setObjectName("editorPlaceholder")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilterButton")
        self.clear_button.clicked.connect(self.clear_filter_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def set_filter_hides_all(self, text: str, total: int) -> None:
        """Say that the filter `text` hides all `total` papers ("" or 0: the usual words)."""
        self._filter = text.strip() if total else ""
        self._total = total
        self.retranslate()

    def text(self) -> str:
        return self.label.text()

    def retranslate(self) -> None:
        if self._filter:
            text = self.tr("No paper matches “%1”.").replace("%1", self._filter)
            text += "\n\n" + self.tr("The filter hides the digest's %n paper(s).", "", self._total)
        else:
            text = self.tr(
                "No paper selected.\n\nDrop arXiv links here, paste them into the list (Ctrl+V)"
                " or add them by identifier (Ctrl+L)."
            )
        self.label.setText(text)
        self.clear_button.setText(self.tr("Clear the Filter"))
        self.clear_button.setVisible(bool(self._filter))
