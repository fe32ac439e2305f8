"""Fetching papers' English side from arXiv in the background, into the open project."""

from __future__ import annotations

import dataclasses
import os
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from digest_gui.core.failures import CANCELLED, Failure
from digest_gui.core.identifiers import ArxivId, is_arxiv_id
from digest_gui.core.merge import fetch_failure, mark_failed
from digest_gui.core.sources.request_progress import RequestProgress
from digest_gui.ui.batch import BatchController, waiting_state
from digest_gui.ui.document.project import Project
from digest_gui.ui.failures import failure_text
from digest_gui.ui.workers import CancelToken, Report, Task, run_task

if TYPE_CHECKING:
    from digest_gui.core.sources.arxiv_api import ArxivFetcher

FETCHING = "fetching"


def make_fetcher(settings, http=None):
    """An ArxivFetcher configured from the environment and the user's settings.

    `http` (tests, benchmarks) replaces the HTTP settings, spacing included.
    """
    # Imported on first use: requests and the arxiv package are not needed to start.
    from digest_gui.core.sources.arxiv_api import (
        ArxivFetcher,
        ArxivSettings,
        MetadataCache,
        default_cache_folder,
    )

    arxiv = ArxivSettings.from_environment()
    if settings.arxiv_api and not os.environ.get("DIGEST_GUI_ARXIV_API"):
        arxiv.api_url = settings.arxiv_api
    if http is not None:
        arxiv.http = dataclasses.replace(http)
    else:
        arxiv.http.min_interval = settings.request_interval
    return ArxivFetcher(arxiv, MetadataCache(default_cache_folder()))


def _fetch_batch(fetcher: ArxivFetcher, ids: list[ArxivId], cancel: CancelToken, report: Report) -> None:
    """The task of one batch: ArxivFetcher.fetch, reporting each paper as it comes, each try and each wait."""
    fetcher.fetch(ids, on_outcome=report, cancel=cancel, on_progress=report)


class FetchController(BatchController):
    """Queues papers to fetch, runs one fetch at a time and applies what arrives.

    Each result is merged into the paper as it is when the result arrives (so typing
    during a fetch is never lost) and pushed as one undoable step.
    """

    finished = Signal(int, int)  # fetched, failed
    request_progress = Signal(object)  # RequestProgress: a request's try, or the wait before one
    running_state = FETCHING

    def __init__(self, project: Project, fetcher_factory, parent: QObject | None = None) -> None:
        super().__init__(project, parent)
        self._make_fetcher = fetcher_factory
        self._fetcher = None

    def reset_fetcher(self) -> None:
        """Use new settings from the next fetch on."""
        if self._task is None:
            self._fetcher = None

    def fetcher(self):
        if self._fetcher is None:
            self._fetcher = self._make_fetcher()
        return self._fetcher

    # ------------------------------------------------------------------ asking

    def fetch(self, ids: list[ArxivId]) -> int:
        """Queue ids (those not queued already); return how many were queued."""
        return self._enqueue(list(ids), [item.id for item in ids])

    def fetch_rows(self, rows: list[int]) -> int:
        """Queue the papers at rows; an id that is not an arXiv id is noted on its paper, not sent."""
        ids = []
        for row in rows:
            paper = self.project.model.paper(row)
            if not paper.id:
                continue
            # An id read from a project file or an imported digest is checked as pasted ids are.
            if not is_arxiv_id(paper.id):
                failure = Failure.make("not_an_arxiv_id", id=paper.id)
                # A note, not an edit: not undoable, and the project is not modified by it.
                self.project.model.apply_paper(row, mark_failed(paper, failure))
                self.message.emit(failure_text(failure))
                continue
            ids.append(ArxivId(paper.id, paper.version))
        return self.fetch(ids)

    def fetch_missing(self) -> int:
        """Fetch every paper without its English side yet, or whose last fetch failed."""
        rows = [
            row
            for row, paper in enumerate(self.project.digest.papers)
            if paper.id and (not paper.title_en or not paper.abstract_en or fetch_failure(paper) is not None)
        ]
        return self.fetch_rows(rows)

    # ------------------------------------------------------------------ running

    def _start_batch(self, batch: list[ArxivId]) -> Task:
        for item in batch:
            self._states[item.id] = FETCHING
        self.states_changed.emit([item.id for item in batch])
        task = run_task(partial(_fetch_batch, self.fetcher(), batch), name="fetch")
        task.progress.connect(self._on_task_progress)
        task.failed.connect(self._on_task_failed)
        return task

    def _on_task_progress(self, item: Any) -> None:
        if not isinstance(item, RequestProgress):
            self._receive(item)
            return
        if item.wait > 0:
            self._show_wait(item.wait)
        self.request_progress.emit(item)  # the status bar's line: what the request waits for

    def _show_wait(self, seconds: float) -> None:
        # arXiv asked to wait (Retry-After) or is being given time: the rows say how long.
        waiting = [paper_id for paper_id in self._batch_ids if self._states.get(paper_id) not in (None, "")]
        for paper_id in waiting:
            self._states[paper_id] = waiting_state(seconds)
        self.states_changed.emit(waiting)
        if seconds >= 10:
            self.message.emit(
                self.tr("arXiv asked to wait %1 s; fetching goes on then").replace("%1", f"{seconds:.0f}")
            )

    def _apply(self, outcome: Any) -> str:
        arxiv_id = outcome.requested.id
        if outcome.failure == CANCELLED:
            return arxiv_id
        row = self.project.digest.index_of(arxiv_id)
        if row < 0:
            return arxiv_id  # deleted while it was being fetched
        paper = self.project.model.paper(row)
        from digest_gui.core.operations import apply_fetch_outcome

        applied = apply_fetch_outcome(paper, outcome)
        if applied.failed:
            self._failed += 1
            # A note, not an edit: it is not undoable and does not mark the project modified.
            self.project.model.apply_paper(row, applied.paper)
            return arxiv_id
        self._ok += 1
        if applied.paper != paper:
            self.project.replace_paper(
                row, applied.paper, self.tr("Fetch %1 from arXiv").replace("%1", arxiv_id)
            )
        return arxiv_id

    def _on_task_failed(self, message: str) -> None:
        self.message.emit(self.tr("Fetching stopped: %1").replace("%1", message))

    def _emit_finished(self) -> None:
        self.finished.emit(self._ok, self._failed)
