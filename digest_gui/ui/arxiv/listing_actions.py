"""File → Import from arXiv Listing, for one window: the dialog, and adding what was ticked."""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from digest_gui.core.model import LISTING_DATE_KEY
from digest_gui.ui.document.project import Project
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.status_messenger import StatusMessenger

if TYPE_CHECKING:  # both load lxml: imported when the dialog first opens, not at start
    from digest_gui.core.sources.listing import ListingSettings
    from digest_gui.ui.arxiv.listing_dialog import ListingDialog


class ListingActions(QObject):
    """Opens the ListingDialog (one at a time) and adds its ticked papers at the end of the digest."""

    papers_added = Signal(int)  # the row of the first paper added
    dialog_opened = Signal(object)  # the ListingDialog, for others to add to (the archive's ranking)

    def __init__(
        self,
        project: Project,
        settings: Settings,
        status: StatusMessenger,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.settings = settings
        self.status = status
        self.dialog_parent = parent
        self.dialog: ListingDialog | None = None  # the open ListingDialog

    def open_dialog(self) -> None:
        from digest_gui.ui.arxiv.listing_dialog import ListingDialog

        if self.dialog is not None:  # already open: bring it back
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        existing = {paper.id for paper in self.project.digest.papers if paper.id}
        dialog = ListingDialog(
            existing, self.settings.listing_categories, self.listing_settings(), self.dialog_parent
        )
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        self.dialog_opened.emit(dialog)
        # open(), not exec(): nothing waits in a nested event loop, and tests drive the dialog.
        dialog.open()

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # stops its fetch

    def listing_settings(self) -> ListingSettings:
        """Where listings come from: DIGEST_GUI_ARXIV_RSS, else the preference, else arXiv."""
        from digest_gui.core.sources.listing import RSS_URL_VARIABLE, ListingSettings

        settings = self.settings
        listing = ListingSettings()
        if settings.arxiv_rss and not os.environ.get(RSS_URL_VARIABLE):
            listing.rss_url = settings.arxiv_rss
        listing.http.min_interval = settings.request_interval
        return listing

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        self.settings.listing_categories = dialog.categories_text()
        papers = dialog.selected_papers() if result == QDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        if not papers:
            return
        # At the end: a day's new papers follow those already in the digest (and reviewed).
        added = self.project.add_papers(papers)
        if added.added:
            # The first listing's day dates the issue File → Publish writes (core/publish.py);
            # kept in the project (saved with the papers just added), not an undo step of its own.
            self.project.digest.extra.setdefault(LISTING_DATE_KEY, datetime.date.today().isoformat())
        text = self.tr("Added %n paper(s)", "", added.added)
        if added.duplicates:  # the digest changed while the dialog was open
            text += "; " + self.tr("skipped %n already in the digest: ", "", len(added.duplicates))
            text += ", ".join(added.duplicates[:5]) + ("…" if len(added.duplicates) > 5 else "")
        self.status.show(text, 10000)
        if added.added:
            self.papers_added.emit(added.first_row)
