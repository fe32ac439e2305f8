"""The listing dialog's fetch: one workers.py task at a time, its late answers dropped.

A request under way cannot be interrupted at once, so cancelling (or starting another
fetch) forgets the task there and then: the dialog is ready immediately, the worker stops
at its next wait, and whatever it still sends is ignored because only the current task is
listened to.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal

from digest_gui.core.sources.listing import ListingItem, ListingSettings
from digest_gui.core.sources.listing_sources import ListingSource
from digest_gui.ui.workers import CancelToken, Report, Task, run_task


def _fetch_listings(
    source: ListingSource,
    categories: list[str],
    settings: ListingSettings,
    cancel: CancelToken,
    _report: Report,
) -> list[ListingItem]:
    """The task: today's announcements of the categories, from the source."""
    return source.fetch(categories, settings, cancel)


class ListingFetch(QObject):
    """Fetches the listings of some categories in the background, one fetch at a time."""

    loaded = Signal(list)  # the ListingItems of the current fetch
    failed = Signal(str)  # one readable line
    busy_changed = Signal(bool)

    def __init__(
        self, source: ListingSource, settings: ListingSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.settings = settings
        self.task: Task | None = None  # the fetch under way, the only one listened to

    def is_busy(self) -> bool:
        return self.task is not None

    def start(self, categories: list[str]) -> None:
        """Fetch the categories (forgetting a fetch under way)."""
        self.stop()
        task = run_task(partial(_fetch_listings, self.source, categories, self.settings), name="listing")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self.task = task
        self.busy_changed.emit(True)

    def stop(self) -> bool:
        """Cancel and forget the fetch under way; True if there was one."""
        task, self.task = self.task, None
        if task is None:
            return False
        task.cancel()
        self.busy_changed.emit(False)
        return True

    def _finish(self) -> bool:
        # A fetch cancelled or replaced may still answer: only the current one counts.
        if self.task is None or self.sender() is not self.task:
            return False
        self.task = None
        self.busy_changed.emit(False)
        return True

    def _on_task_succeeded(self, items: list[ListingItem]) -> None:
        if self._finish():
            self.loaded.emit(items)

    def _on_task_failed(self, message: str) -> None:
        if self._finish():
            self.failed.emit(message)

    def _on_task_cancelled(self) -> None:
        # stop() forgets a task before cancelling it: this is only a safety net.
        self._finish()
