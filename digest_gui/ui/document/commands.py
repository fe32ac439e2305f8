"""Undo commands: every change a user makes to a digest is one of these."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from digest_gui.core.model import ExportSettings, GlossaryEntry, Paper, Status
from digest_gui.ui.document.paper_model import PaperModel

if TYPE_CHECKING:
    from digest_gui.core.find_replace import FieldChange

# Typing pauses longer than this start a new undo step, so undo takes back a burst of
# typing, not one character and not a whole afternoon.
TYPING_BURST_SECONDS = 1.5

_EDIT_FIELD_ID = 1001


def field_action(name: str) -> str:
    """How the Undo menu names typing in a field ("Undo Typing in Chinese Title")."""
    names = {
        "title_en": QCoreApplication.translate("commands", "Typing in English Title"),
        "title_zh": QCoreApplication.translate("commands", "Typing in Chinese Title"),
        "summary_zh": QCoreApplication.translate("commands", "Typing in Summary"),
        "summary_en": QCoreApplication.translate("commands", "Typing in English Summary"),
        "abstract_en": QCoreApplication.translate("commands", "Typing in English Abstract"),
        "abstract_zh": QCoreApplication.translate("commands", "Typing in Abstract Translation"),
    }
    return names.get(name, QCoreApplication.translate("commands", "Typing"))


class EditFieldCommand(QUndoCommand):
    """Typing in one field of one paper; consecutive keystrokes merge into one step."""

    def __init__(self, model: PaperModel, row: int, name: str, old: Any, new: Any) -> None:
        super().__init__(field_action(name))
        self.model, self.row, self.name = model, row, name
        self.old, self.new = old, new
        self.last_edit = time.monotonic()
        self.first_redo = True

    def id(self) -> int:
        return _EDIT_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldCommand) or (other.row, other.name) != (self.row, self.name):
            return False
        if other.last_edit - self.last_edit > TYPING_BURST_SECONDS:
            return False
        self.new = other.new
        self.last_edit = other.last_edit
        self.setObsolete(self.old == self.new)
        return True

    def redo(self) -> None:
        self.model.apply_field(self.row, self.name, self.new)
        if not self.first_redo:
            self.model.focus_requested.emit(self.row, self.name)
        self.first_redo = False

    def undo(self) -> None:
        self.model.apply_field(self.row, self.name, self.old)
        self.model.focus_requested.emit(self.row, self.name)


class SetStatusCommand(QUndoCommand):
    """Change the review status of one or more papers."""

    def __init__(self, model: PaperModel, rows: list[int], status: Status) -> None:
        super().__init__(QCoreApplication.translate("commands", "Status Change"))
        self.model, self.status = model, status
        self.before = [(row, model.paper(row).status) for row in rows]

    def redo(self) -> None:
        for row, _ in self.before:
            self.model.apply_field(row, "status", self.status)

    def undo(self) -> None:
        for row, status in self.before:
            self.model.apply_field(row, "status", status)
        if self.before:
            self.model.focus_requested.emit(self.before[0][0], "")


class ReplacePaperCommand(QUndoCommand):
    """Replace a paper's data as a whole (what a fetch or a draft fills in)."""

    def __init__(self, model: PaperModel, row: int, after: Paper, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.before = model.paper(row).copy()
        self.after = after.copy()

    def redo(self) -> None:
        self.model.apply_paper(self.row, self.after.copy())

    def undo(self) -> None:
        self.model.apply_paper(self.row, self.before.copy())
        self.model.focus_requested.emit(self.row, "")


class InsertPapersCommand(QUndoCommand):
    """Add papers at a position."""

    def __init__(self, model: PaperModel, row: int, papers: list[Paper]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Add Papers"))
        self.model, self.row = model, row
        self.papers = [paper.copy() for paper in papers]

    def redo(self) -> None:
        self.model.apply_insert(self.row, [paper.copy() for paper in self.papers])
        self.model.focus_requested.emit(self.row, "")

    def undo(self) -> None:
        self.model.apply_remove(list(range(self.row, self.row + len(self.papers))))


class RemovePapersCommand(QUndoCommand):
    """Delete papers; undo puts each back where it was."""

    def __init__(self, model: PaperModel, rows: list[int]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Delete Papers"))
        self.model, self.rows = model, sorted(set(rows))
        self.removed: list[tuple[int, Paper]] = []

    def redo(self) -> None:
        self.removed = self.model.apply_remove(self.rows)
        if self.model.rowCount():
            self.model.focus_requested.emit(min(self.rows[0], self.model.rowCount() - 1), "")

    def undo(self) -> None:
        self.model.apply_restore(self.removed)
        self.model.focus_requested.emit(self.rows[0], "")


class ReorderPapersCommand(QUndoCommand):
    """Move papers: `order[i]` is the old row of the paper that ends at row i."""

    def __init__(self, model: PaperModel, order: list[int], focus_row: int) -> None:
        super().__init__(QCoreApplication.translate("commands", "Move Papers"))
        self.model, self.order, self.focus_row = model, order, focus_row
        self.inverse = [0] * len(order)
        for new, old in enumerate(order):
            self.inverse[old] = new
        self.focus_old_row = order[focus_row] if 0 <= focus_row < len(order) else -1

    def redo(self) -> None:
        self.model.apply_order(self.order)
        self.model.focus_requested.emit(self.focus_row, "")

    def undo(self) -> None:
        self.model.apply_order(self.inverse)
        self.model.focus_requested.emit(self.focus_old_row, "")


class SetExportCommand(QUndoCommand):
    """Replace the project's export settings (File → Protect Math for GitHub)."""

    def __init__(self, model: PaperModel, settings: ExportSettings) -> None:
        super().__init__(QCoreApplication.translate("commands", "Export Setting"))
        self.model = model
        self.before = model.digest.export
        self.after = settings

    def redo(self) -> None:
        self.model.apply_export(self.after)

    def undo(self) -> None:
        self.model.apply_export(self.before)


class SetGlossaryCommand(QUndoCommand):
    """Replace the project's glossary (the Glossary dialog's OK)."""

    def __init__(self, model: PaperModel, entries: list[GlossaryEntry]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Edit Glossary"))
        self.model = model
        self.before = list(model.digest.glossary)
        self.after = list(entries)

    def redo(self) -> None:
        self.model.apply_glossary(self.after)

    def undo(self) -> None:
        self.model.apply_glossary(self.before)


class ReplaceTextCommand(QUndoCommand):
    """Find and replace: new texts for any number of fields, undone as one step."""

    def __init__(self, model: PaperModel, changes: list[FieldChange], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.changes = list(changes)

    def redo(self) -> None:
        for change in self.changes:
            self.model.apply_field(change.row, change.field, change.new)

    def undo(self) -> None:
        for change in reversed(self.changes):
            self.model.apply_field(change.row, change.field, change.old)
        if self.changes:
            first = self.changes[0]
            self.model.focus_requested.emit(first.row, first.field)
