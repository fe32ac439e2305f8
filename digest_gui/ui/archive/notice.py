"""The bar that says, once, that the archive cannot be used, and offers to rebuild it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from digest_gui.core.archive.folder_import import ImportProgress, ImportSummary
from digest_gui.core.archive.store import DAMAGED, LOCKED
from digest_gui.ui.archive.controller import ArchiveController, ArchiveProblem
from digest_gui.ui.widgets.notice_bar import NoticeBar
from digest_gui.ui.widgets.status_messenger import StatusMessenger


class ArchiveNotice(NoticeBar):
    """Shown from the archive's first failure until it works again or the user dismisses it."""

    def __init__(
        self, archive: ArchiveController, status: StatusMessenger, parent: QWidget | None = None
    ) -> None:
        super().__init__("archiveNotice", "error", ("rebuild", "retry", "dismiss"), parent)
        self.archive = archive
        self.status = status
        self._problem: ArchiveProblem | None = None
        self.buttons["rebuild"].clicked.connect(self.rebuild)
        self.buttons["retry"].clicked.connect(self._on_retry_clicked)
        self.buttons["dismiss"].clicked.connect(self.hide)
        archive.problem_changed.connect(self._on_archive_problem_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons["rebuild"].setText(self.tr("Rebuild Archive"))
        self.buttons["retry"].setText(self.tr("Try Again"))
        self.buttons["dismiss"].setText(self.tr("Dismiss"))
        if self._problem is not None and self.isVisible():
            self._show(self._problem)

    def _on_archive_problem_changed(self, problem: ArchiveProblem | None) -> None:
        self._problem = problem
        if problem is None:
            self.hide()
        else:
            self._show(problem)

    def _show(self, problem: ArchiveProblem) -> None:
        if problem.kind == DAMAGED:
            text = self.tr(
                "The archive cannot be read (%1). The editor works without it: no covered-before marks, "
                "search or translation memory until it is rebuilt from your digests and projects."
            )
        elif problem.kind == LOCKED:
            text = self.tr(
                "The archive is in use by another program (%1). The editor works without it until you "
                "try again."
            )
        else:
            text = self.tr("The archive cannot be used (%1). The editor works without it.")
        self.set_text(text.replace("%1", problem.message))
        self.buttons["rebuild"].setVisible(problem.kind == DAMAGED)
        self.buttons["retry"].setVisible(problem.kind == LOCKED)
        self.show()

    def _on_retry_clicked(self) -> None:
        self.hide()
        self.archive.problem = None
        self.archive.refresh_covered()

    def rebuild(self) -> None:
        """Make the archive again from its sources, with progress in the status bar."""
        self.hide()
        self.status.show(self.tr("Rebuilding the archive…"), 0)
        task = self.archive.rebuild()
        task.progress.connect(self._on_rebuild_progress)
        task.succeeded.connect(self._on_rebuild_succeeded)
        task.failed.connect(
            lambda line: self.status.show(self.tr("Cannot rebuild the archive: %1").replace("%1", line))
        )

    def _on_rebuild_progress(self, progress: ImportProgress) -> None:
        self.status.show(
            self.tr("Rebuilding the archive… %1 of %2 files")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total)),
            0,
        )

    def _on_rebuild_succeeded(self, result: object) -> None:
        if isinstance(result, ImportSummary):
            self.status.show(
                self.tr("Archive rebuilt: %1 files, %2 could not be read")
                .replace("%1", str(result.added))
                .replace("%2", str(len(result.unreadable))),
                10000,
            )
