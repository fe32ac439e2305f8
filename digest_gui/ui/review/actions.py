"""Paper → Mark Reviewed and Next, and Mark as Needs Review: the review flow of one window.

As in Qt Linguist, Ctrl+Return marks the current paper reviewed and moves to the next paper
the list shows (in its order, wrapping) that is not reviewed; when none is left the status
bar says so. The rules are core/operations.py's; this adds the undo step and the selection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from digest_gui.core.model import Status
from digest_gui.core.operations import next_to_review
from digest_gui.ui.document.project import Project
from digest_gui.ui.widgets.status_messenger import StatusMessenger


class ReviewActions(QObject):
    """Marks the list's current paper and selects the next one to review."""

    def __init__(
        self,
        project: Project,
        status: StatusMessenger,
        current_row: Callable[[], int],
        shown_rows: Callable[[], list[int]],
        select_row: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.status = status
        self.current_row = current_row  # the list's current paper (-1: none)
        self.shown_rows = shown_rows  # the rows the list shows, in its order (the filter applied)
        self.select_row = select_row

    def mark_reviewed_and_next(self) -> None:
        """Mark the current paper reviewed (one undo step) and go to the next paper to review."""
        row = self.current_row()
        if row < 0:
            return
        self.project.set_status([row], Status.REVIEWED)
        target = next_to_review(self.project.digest, self.shown_rows(), row)
        if target >= 0:
            self.select_row(target)
        left = sum(paper.status != Status.REVIEWED for paper in self.project.digest.papers)
        if not left:
            count = len(self.project.digest.papers)
            self.status.show(self.tr("All %n paper(s) are reviewed.", "", count), 0)
        elif target < 0:
            self.status.show(
                self.tr("Every paper the filter shows is reviewed; %n hidden paper(s) are not.", "", left)
            )
        else:
            self.status.show(self.tr("%n paper(s) left to review", "", left), 5000)

    def mark_needs_review(self) -> None:
        """Take the current paper's review back: it needs review (one undo step)."""
        row = self.current_row()
        if row >= 0:
            self.project.set_status([row], Status.NEEDS_REVIEW)

    def next_to_review(self) -> None:
        """Go to the next paper the list shows that is not reviewed, without marking anything."""
        row = self.current_row()
        target = next_to_review(self.project.digest, self.shown_rows(), row)
        if target >= 0:
            self.select_row(target)
        elif self.project.digest.papers:
            self.status.show(self.tr("No paper the list shows needs review."), 5000)
