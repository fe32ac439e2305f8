"""The Preferences dialog: where arXiv is reached and how politely; which model drafts."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digest_gui.ui.drafts.model_settings import ModelSettingsPage
from digest_gui.ui.settings import Settings

DEFAULT_API = "https://export.arxiv.org/api/query"
DEFAULT_RSS = "https://rss.arxiv.org/rss/"


class PreferencesDialog(QDialog):
    """Edits the settings (arXiv, Model); the caller saves them on accept."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, page: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = QTabWidget(self)
        arxiv = QWidget(self.tabs)
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
        arxiv_layout = QVBoxLayout(arxiv)
        arxiv_layout.addLayout(form)
        arxiv_layout.addWidget(note)
        arxiv_layout.addStretch(1)
        self.tabs.addTab(arxiv, self.tr("arXiv"))
        self.model_page = ModelSettingsPage(settings, self.tabs)
        self.tabs.addTab(self.model_page, self.tr("Model"))
        if page == "model":
            self.tabs.setCurrentWidget(self.model_page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 720)

    def apply_to(self, settings: Settings) -> None:
        """Write the dialog's values into settings."""
        settings.arxiv_api = self.api.text().strip()
        settings.arxiv_rss = self.rss.text().strip()
        settings.request_interval = self.interval.value()
        self.model_page.apply_to(settings)
