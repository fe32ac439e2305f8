"""The Preferences dialog: where arXiv is reached, and how politely."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from digest_gui.ui.settings import Settings

DEFAULT_API = "https://export.arxiv.org/api/query"
DEFAULT_RSS = "https://rss.arxiv.org/rss/"


class PreferencesDialog(QDialog):
    """Edits the arXiv part of the settings; the caller saves them on accept."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.api = QLineEdit(settings.arxiv_api, self)
        self.api.setPlaceholderText(DEFAULT_API)
        self.rss = QLineEdit(settings.arxiv_rss, self)
        self.rss.setPlaceholderText(DEFAULT_RSS)
        self.interval = QDoubleSpinBox(self)
        self.interval.setRange(0.0, 60.0)
        self.interval.setSingleStep(0.5)
        self.interval.setDecimals(1)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(settings.request_interval)
        form = QFormLayout()
        form.addRow(self.tr("arXiv API address:"), self.api)
        form.addRow(self.tr("arXiv listings address:"), self.rss)
        form.addRow(self.tr("Time between requests:"), self.interval)
        note = QLabel(self)
        note.setWordWrap(True)
        lines = [self.tr("arXiv's terms of use ask for at least 3 seconds between requests.")]
        for variable in ("DIGEST_GUI_ARXIV_API", "DIGEST_GUI_ARXIV_RSS"):
            if os.environ.get(variable):
                lines.append(self.tr("%1 is set and takes precedence.").replace("%1", variable))
        note.setText("\n".join(lines))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def apply_to(self, settings: Settings) -> None:
        """Write the dialog's values into settings."""
        settings.arxiv_api = self.api.text().strip()
        settings.arxiv_rss = self.rss.text().strip()
        settings.request_interval = self.interval.value()
