"""The preview's export formats rendered off the window's thread, newest request wins.

Showing WeChat's rich text for a big digest means rendering it (about a second at 2,300
papers the first time); on the window's thread that froze typing each time the digest
changed. Here each request renders a copy of the digest on a worker; while one runs, newer
requests wait and only the newest is rendered next, so a burst of edits costs two
renderings, not one per keystroke. The old output stays on screen until the new one is in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from digest_gui.core.formats.export_progress import cancellable
from digest_gui.core.formats.exporters import export_digest
from digest_gui.core.model import Digest
from digest_gui.ui.workers import Task, run_task


class FormatRenderer(QObject):
    """Renders the digest in an export format on a worker; `rendered(name, text)` when done."""

    rendered = Signal(str, str)  # format name, the export's text
    failed = Signal(str, str)  # format name, one line saying why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self._task_format = ""  # the format self.task renders
        self._next: tuple[str, Digest] | None = None

    def busy(self) -> bool:
        """Whether a rendering is under way or waiting."""
        return self.task is not None or self._next is not None

    def request(self, name: str, digest: Digest) -> None:
        """Render `digest` (a copy the caller no longer edits) in format `name`, after any running one."""
        self._next = (name, digest)
        if self.task is None:
            self._start_next()

    def cancel(self) -> None:
        """Drop what waits and ask the running rendering to stop (its result is not shown)."""
        self._next = None
        if self.task is not None:
            self.task.cancel()

    def _start_next(self) -> None:
        if self._next is None:
            return
        name, digest = self._next
        self._next = None
        task = run_task(
            lambda cancel, _report: cancellable(lambda: export_digest(digest, name), cancel),
            name="preview-format",
        )
        # Methods, not lambdas: a renderer deleted (with its window) while its task runs is
        # then disconnected from it; a lambda's call on the gone renderer raised.
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self.task = task
        self._task_format = name

    def _on_task_succeeded(self, text: str) -> None:
        # A newer request waiting makes this result stale; a cancelled one was not wanted.
        # (finished comes after it: self.task is still the task that rendered it.)
        if self.task is not None and self._next is None and not self.task.token.is_set():
            self.rendered.emit(self._task_format, text)

    def _on_task_failed(self, line: str) -> None:
        self.failed.emit(self._task_format, line)

    def _on_task_finished(self) -> None:
        self.task = None
        self._start_next()
