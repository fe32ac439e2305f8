"""Exports rendered on a worker: a progress bar and Cancel in the status bar, one at a time.

A first HTML export of thousands of papers takes a second or more, WeChat's rich text
more; on the window's thread that froze typing and painting. The renderers work on a copy
of the digest taken when the user asked (the user types on meanwhile) and report through
core/formats/export_progress.py; what they return comes back to the GUI thread, which writes
the file or fills the clipboard (things that may have to ask the user).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.ui import dialogs
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.widgets.status_progress import StatusProgress
from digest_gui.ui.workers import Task, run_task

log = logging.getLogger(__name__)


class ExportJobs(QObject):
    """Runs one export's rendering at a time off the window's thread, with progress and Cancel."""

    finished = Signal()  # after the result was handed on, or the run failed or was cancelled

    def __init__(self, status: StatusMessenger, parent: QWidget) -> None:
        super().__init__(parent)
        self.status = status
        self.dialog_parent = parent
        self.task: Task | None = None
        self._label = ""
        self.progress = StatusProgress("exportProgress", status, parent)
        self.progress.bar.setRange(0, 100)  # per cent: an export knows its share, not a count
        self.progress.cancel_clicked.connect(self.cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.progress.retranslate()
        self.progress.cancel_button.setToolTip(self.tr("Stop this export; nothing is written"))

    def available(self) -> bool:
        """Whether a new export may start now; if not, the status bar says why."""
        if self.task is not None:
            self.status.show(self.tr("Still exporting; wait for it to finish or cancel it"))
            return False
        return True

    def start(self, label: str, render: Callable[[], Any], done: Callable[[Any], object]) -> Task | None:
        """Call `render()` on a worker (it must only read what it was given), then `done(result)`
        on the GUI thread. `label` names the work in the progress bar ("Exporting HTML").
        Returns None, saying why, while another export is still running."""
        if not self.available():
            return None
        self._label = label
        self.progress.bar.setValue(0)
        self.progress.bar.setFormat(f"{label} %p%")
        self.progress.show()
        from digest_gui.core.formats.export_progress import cancellable

        task = run_task(lambda cancel, report: cancellable(render, cancel, report), name="export")
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(lambda result: self._on_task_succeeded(task, result, done))
        task.failed.connect(lambda line: self._on_task_failed(task, line))
        task.cancelled.connect(lambda: self._on_task_cancelled(task))
        task.finished.connect(lambda: self._on_task_finished(task))
        self.task = task
        return task

    def cancel(self) -> None:
        """Stop the running export (its file is not written)."""
        if self.task is not None:
            self.task.cancel()

    def _on_task_progress(self, item: tuple[int, int]) -> None:
        done, total = item
        self.progress.bar.setValue(round(100 * done / max(total, 1)))

    def _ended(self, task: Task) -> None:
        # As soon as the outcome is in, not at finished() (queued after it): an export
        # asked for right after "Exported …" shows must not be told one is still running.
        if self.task is task:
            self.task = None
            self.progress.hide()

    def _on_task_succeeded(self, task: Task, result: Any, done: Callable[[Any], object]) -> None:
        self._ended(task)
        done(result)

    def _on_task_failed(self, task: Task, line: str) -> None:
        self._ended(task)
        self.status.show(self.tr("Not exported: %1").replace("%1", line), 15000)
        dialogs.show_error(self.dialog_parent, self.tr("Cannot export"), line)

    def _on_task_cancelled(self, task: Task) -> None:
        self._ended(task)
        self.status.show(self.tr("Cancelled (%1); nothing was written").replace("%1", self._label), 8000)

    def _on_task_finished(self, task: Task) -> None:
        self._ended(task)
        self.finished.emit()
