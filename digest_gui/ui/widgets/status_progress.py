"""A job's progress bar and its Cancel button, kept at the right of the status bar.

Fetching, drafting and exporting each show one while they run; the owner sets the bar's
format ("Fetching %v of %m") and wires Cancel to its own cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QProgressBar, QToolButton, QWidget

from digest_gui.ui.widgets.status_messenger import StatusMessenger

# The gap QStatusBar leaves between its permanent widgets, kept between the bar and Cancel.
_STATUS_BAR_SPACING = 6


class StatusProgress(QWidget):
    """A progress bar and Cancel, in the status bar and hidden until a job shows them."""

    cancel_clicked = Signal()

    def __init__(self, name: str, status: StatusMessenger, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # No wider than the bar's 220 pixels and Cancel: the status bar's spare room goes to
        # its message, as it did when the two were separate widgets there.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        layout.setSpacing(_STATUS_BAR_SPACING)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()
        status.add_permanent(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Cancel's text in the interface language (the owner words the bar's format)."""
        self.cancel_button.setText(self.tr("Cancel"))

    def show_count(self, done: int, total: int) -> None:
        """Show done of total ("%v of %m" in the format) while done < total; hide when all are done."""
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.setVisible(done < total)
