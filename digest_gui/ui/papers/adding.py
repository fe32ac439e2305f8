"""Adding papers to the open digest: drops, pastes and Add by Identifier, one way for all.

New papers go to the end of the digest unless they were dropped onto the list, where the
drop line showed their place: a paste or a listing must not land between papers already
reviewed. Whatever the user hands over, they hear what happened: how many papers were
added, which were already there, or that the text held no arXiv id at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from digest_gui.core.identifiers import ArxivId
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.add_dialog import AddByIdentifierDialog
from digest_gui.ui.papers.drops import DropContent, read_mime
from digest_gui.ui.widgets.status_messenger import StatusMessenger

# The longest list of skipped ids the status bar names before "…".
NAMED_DUPLICATES = 5


class PaperAdder(QObject):
    """Turns what was dropped, pasted or typed into papers (and fetches them)."""

    papers_added = Signal(int)  # the row of the first paper added

    def __init__(
        self,
        project: Project,
        status: StatusMessenger,
        open_file: Callable[[str], object],
        fetch: Callable[[list[ArxivId]], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.status = status
        self.open_file = open_file  # opens a project or imports a digest
        self.fetch = fetch
        self.dialog_parent = parent
        self.dialog: AddByIdentifierDialog | None = None  # the open Add by Identifier dialog

    # ------------------------------------------------------------------ adding

    def add_content(self, content: DropContent, row: int | None = None, *, nothing: str = "") -> None:
        """What was dropped or pasted: files open or import, ids become papers at row (None: the end).

        `nothing` is what the status bar says when there is nothing to add.
        """
        if content.projects or content.digests:
            first = (content.projects or content.digests)[0]
            self.open_file(str(first))
            return
        if not content.ids:
            nothing = nothing or self.tr("No arXiv links or ids found in what was dropped")
            self.status.show(nothing, 8000)
            return
        result = self.project.add_ids(content.ids, row)
        parts = []
        if result.added:
            parts.append(self.tr("Added %n paper(s)", "", result.added))
        if result.duplicates:
            parts.append(
                self.tr("skipped %n already in the digest: ", "", len(result.duplicates))
                + ", ".join(result.duplicates[:NAMED_DUPLICATES])
                + ("…" if len(result.duplicates) > NAMED_DUPLICATES else "")
            )
        self.status.show("; ".join(parts), 10000)
        if result.added:
            self.papers_added.emit(result.first_row)
            added = self.project.digest.papers[result.first_row : result.first_row + result.added]
            self.fetch([ArxivId(paper.id, paper.version) for paper in added])

    def paste_clipboard(self) -> None:
        """Add the papers whose links or ids are on the clipboard, at the end of the digest."""
        mime = QGuiApplication.clipboard().mimeData()
        content = read_mime(mime) if mime is not None else DropContent()
        self.add_content(content, None, nothing=self.tr("The clipboard holds no arXiv id or link"))

    # ------------------------------------------------------------------ Add by Identifier

    def open_dialog(self) -> None:
        """Paper → Add by Identifier: ask for ids or links (one dialog at a time)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        existing = {paper.id for paper in self.project.digest.papers if paper.id}
        dialog = AddByIdentifierDialog(self.dialog_parent, existing)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        # open(), not exec(): nothing waits in a nested event loop, and tests drive the dialog.
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        content = dialog.content()
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.add_content(content, None, nothing=self.tr("No arXiv id or link in the text"))

    # ------------------------------------------------------------------ Ctrl+V on the list

    def take_paste_keys(self, widget: QWidget) -> None:
        """Let the standard Paste key (Ctrl+V) on widget add papers from the clipboard."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste_clipboard()
            return True
        return super().eventFilter(watched, event)
