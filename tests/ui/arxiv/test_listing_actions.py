"""File → Import from arXiv Listing without a window: what it needs is passed in."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QStatusBar, QWidget

from digest_gui.core.model import Digest, Paper
from digest_gui.ui import settings as settings_store
from digest_gui.ui.arxiv.listing_actions import ListingActions
from digest_gui.ui.document.project import Project
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from tests.fake_listing import rss_url, start_feeds, stop_feeds


def test_ticked_papers_go_to_the_end_and_are_announced(qtbot, monkeypatch, english):
    server = start_feeds()
    try:
        monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", rss_url(server))
        parent = QWidget()
        qtbot.addWidget(parent)
        bar = QStatusBar(parent)
        project = Project(parent)
        project.new(Digest(papers=[Paper(id="2501.00001"), Paper(id="2501.00002")]))
        settings = settings_store.load()
        settings.request_interval = 0.01
        settings.listing_categories = "cs.LG"
        listing = ListingActions(project, settings, StatusMessenger(bar), parent)

        listing.open_dialog()
        dialog = listing.dialog
        assert dialog is not None and dialog.parent() is parent
        dialog.fetch()
        qtbot.waitUntil(lambda: not dialog.is_fetching() and dialog.model.rowCount() > 2, timeout=10000)
        wanted = [dialog.model.items[0].id, dialog.model.items[1].id]
        dialog.model.set_checked([0, 1], True)
        with qtbot.waitSignal(listing.papers_added) as added:
            dialog.accept()
        assert added.args == [2]
        assert [paper.id for paper in project.digest.papers] == ["2501.00001", "2501.00002", *wanted]
        assert bar.currentMessage() == "Added 2 papers"
        # The listing's day, which File → Publish dates the issue by.
        assert project.digest.extra["listing_date"] == datetime.date.today().isoformat()
        assert listing.dialog is None
    finally:
        QThreadPool.globalInstance().waitForDone(10000)
        stop_feeds(server)
