"""Background work on papers in batches: one batch at a time, results applied in slices.

Fetching from arXiv and drafting with a model share this shape: papers are queued (each
once), a workers.py task works through a batch and reports each paper as it finishes, and the
results are applied on the GUI thread a few milliseconds at a time, into the paper as it
is when the result arrives, so typing meanwhile is never lost.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from digest_gui.core.model import Paper
from digest_gui.ui.document.project import Project
from digest_gui.ui.workers import Task

PENDING = "pending"
# A paper whose server asked to wait before it is asked again: the state is "waiting:<seconds>".
WAITING = "waiting"


@dataclass(frozen=True)
class Waiting:
    """A progress item: the server asked to wait `seconds` (for one paper, or the whole batch)."""

    seconds: float
    paper_id: str = ""


def waiting_state(seconds: float) -> str:
    """The state of a paper waiting `seconds` for its server (shown in its row)."""
    return f"{WAITING}:{seconds:.0f}"


def waited_seconds(state: str) -> str | None:
    """The seconds a "waiting:<seconds>" state says, else None."""
    name, _, seconds = state.partition(":")
    return seconds if name == WAITING and seconds else None


# Results arrive a hundred at a time; applying them in slices of this many milliseconds
# keeps the window answering keys and paints in between.
APPLY_SLICE_MS = 15


class BatchController(QObject):
    """The queue, the states shown on the paper rows, the task and the applying.

    A subclass starts the task of a batch (`_start_batch`), applies one reported item
    (`_apply`, returning the paper id it was about) and says it is done (`_emit_finished`).
    Each running paper's state is `running_state`, each queued one's PENDING.
    """

    progress = Signal(int, int)  # done, total (of the papers asked for since idle)
    states_changed = Signal(list)  # ids of papers whose state changed
    message = Signal(str)

    running_state = "running"

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._states: dict[str, str] = {}
        self._queue: list[Any] = []
        self._batch_ids: list[str] = []
        self._task: Task | None = None
        self._done = self._total = self._ok = self._failed = 0
        self._arrived: deque[tuple[Any, ...]] = deque()
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_arrived)

    # ------------------------------------------------------------------ state

    def state(self, paper: Paper) -> str:
        """PENDING, `running_state` or "" for a paper."""
        return self._states.get(paper.id, "")

    def busy(self) -> bool:
        return self._task is not None or bool(self._queue) or bool(self._arrived)

    def wait(self, milliseconds: int = 30000) -> bool:
        """Wait for the running batch to end (for shutdown and tests)."""
        task = self._task
        return task is None or task.wait(milliseconds)

    # ------------------------------------------------------------------ asking

    def _enqueue(self, items: list[Any], ids: list[str]) -> int:
        """Queue items (ids[i] is items[i]'s paper) not queued already; return how many."""
        fresh = {}
        for item, paper_id in zip(items, ids, strict=True):
            if paper_id and paper_id not in self._states and paper_id not in fresh:
                fresh[paper_id] = item
        if not fresh:
            return 0
        for paper_id in fresh:
            self._states[paper_id] = PENDING
        self.states_changed.emit(list(fresh))
        if not self.busy():
            self._reset_counts()
        self._queue.extend(fresh.values())
        self._total += len(fresh)
        self.progress.emit(self._done, self._total)
        self._start_next()
        return len(fresh)

    def _reset_counts(self) -> None:
        self._done = self._total = self._ok = self._failed = 0

    def cancel(self) -> None:
        """Stop: results already applied stay, the rest stay as they were."""
        if self._task is not None:
            self._task.cancel()
        dropped, self._queue = self._queue, []
        ids = [paper_id for paper_id in self._ids_of(dropped) if self._states.pop(paper_id, None)]
        if ids:
            self._done += len(ids)
            self.states_changed.emit(ids)
            self.progress.emit(self._done, self._total)

    def _ids_of(self, items: list[Any]) -> list[str]:
        return [item.id for item in items]

    # ------------------------------------------------------------------ running

    def _start_next(self) -> None:
        if self._task is not None or not self._queue:
            return
        batch, self._queue = self._queue, []
        self._batch_ids = self._ids_of(batch)
        task = self._start_batch(batch)
        task.finished.connect(self._on_task_finished)
        self._task = task

    def _start_batch(self, batch: list[Any]) -> Task:
        """Start the task of a batch; connect its progress items to `_receive`."""
        raise NotImplementedError

    def _receive(self, *item: Any) -> None:
        self._arrived.append(item)
        if not self._apply_timer.isActive():
            self._apply_timer.start()

    def _apply_arrived(self) -> None:
        started = time.perf_counter()
        applied = []
        while self._arrived and (time.perf_counter() - started) * 1000 < APPLY_SLICE_MS:
            paper_id = self._apply(*self._arrived.popleft())
            self._states.pop(paper_id, None)
            self._done += 1
            applied.append(paper_id)
        self._after_slice()
        self.states_changed.emit(applied)
        self.progress.emit(self._done, self._total)
        if self._arrived:
            self._apply_timer.start()
        else:
            self._finish_if_done()

    def _apply(self, *item: Any) -> str:
        """Apply one reported result; return the id of its paper."""
        raise NotImplementedError

    def _after_slice(self) -> None:
        """Called after each slice of results (a subclass may update running states)."""

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            self._task_done()
        self._finish_if_done()

    def _task_done(self) -> None:
        """Called when a batch's task has ended, before the next batch starts."""

    def _finish_if_done(self) -> None:
        if self._task is not None or self._arrived:
            return
        # Papers the task never reported (an unexpected error) are not left waiting.
        stuck = [paper_id for paper_id in self._batch_ids if self._states.pop(paper_id, None)]
        self._batch_ids = []
        if stuck:
            self.states_changed.emit(stuck)
        if self._queue:
            self._start_next()
            return
        self.progress.emit(self._total, self._total)
        self._emit_finished()

    def _emit_finished(self) -> None:
        raise NotImplementedError
