"""The window's side of fetching: "Fetching %v of %m" with Cancel in the status bar, then a summary.

Beside the bar, what the fetch is waiting for: arXiv's answer (counting the seconds), or
the next try after a failed one ("arXiv did not answer within 30 s; retry 1 of 3 in 5 s").
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from digest_gui.core.sources.request_progress import RequestProgress
from digest_gui.ui.arxiv.fetch import FetchController
from digest_gui.ui.document.project import Project
from digest_gui.ui.failures import failure_text
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.widgets.status_progress import StatusProgress

# A first try says nothing until it has waited this long.
QUIET_SECONDS = 2


class FetchStatus(QObject):
    """Shows a FetchController's progress and outcome, and repaints the rows it is working on."""

    def __init__(
        self, fetcher: FetchController, project: Project, status: StatusMessenger, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.fetcher = fetcher
        self.project = project
        self.status = status
        self.detail = QLabel(parent)
        self.detail.setObjectName("fetchDetail")
        self.detail.hide()
        status.add_permanent(self.detail)  # left of the progress bar
        self.progress = StatusProgress("fetchProgress", status, parent)
        self.progress.cancel_clicked.connect(fetcher.cancel)
        self._request: RequestProgress | None = None
        self._request_since = 0.0
        self._tick = QTimer(self)  # the seconds counted in the detail
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_request)
        fetcher.progress.connect(self._on_fetcher_progress)
        fetcher.states_changed.connect(self._on_fetcher_states_changed)
        fetcher.finished.connect(self._on_fetcher_finished)
        fetcher.request_progress.connect(self._on_fetcher_request_progress)
        fetcher.message.connect(lambda text: status.show(text, 10000))

    def retranslate(self) -> None:
        """The progress bar's and Cancel's texts in the interface language."""
        self.progress.retranslate()
        self.progress.bar.setFormat(self.tr("Fetching %v of %m"))

    def _on_fetcher_progress(self, done: int, total: int) -> None:
        self.progress.show_count(done, total)
        if done >= total:
            self._end_request()

    def _on_fetcher_states_changed(self, ids: list[str]) -> None:
        wanted = set(ids)
        rows = [row for row, paper in enumerate(self.project.digest.papers) if paper.id in wanted]
        if rows:
            self.project.model.refresh_rows(min(rows), max(rows))

    def _on_fetcher_request_progress(self, request: RequestProgress) -> None:
        self._request = request
        self._request_since = time.monotonic()
        self._tick.start()
        self._show_request()

    def shut_down(self) -> None:
        """Stop counting seconds (the window closes): no timer may outlive the window's Python objects,
        which a process exiting right after the close would crash collecting."""
        self._end_request()

    def _end_request(self) -> None:
        self._request = None
        self._tick.stop()
        self.detail.hide()

    def detail_text(self) -> str:
        """What the running request waits for, in the interface language ("" when nothing)."""
        request = self._request
        if request is None:
            return ""
        elapsed = time.monotonic() - self._request_since
        if request.wait > 0:
            remaining = max(1, math.ceil(request.wait - elapsed))
            if request.problem is not None:
                text = self.tr("%1; retry %2 of %3 in %4 s").replace("%1", failure_text(request.problem))
            else:
                text = self.tr("retry %2 of %3 in %4 s")
            text = text.replace("%2", str(request.retry)).replace("%3", str(request.retries))
            return text.replace("%4", str(remaining))
        if not request.retry and elapsed < QUIET_SECONDS:
            return ""  # most answers come at once: no line flashes by
        if request.retry:
            text = self.tr("waiting for %1 (retry %2 of %3, %4 s)")
            text = text.replace("%2", str(request.retry)).replace("%3", str(request.retries))
        else:
            text = self.tr("waiting for %1 (%4 s)")
        return text.replace("%1", request.what).replace("%4", str(int(elapsed)))

    def _show_request(self) -> None:
        text = self.detail_text()
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def _on_fetcher_finished(self, fetched: int, failed: int) -> None:
        self._end_request()
        self.progress.hide()
        text = self.tr("Fetched %n paper(s) from arXiv", "", fetched)
        if failed:
            text += "; " + self.tr("%n failed (see the red marks in the list; F5 tries again)", "", failed)
        self.status.show(text, 15000)
