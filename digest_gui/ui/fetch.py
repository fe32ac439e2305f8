"""Fetching papers' English side from arXiv in the background, into the open project."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from digest_gui.core.identifiers import ArxivId
from digest_gui.core.merge import ERROR_KEY, mark_failed, merge_record
from digest_gui.core.model import Paper
from digest_gui.ui.project import Project

PENDING, FETCHING = "pending", "fetching"
# Results arrive a hundred at a time; applying them in slices of this many milliseconds
# keeps the window answering keys and paints in between.
APPLY_SLICE_MS = 15


def make_fetcher(settings, http=None):
    """An ArxivFetcher configured from the environment and the user's settings.

    `http` (tests, benchmarks) replaces the HTTP settings, spacing included.
    """
    # Imported on first use: requests and the arxiv package are not needed to start.
    from digest_gui.core.arxiv_api import ArxivFetcher, ArxivSettings, MetadataCache, default_cache_folder

    arxiv = ArxivSettings.from_environment()
    if settings.arxiv_api and not os.environ.get("DIGEST_GUI_ARXIV_API"):
        arxiv.api_url = settings.arxiv_api
    if http is not None:
        arxiv.http = dataclasses.replace(http)
    else:
        arxiv.http.min_interval = settings.request_interval
    return ArxivFetcher(arxiv, MetadataCache(default_cache_folder()))


class _FetchThread(QThread):
    """Runs one ArxivFetcher.fetch off the GUI thread; reports each paper as it comes."""

    outcome = Signal(object)
    failed = Signal(str)

    def __init__(self, fetcher, ids: list[ArxivId], cancel: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self.fetcher, self.ids, self.cancel = fetcher, ids, cancel

    def run(self) -> None:
        try:
            self.fetcher.fetch(self.ids, on_outcome=self.outcome.emit, cancel=self.cancel)
        except Exception as error:
            self.failed.emit(f"{type(error).__name__}: {error}")


class FetchController(QObject):
    """Queues papers to fetch, runs one fetch at a time and applies what arrives.

    Each result is merged into the paper as it is when the result arrives (so typing
    during a fetch is never lost) and pushed as one undoable step.
    """

    progress = Signal(int, int)  # done, total (of the papers asked for since idle)
    states_changed = Signal(list)  # arXiv ids whose fetch state changed
    finished = Signal(int, int)  # fetched, failed
    message = Signal(str)

    def __init__(self, project: Project, fetcher_factory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._make_fetcher = fetcher_factory
        self._fetcher = None
        self._states: dict[str, str] = {}
        self._queue: list[ArxivId] = []
        self._thread: _FetchThread | None = None
        self._cancel = threading.Event()
        self._done = self._total = self._ok = self._failed = 0
        self._arrived: deque[Any] = deque()
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_arrived)

    # ------------------------------------------------------------------ state

    def state(self, paper: Paper) -> str:
        """PENDING, FETCHING or "" for a paper."""
        return self._states.get(paper.id, "")

    def busy(self) -> bool:
        return self._thread is not None or bool(self._queue) or bool(self._arrived)

    def reset_fetcher(self) -> None:
        """Use new settings from the next fetch on."""
        if self._thread is None:
            self._fetcher = None

    def fetcher(self):
        if self._fetcher is None:
            self._fetcher = self._make_fetcher()
        return self._fetcher

    # ------------------------------------------------------------------ asking

    def fetch(self, ids: list[ArxivId]) -> int:
        """Queue ids (those not queued already); return how many were queued."""
        fresh = list({item.id: item for item in ids if item.id and item.id not in self._states}.values())
        for item in fresh:
            self._states[item.id] = PENDING
        if fresh:
            self.states_changed.emit([item.id for item in fresh])
        if not fresh:
            return 0
        if not self.busy():
            self._done = self._total = self._ok = self._failed = 0
        self._queue.extend(fresh)
        self._total += len(fresh)
        self.progress.emit(self._done, self._total)
        self._start_next()
        return len(fresh)

    def fetch_rows(self, rows: list[int]) -> int:
        papers = [self.project.model.paper(row) for row in rows]
        return self.fetch([ArxivId(paper.id, paper.version) for paper in papers if paper.id])

    def fetch_missing(self) -> int:
        """Fetch every paper without its English side yet, or whose last fetch failed."""
        rows = [
            row
            for row, paper in enumerate(self.project.digest.papers)
            if paper.id and (not paper.title_en or not paper.abstract_en or paper.extra.get(ERROR_KEY))
        ]
        return self.fetch_rows(rows)

    def cancel(self) -> None:
        """Stop: papers already fetched stay filled, the rest stay as they were."""
        self._cancel.set()
        dropped = self._queue
        self._queue = []
        for item in dropped:
            self._states.pop(item.id, None)
        if dropped:
            self.states_changed.emit([item.id for item in dropped])

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the running fetch to end (for shutdown and tests)."""
        thread = self._thread
        return thread is None or thread.wait(milliseconds)

    # ------------------------------------------------------------------ running

    def _start_next(self) -> None:
        if self._thread is not None or not self._queue:
            return
        batch, self._queue = self._queue, []
        for item in batch:
            self._states[item.id] = FETCHING
        self.states_changed.emit([item.id for item in batch])
        self._cancel = threading.Event()
        thread = _FetchThread(self.fetcher(), batch, self._cancel, self)
        thread.outcome.connect(self._on_thread_outcome)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def _on_thread_outcome(self, outcome: Any) -> None:
        self._arrived.append(outcome)
        if not self._apply_timer.isActive():
            self._apply_timer.start()

    def _apply_arrived(self) -> None:
        started = time.perf_counter()
        applied = []
        while self._arrived and (time.perf_counter() - started) * 1000 < APPLY_SLICE_MS:
            outcome = self._arrived.popleft()
            self._apply(outcome)
            applied.append(outcome.requested.id)
        self.states_changed.emit(applied)
        self.progress.emit(self._done, self._total)
        if self._arrived:
            self._apply_timer.start()
        else:
            self._finish_if_done()

    def _apply(self, outcome: Any) -> None:
        arxiv_id = outcome.requested.id
        self._states.pop(arxiv_id, None)
        self._done += 1
        if outcome.error == "cancelled":
            return
        row = self.project.digest.index_of(arxiv_id)
        if row < 0:
            return  # deleted while it was being fetched
        paper = self.project.model.paper(row)
        if outcome.record is None:
            self._failed += 1
            # A note, not an edit: it is not undoable and does not mark the project modified.
            self.project.model.apply_paper(row, mark_failed(paper, outcome.error))
            return
        self._ok += 1
        from digest_gui.core.arxiv_api import record_fields

        result = merge_record(paper, record_fields(outcome.record), outcome.record.version)
        if result.paper != paper:
            self.project.replace_paper(
                row, result.paper, self.tr("Fetch %1 from arXiv").replace("%1", arxiv_id)
            )

    def _on_thread_failed(self, message: str) -> None:
        self.message.emit(self.tr("Fetching stopped: %1").replace("%1", message))

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
        self._finish_if_done()

    def _finish_if_done(self) -> None:
        if self._thread is not None or self._arrived:
            return
        # Papers the thread never reported (an unexpected error) are not left "fetching".
        stuck = [arxiv_id for arxiv_id, state in self._states.items() if state == FETCHING]
        for arxiv_id in stuck:
            del self._states[arxiv_id]
        if stuck:
            self.states_changed.emit(stuck)
        if self._queue:
            self._start_next()
            return
        self.progress.emit(self._total, self._total)
        self.finished.emit(self._ok, self._failed)
