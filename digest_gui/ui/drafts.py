"""Drafting papers' Chinese side with a language model in the background, into the open project.

Mirrors FetchController (fetch.py): papers are queued, one batch runs at a time in a
QThread that calls Drafter.draft_many (which sends `parallel` requests at once), and results
are applied on the GUI thread in slices of APPLY_SLICE_MS. Each draft is merged into the
paper as it is when the draft arrives (core.drafts.apply_draft fills empty fields only and
keeps the rest as suggestions), so typing during a batch is never lost, and each is one
undoable step. A failure is a note on the paper (extra["draft_error"]), not an edit.

Nothing is sent unless the user asks for it (there is no automatic drafting) and a model
is configured. The API key is read from core.secrets when a batch's Drafter is made and
lives only inside that Drafter.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from digest_gui.core.drafts import apply_draft, mark_draft_failed
from digest_gui.core.errors import DigestError
from digest_gui.core.llm import CANCELLED, Drafter, LlmSettings
from digest_gui.core.model import Paper
from digest_gui.ui.project import Project

PENDING, DRAFTING = "pending", "drafting"
APPLY_SLICE_MS = 15


def llm_settings(settings) -> LlmSettings:
    """The model settings from the user's Settings, with DIGEST_GUI_LLM_* applied."""
    return LlmSettings(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout,
        parallel=settings.llm_parallel,
        summary_limit=settings.summary_limit,
        system_prompt=settings.llm_system_prompt,
        user_prompt=settings.llm_user_prompt,
    ).with_environment()


def make_drafter(settings: LlmSettings, glossary=()) -> Drafter:
    """A Drafter with the key from the environment, the keyring or this session."""
    from digest_gui.core.secrets import get_api_key

    key, _source = get_api_key()
    return Drafter(settings, key, glossary)


def needs_draft(paper: Paper) -> bool:
    """A paper with an empty Chinese field and English to translate."""
    return bool(paper.missing_chinese()) and bool(paper.title_en.strip() or paper.abstract_en.strip())


class _DraftThread(QThread):
    """Makes a Drafter and runs its draft_many off the GUI thread; reports each paper as it comes.

    The Drafter is made here, not on the GUI thread: reading the key may wait for the
    keyring (D-Bus, an unlock prompt), and the first request imports the OpenAI client.
    """

    outcome = Signal(str, object, str)  # paper id, DraftResult or None, error
    failed = Signal(str)

    def __init__(self, make, papers: list[Paper], cancel: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self.make, self.papers, self.cancel = make, papers, cancel
        self.drafter: Drafter | None = None

    def run(self) -> None:
        try:
            self.drafter = self.make()
            self.drafter.draft_many(self.papers, self.outcome.emit, cancel=self.cancel)
        except DigestError as error:  # a DraftError: readable, without the key
            self.failed.emit(str(error))
        except Exception as error:
            self.failed.emit(f"{type(error).__name__}: {error}")


class DraftController(QObject):
    """Queues papers to draft, runs one batch at a time and applies what arrives."""

    progress = Signal(int, int)  # done, total (of the papers asked for since idle)
    states_changed = Signal(list)  # ids of papers whose draft state changed
    finished = Signal(int, int, int, int)  # drafted, failed, prompt tokens, completion tokens
    message = Signal(str)

    def __init__(
        self,
        project: Project,
        settings_provider: Callable[[], LlmSettings],
        parent: QObject | None = None,
        drafter_factory: Callable[[LlmSettings, Any], Drafter] = make_drafter,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.settings_provider = settings_provider
        self.drafter_factory = drafter_factory
        self._states: dict[str, str] = {}
        self._queue: list[Paper] = []
        self._flight: list[str] = []  # the running batch's ids not reported yet, in order
        self._parallel = 1
        self._thread: _DraftThread | None = None
        self._cancel = threading.Event()
        self._done = self._total = self._ok = self._failed = 0
        self._tokens = [0, 0]
        self._arrived: deque[tuple[str, Any, str]] = deque()
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_arrived)

    # ------------------------------------------------------------------ state

    def state(self, paper: Paper) -> str:
        """PENDING, DRAFTING or "" for a paper."""
        return self._states.get(paper.id, "")

    def busy(self) -> bool:
        return self._thread is not None or bool(self._queue) or bool(self._arrived)

    def configured(self) -> bool:
        """Whether a model server and a model are set (else nothing can be sent)."""
        return self.settings_provider().configured()

    # ------------------------------------------------------------------ asking

    def draft(self, papers: list[Paper]) -> int:
        """Queue papers (those with an arXiv id, not queued already); return how many were queued."""
        fresh = list({p.id: p for p in papers if p.id and p.id not in self._states}.values())
        if not fresh:
            return 0
        for paper in fresh:
            self._states[paper.id] = PENDING
        self.states_changed.emit([paper.id for paper in fresh])
        if not self.busy():
            self._done = self._total = self._ok = self._failed = 0
            self._tokens = [0, 0]
        self._queue.extend(fresh)
        self._total += len(fresh)
        self.progress.emit(self._done, self._total)
        self._start_next()
        return len(fresh)

    def draft_rows(self, rows: list[int]) -> int:
        """Draft the papers at rows (the user picked them: even those with Chinese already)."""
        return self.draft([self.project.model.paper(row) for row in rows])

    def draft_missing(self) -> int:
        """Draft every paper with an empty Chinese field that has English to translate."""
        return self.draft([paper for paper in self.project.digest.papers if needs_draft(paper)])

    def cancel(self) -> None:
        """Stop: drafts already made stay, the rest stay as they were."""
        self._cancel.set()
        dropped, self._queue = self._queue, []
        for paper in dropped:
            self._states.pop(paper.id, None)
        if dropped:
            self._done += len(dropped)
            self.states_changed.emit([paper.id for paper in dropped])
            self.progress.emit(self._done, self._total)

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the running batch to end (for shutdown and tests)."""
        thread = self._thread
        return thread is None or thread.wait(milliseconds)

    # ------------------------------------------------------------------ running

    def _start_next(self) -> None:
        if self._thread is not None or not self._queue:
            return
        batch, self._queue = self._queue, []
        settings = self.settings_provider()
        glossary = tuple(self.project.digest.glossary)
        self._parallel = max(1, settings.parallel)
        self._flight = [paper.id for paper in batch]
        self._update_flight()
        self._cancel = threading.Event()
        # Copies: the thread reads them while the user edits the originals.
        make = partial(self.drafter_factory, settings, glossary)
        thread = _DraftThread(make, [paper.copy() for paper in batch], self._cancel, self)
        thread.outcome.connect(self._on_thread_outcome)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def _update_flight(self) -> None:
        # draft_many submits in order and keeps `parallel` requests going, so the papers
        # being drafted are the first `parallel` of the batch not reported yet.
        changed = []
        for paper_id in self._flight[: self._parallel]:
            if self._states.get(paper_id) == PENDING:
                self._states[paper_id] = DRAFTING
                changed.append(paper_id)
        if changed:
            self.states_changed.emit(changed)

    def _on_thread_outcome(self, paper_id: str, result: Any, error: str) -> None:
        self._arrived.append((paper_id, result, error))
        if not self._apply_timer.isActive():
            self._apply_timer.start()

    def _apply_arrived(self) -> None:
        started = time.perf_counter()
        applied = []
        while self._arrived and (time.perf_counter() - started) * 1000 < APPLY_SLICE_MS:
            item = self._arrived.popleft()
            self._apply(*item)
            applied.append(item[0])
        self._update_flight()
        self.states_changed.emit(applied)
        self.progress.emit(self._done, self._total)
        if self._arrived:
            self._apply_timer.start()
        else:
            self._finish_if_done()

    def _apply(self, paper_id: str, result: Any, error: str) -> None:
        self._states.pop(paper_id, None)
        if paper_id in self._flight:
            self._flight.remove(paper_id)
        self._done += 1
        if error == CANCELLED:
            return
        row = self.project.digest.index_of(paper_id)
        if row < 0:
            return  # deleted while it was being drafted
        paper = self.project.model.paper(row)
        if result is None:
            self._failed += 1
            # A note, not an edit: not undoable, and the project is not modified by it.
            self.project.model.apply_paper(row, mark_draft_failed(paper, error))
            return
        self._ok += 1
        after = apply_draft(paper, result)
        if after != paper:
            self.project.replace_paper(row, after, self.tr("Draft %1").replace("%1", paper_id))

    def _on_thread_failed(self, message: str) -> None:
        self.message.emit(self.tr("Cannot draft: %1").replace("%1", message))

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            if thread.drafter is not None:
                # Every answer's tokens, those of failed drafts and stricter second tries too.
                self._tokens[0] += thread.drafter.prompt_tokens
                self._tokens[1] += thread.drafter.completion_tokens
                thread.drafter = None  # and the key with it
            thread.deleteLater()
        self._finish_if_done()

    def _finish_if_done(self) -> None:
        if self._thread is not None or self._arrived:
            return
        # Papers the thread never reported (an unexpected error) are not left "drafting".
        stuck = [paper_id for paper_id in self._flight if paper_id in self._states]
        for paper_id in stuck:
            del self._states[paper_id]
        self._flight = []
        if stuck:
            self.states_changed.emit(stuck)
        if self._queue:
            self._start_next()
            return
        self.progress.emit(self._total, self._total)
        self.finished.emit(self._ok, self._failed, self._tokens[0], self._tokens[1])
