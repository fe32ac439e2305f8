"""Feedback for deleted papers: the status bar says which went, with Undo at hand.

A deletion from the list (Del), the Edit menu or the context menu is one undo step, a
RemovePapersCommand; this watches the undo stack for such a step becoming the last one
done, so that every way of deleting is covered without each saying it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from digest_gui.core.model import Paper
from digest_gui.ui.document.commands import RemovePapersCommand
from digest_gui.ui.document.project import Project
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.widgets.undo_notice import UndoNotice

# A title longer than this is cut with "…" in the status bar.
TITLE_CHARS = 48


def short_title(paper: Paper) -> str:
    """The paper's title for a one-line message: English, else Chinese, else its id; cut with "…"."""
    title = " ".join((paper.title_en or paper.title_zh or paper.versioned_id).split())
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


class DeletionFeedback(QObject):
    """Shows "Deleted 'Title…'" or "Deleted 3 papers" with Undo after each deletion."""

    def __init__(self, project: Project, status: StatusMessenger, notice: UndoNotice) -> None:
        # The notice's child: it goes with the notice, which the status bar may delete first.
        super().__init__(notice)
        self.project = project
        self.status = status
        self.notice = notice
        stack = project.undo_stack
        self._index = stack.index()
        stack.indexChanged.connect(self._on_stack_index_changed)

    def _on_stack_index_changed(self, index: int) -> None:
        previous, self._index = self._index, index
        stack = self.project.undo_stack
        command = stack.command(index - 1) if index == previous + 1 else None
        if not isinstance(command, RemovePapersCommand):
            # Anything else done or undone: the offer is no longer "undo the deletion".
            self.notice.dismiss()
            return
        papers = [paper for _row, paper in command.removed]
        if len(papers) == 1:
            text = self.tr("Deleted '%1'").replace("%1", short_title(papers[0]))
        else:
            text = self.tr("Deleted %n paper(s)", "", len(papers))
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self.status.clear()  # a message would cover the notice
        self.notice.offer(
            text,
            lambda: self._undo(index),
            self.tr("Undo"),
            self.tr("Put the deleted papers back (%1)").replace("%1", keys),
        )

    def _undo(self, index: int) -> None:
        stack = self.project.undo_stack
        if stack.index() == index:  # still the last step: it is the deletion
            stack.undo()
