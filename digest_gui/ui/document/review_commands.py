"""Undo commands of the review flow: typing in the English of a reviewed paper.

Typing in an English field of a reviewed paper also marks the paper as needing review and
keeps the English as reviewed (core/operations.py: english_changed). Both are one undo step
with the typing, which merges keystroke by keystroke as any typing does.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from digest_gui.core.model import Paper, Status
from digest_gui.core.stale_english import set_stale_marks, stale_marks
from digest_gui.ui.document.commands import EditFieldCommand
from digest_gui.ui.document.paper_model import PaperModel


class EditEnglishCommand(EditFieldCommand):
    """Typing in a source English field, with the review status and marks it brings."""

    def __init__(self, model: PaperModel, row: int, name: str, before: Paper, after: Paper) -> None:
        super().__init__(model, row, name, getattr(before, name), getattr(after, name))
        self.before_review = (before.status, stale_marks(before))
        self.after_review = (after.status, stale_marks(after))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditEnglishCommand) or not super().mergeWith(other):
            return False
        self.after_review = other.after_review
        # Typing that ends where it began leaves no step, only if it left the review as it was.
        self.setObsolete(self.old == self.new and self.before_review == self.after_review)
        return True

    def redo(self) -> None:
        super().redo()
        self._apply_review(*self.after_review)

    def undo(self) -> None:
        self._apply_review(*self.before_review)
        super().undo()

    def _apply_review(self, status: Status, marks: dict[str, str]) -> None:
        paper = self.model.paper(self.row)
        if stale_marks(paper) != marks:
            extra = dict(paper.extra)
            holder = Paper(extra=extra)
            set_stale_marks(holder, marks)
            self.model.apply_field(self.row, "extra", holder.extra)
        self.model.apply_field(self.row, "status", status)
