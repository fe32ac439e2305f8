"""File → Publish…: the day's issue, feed and index written into a folder, off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.ui import dialogs
from digest_gui.ui.document.project import Project
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.workers import Task, run_task

if TYPE_CHECKING:  # loaded at the first Publish, not before the first frame
    from digest_gui.core.publish import PublishResult


class PublishActions(QObject):
    """Asks for the folder, publishes a copy of the digest on a worker, says what was written."""

    published = Signal(object)  # the PublishResult, once the files are written
    failed = Signal(str)  # the one-line reason

    def __init__(
        self,
        project: Project,
        settings: Settings,
        status: StatusMessenger,
        folder: Callable[[], str],
        parent: QWidget,
        export_allowed: Callable[[Callable[[], object], str], bool] = lambda _proceed, _what: True,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.settings = settings
        self.status = status
        self.folder = folder  # where the dialog starts when nothing was published yet
        self.dialog_parent = parent
        # With quality problems left, publishing asks first (a notice), as an export does.
        self.export_allowed = export_allowed
        self.task: Task | None = None

    def publish(self, checked: bool = False) -> Task | None:
        """Ask for a folder and start publishing into it; None when cancelled, still busy, or
        held back by the export notice (whose Export Anyway publishes then)."""
        if self.task is not None:
            self.status.show(self.tr("Still publishing; wait for it to finish"))
            return None
        if not checked and not self.export_allowed(lambda: self.publish(checked=True), self.tr("Publish")):
            return None
        start = self.settings.publish_folder or self.folder()
        folder = dialogs.ask_publish_folder(self.dialog_parent, start)
        if not folder:
            return None
        self.settings.publish_folder = folder
        # A copy: the user keeps editing while the worker writes what was there when asked.
        digest = self.project.digest.copy()
        from digest_gui.core.formats.feed import FeedOptions
        from digest_gui.core.publish import PublishOptions, issue_date, publish

        day = issue_date(digest)
        options = PublishOptions(feed=FeedOptions(keep_days=self.settings.feed_keep_days))
        self.task = run_task(lambda _cancel, _report: publish(digest, folder, day, options), name="publish")
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.finished.connect(self._on_task_finished)
        self.status.show(
            self.tr("Publishing %1 into %2…").replace("%1", day.isoformat()).replace("%2", folder)
        )
        return self.task

    def _on_task_succeeded(self, result: PublishResult) -> None:
        names = ", ".join(path.name for path in result.written)
        message = self.tr("Published %1: %2 (%n issue(s) in the index)", "", result.issues)
        self.status.show(message.replace("%1", result.day.isoformat()).replace("%2", names), 15000)
        self.published.emit(result)

    def _on_task_failed(self, line: str) -> None:
        self.status.show(self.tr("Not published: %1").replace("%1", line), 15000)
        dialogs.show_error(self.dialog_parent, self.tr("Publish"), line)
        self.failed.emit(line)

    def _on_task_finished(self) -> None:
        self.task = None
