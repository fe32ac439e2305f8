"""The open project: its digest model, undo history, file and saved state."""

from __future__ import annotations

import dataclasses
import errno
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from digest_gui.core.control_chars import clean_text
from digest_gui.core.errors import DigestError, NotWritableError
from digest_gui.core.formats.project_file import dumps_project, read_project
from digest_gui.core.identifiers import ArxivId
from digest_gui.core.model import Digest, GlossaryEntry, Paper, Status
from digest_gui.core.stale_english import SOURCE_FIELDS, stale_marks
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.core.storage.hashes import contents_sha256
from digest_gui.ui.document.commands import (
    EditFieldCommand,
    InsertPapersCommand,
    RemovePapersCommand,
    ReorderPapersCommand,
    ReplacePaperCommand,
    ReplaceTextCommand,
    SetExportCommand,
    SetGlossaryCommand,
    SetStatusCommand,
)
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.document.review_commands import EditEnglishCommand

if TYPE_CHECKING:
    from digest_gui.core.find_replace import FieldChange
    from digest_gui.core.operations import AddResult

log = logging.getLogger(__name__)


def is_not_writable(error: OSError) -> bool:
    """True for the errors that Save As somewhere else can get round (permissions, read-only disk)."""
    return error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


class DiskState:
    """What the project file looked like when we last read or wrote it: its modification
    time, size and sha256.

    The sha256 of bytes just read can be left for later (`hash_later`): it is worked out
    when first asked, and the bytes are let go then. A real start opens its file before
    its first frame and asks after it (Project.settle): hashing held the first frame
    3 ms at 2,300 papers, about 30 ms at 23,000.
    """

    __slots__ = ("_data", "_sha256", "mtime_ns", "size")

    def __init__(self, mtime_ns: int, size: int, sha256: str) -> None:
        if not isinstance(sha256, str):
            raise TypeError(f"sha256 should be text, not {type(sha256).__name__}")
        self.mtime_ns = mtime_ns
        self.size = size
        self._sha256: str | None = sha256
        self._data: bytes | None = None

    @classmethod
    def of(
        cls,
        path: Path,
        data: bytes | None = None,
        stat: os.stat_result | None = None,
        *,
        hash_later: bool = False,
    ) -> DiskState:
        """The state of the file at `path` (its bytes `data` and `stat` when already known)."""
        if stat is None:
            stat = path.stat()
        if data is None:
            data = path.read_bytes()
        if not hash_later:
            return cls(stat.st_mtime_ns, stat.st_size, contents_sha256(data))
        state = cls(stat.st_mtime_ns, stat.st_size, "")
        state._sha256, state._data = None, data
        return state

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            self._sha256 = contents_sha256(self._data or b"")
            self._data = None
        return self._sha256

    def _key(self) -> tuple[int, int, str]:
        return self.mtime_ns, self.size, self.sha256

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DiskState) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"DiskState(mtime_ns={self.mtime_ns}, size={self.size}, sha256={self.sha256!r})"


class Project(QObject):
    """One open digest: edits go through here so that each is undoable."""

    modified_changed = Signal(bool)
    path_changed = Signal()
    replaced = Signal()  # a different digest was loaded (open, new, reload, recovery)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = PaperModel(parent=self)
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.disk_state: DiskState | None = None
        # A real start sets it before it opens its file, before the first frame (app.py):
        # that open's sha256 is worked out after the first frame, in settle().
        self.hash_later = False
        # Content that was never saved where it is now (a recovery, an import): the
        # project is modified even though there is nothing to undo.
        self._unsaved_content = False
        # Why the file must not be saved over ("" when it may): opened while another
        # instance holds it, or written by a newer digest-gui. Save As still works.
        self.read_only = ""
        # Lets tests and the recovery know a project apart from "the same file later".
        self.session_id = os.urandom(8).hex()
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # ------------------------------------------------------------------ state

    @property
    def digest(self) -> Digest:
        return self.model.digest

    def is_modified(self) -> bool:
        return self._unsaved_content or not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.digest.title or self.tr("Untitled")

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.is_modified())

    def _set_loaded(
        self, digest: Digest, path: Path | None, *, unsaved: bool, disk: DiskState | None, read_only: str = ""
    ) -> None:
        self.undo_stack.clear()
        self.model.apply_digest(digest)
        self.path = path
        self.disk_state = disk
        self._unsaved_content = unsaved
        self.read_only = read_only  # before the signals: the instance lock follows it
        self.undo_stack.setClean()
        self.path_changed.emit()
        self.replaced.emit()
        self.modified_changed.emit(self.is_modified())

    def restore(self, digest: Digest, path: Path | None, disk: DiskState | None) -> None:
        """Take back work a crash left behind: modified, to be saved at path (None: ask where)."""
        self._set_loaded(digest, path, unsaved=True, disk=disk)

    # ------------------------------------------------------------------ files

    def new(self, digest: Digest | None = None, *, unsaved: bool = False) -> None:
        """Start an untitled project (empty, or holding `digest`)."""
        self._set_loaded(digest or Digest(), None, unsaved=unsaved, disk=None)

    def open(self, path: str | os.PathLike[str], *, read_only: str = "") -> None:
        """Open a project file; raise DigestError with a readable message if it cannot be.

        read_only (a reason) opens it for viewing: a newer format is read as far as this
        build understands it, and Save refuses to write over the file.
        """
        path = Path(path).resolve()
        hash_later, self.hash_later = self.hash_later, False  # the first open's only
        try:
            # Taken before reading: a write in between is in what was read or looks like a
            # change later, never missed.
            before = path.stat()
        except OSError:
            before = None  # read_project says what is wrong
        digest, data = read_project(path, read_newer=bool(read_only))
        disk = DiskState.of(path, data, before, hash_later=hash_later)
        self._set_loaded(digest, path, unsaved=False, disk=disk, read_only=read_only)

    def settle(self) -> None:
        """Work out what opening left for later (the file's sha256, see DiskState)."""
        self.hash_later = False
        if self.disk_state is not None:
            self.disk_state.sha256  # noqa: B018 (worked out when first asked)

    def import_digest(self, path: str | os.PathLike[str]) -> list[str]:
        """Import a digest Markdown file as a new untitled project; return the import's warnings."""
        path = Path(path)
        try:
            text = path.read_bytes().decode("utf-8")
        except OSError as error:
            raise DigestError(f"{path}: cannot read: {error.strerror or error}") from None
        except UnicodeDecodeError as error:
            raise DigestError(f"{path}: not UTF-8 text (byte {error.start})") from None
        try:
            from digest_gui.core.formats.digest_format import import_markdown  # only for .md files

            result = import_markdown(text, title=path.stem)
        except DigestError as error:
            raise DigestError(f"{path.name}: {error}") from None
        self._set_loaded(result.digest, None, unsaved=True, disk=None)
        return result.warnings

    def changed_on_disk(self) -> bool:
        """True when the project file is not what we last read or wrote (another editor, a git pull)."""
        if self.path is None or self.disk_state is None:
            return False
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return True
        if (stat.st_mtime_ns, stat.st_size) == (self.disk_state.mtime_ns, self.disk_state.size):
            return False
        try:
            return DiskState.of(self.path).sha256 != self.disk_state.sha256
        except OSError:
            return True

    def save(self, path: str | os.PathLike[str] | None = None) -> None:
        """Save (atomically) to path or the current file; raise DigestError if that fails."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise DigestError(self.tr("the project has no file name yet"))
        if self.read_only and target == self.path:
            raise DigestError(
                self.tr("%1 is open read-only (%2); save it under another name")
                .replace("%1", str(target))
                .replace("%2", self.read_only)
            )
        try:
            data = dumps_project(self.digest)
            atomic_write_text(target, data)
            disk = DiskState.of(target, data.encode("utf-8"))
        except OSError as error:
            kind = NotWritableError if is_not_writable(error) else DigestError
            raise kind(f"{target}: cannot save: {error.strerror or error}") from None
        except ValueError as error:  # text that cannot be written; the boundary cleaning should prevent it
            log.exception("cannot serialise the project")
            raise DigestError(f"{target}: cannot save: {error}") from None
        self.path = target
        self.disk_state = disk
        self._unsaved_content = False
        self.read_only = ""  # saved under another name: this file is ours
        self.undo_stack.setClean()
        self.path_changed.emit()
        self.modified_changed.emit(self.is_modified())

    def reload(self) -> None:
        """Read the project file again, dropping unsaved changes (the user asked for it)."""
        if self.path is not None:
            self.open(self.path)

    # ------------------------------------------------------------------ edits

    def set_field(self, row: int, name: str, value: str) -> None:
        value = clean_text(value)  # typed or pasted text enters the model here
        paper = self.model.paper(row)
        old = getattr(paper, name)
        if old == value:
            return
        if name in SOURCE_FIELDS:
            # The English under a reviewed translation: the review marks change with it.
            # (core.operations is loaded here, at the first such edit, not before the first frame.)
            from digest_gui.core import operations

            self.undo_stack.push(
                EditEnglishCommand(self.model, row, name, paper, operations.edit_english(paper, name, value))
            )
        else:
            self.undo_stack.push(EditFieldCommand(self.model, row, name, old, value))

    def set_status(self, rows: list[int], status: Status | str) -> None:
        status = Status(status)  # ValueError for a name that is no status
        marked = [row for row in rows if stale_marks(self.model.paper(row))]
        if status == Status.REVIEWED and marked:
            # Reviewed confirms the Chinese of every changed English field: the marks go too.
            from digest_gui.core import operations

            self.undo_stack.beginMacro(self.tr("Mark Reviewed"))
            for row in rows:
                paper = self.model.paper(row)
                if paper.status != status or row in marked:
                    self.undo_stack.push(
                        ReplacePaperCommand(self.model, row, operations.mark_reviewed(paper), "")
                    )
            self.undo_stack.endMacro()
            return
        rows = [row for row in rows if self.model.paper(row).status != status]
        if rows:
            self.undo_stack.push(SetStatusCommand(self.model, rows, status))

    def replace_paper(self, row: int, paper: Paper, text: str) -> None:
        self.undo_stack.push(ReplacePaperCommand(self.model, row, paper, text))

    def replace_text(self, changes: list[FieldChange], text: str) -> None:
        """Write a find-and-replace's new texts (core/find_replace.py) as one undoable step named text."""
        changes = [
            change for change in changes if getattr(self.model.paper(change.row), change.field) == change.old
        ]
        if changes:
            self.undo_stack.push(ReplaceTextCommand(self.model, changes, text))

    def set_github_math(self, on: bool) -> None:
        """Whether the export writes formulas in GitHub's protected $`…`$ form (undoable)."""
        if self.digest.export.github_math != on:
            settings = dataclasses.replace(self.digest.export, github_math=on)
            self.undo_stack.push(SetExportCommand(self.model, settings))

    def set_glossary(self, entries: list[GlossaryEntry]) -> bool:
        """Replace the glossary as one undoable step; False when nothing changed."""
        if list(entries) == list(self.digest.glossary):
            return False
        self.undo_stack.push(SetGlossaryCommand(self.model, list(entries)))
        return True

    def add_papers(self, papers: list[Paper], row: int | None = None) -> AddResult:
        """Insert papers at row (default: the end) as one undoable step, skipping duplicate ids."""
        from digest_gui.core import operations

        plan = operations.plan_add(self.digest, papers, row)
        if plan.papers:
            self.undo_stack.push(InsertPapersCommand(self.model, plan.row, plan.papers))
        return plan.result

    def add_ids(self, ids: list[ArxivId], row: int | None = None) -> AddResult:
        """Add new papers for arXiv ids (holding the id and link until they are fetched)."""
        from digest_gui.core import operations

        return self.add_papers([operations.new_paper(item) for item in ids], row)

    def remove(self, rows: list[int]) -> None:
        if rows:
            self.undo_stack.push(RemovePapersCommand(self.model, rows))

    def move(self, rows: list[int], destination: int) -> None:
        """Move the given rows (kept in their order) so they start at `destination`.

        `destination` counts rows as they are before the move, like a drop position.
        """
        rows = sorted(set(rows))
        count = self.model.rowCount()
        if not rows:
            return
        destination = max(0, min(destination, count))
        moving = set(rows)
        rest = [row for row in range(count) if row not in moving]
        insert_at = sum(1 for row in rest if row < destination)
        order = rest[:insert_at] + rows + rest[insert_at:]
        if order != list(range(count)):
            self.undo_stack.push(ReorderPapersCommand(self.model, order, insert_at))

    def move_by(self, rows: list[int], step: int) -> None:
        """Move a selection up (step -1) or down (step +1) by one place."""
        rows = sorted(set(rows))
        if not rows:
            return
        if step < 0 and rows[0] > 0:
            self.move(rows, rows[0] - 1)
        elif step > 0 and rows[-1] < self.model.rowCount() - 1:
            self.move(rows, rows[-1] + 2)
