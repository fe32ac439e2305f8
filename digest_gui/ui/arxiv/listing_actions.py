"""File → Import from arXiv Listing, for one window: the dialog, and adding what was ticked."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMainWindow


class ListingActions(QObject):
    """Opens the ListingDialog (one at a time) and adds its ticked papers after the current one."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None  # the open ListingDialog

    def open_dialog(self) -> None:
        from digest_gui.ui.arxiv.listing_dialog import ListingDialog

        if self.dialog is not None:  # already open: bring it back
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        window = self.window
        existing = {paper.id for paper in window.project.digest.papers if paper.id}
        dialog = ListingDialog(existing, window.settings.listing_categories, self.listing_settings(), window)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        # open(), not exec(): nothing waits in a nested event loop, and tests drive the dialog.
        dialog.open()

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # stops its fetch

    def listing_settings(self):
        """Where listings come from: DIGEST_GUI_ARXIV_RSS, else the preference, else arXiv."""
        from digest_gui.core.sources.listing import RSS_URL_VARIABLE, ListingSettings

        settings = self.window.settings
        listing = ListingSettings()
        if settings.arxiv_rss and not os.environ.get(RSS_URL_VARIABLE):
            listing.rss_url = settings.arxiv_rss
        listing.http.min_interval = settings.request_interval
        return listing

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        window = self.window
        window.settings.listing_categories = dialog.categories_text()
        papers = dialog.selected_papers() if result == QDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        if not papers:
            return
        current = window.list_pane.current_row()
        added = window.project.add_papers(papers, current + 1 if current >= 0 else None)
        text = self.tr("Added %n paper(s)", "", added.added)
        if added.duplicates:  # the digest changed while the dialog was open
            text += "; " + self.tr("skipped %n already in the digest: ", "", len(added.duplicates))
            text += ", ".join(added.duplicates[:5]) + ("…" if len(added.duplicates) > 5 else "")
        window.statusBar().showMessage(text, 10000)
        if added.added:
            window.list_pane.select_row(added.first_row)
