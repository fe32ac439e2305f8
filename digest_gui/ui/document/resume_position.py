"""Where the user was in each project: reopening it (or restoring it after a crash) goes back there.

Kept per project file in the app's state folder (`positions.json` beside the recovery
folder), not in the project: the project file stays the same bytes whatever was looked
at, and a position is the user's, not the digest's. It is written a moment after each
move, so a crash keeps it as it keeps unsaved text; the recovery of a project carries
its path, and restoring it comes back to the same place. Untitled projects have no
position to come back to.

A position is the paper (by arXiv id, else by row), the field that had the focus with its
cursor, and the preview's scroll position (the item at its top edge and the offset into it).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from digest_gui.core.model import TEXT_FIELDS
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.field_keys import scroll_to
from digest_gui.ui.editor.paper_editor import PaperEditor
from digest_gui.ui.preview.view import PreviewView

log = logging.getLogger(__name__)

FILE_NAME = "positions.json"
FORMAT = "digest-gui-positions"
# The projects remembered; the least recently used are forgotten first.
MAX_PROJECTS = 100
# Written this long after the last move: soon after the user stops, not on every key.
WRITE_DELAY_MS = 1000


@dataclass(slots=True)
class Position:
    """Where the user was in one project."""

    paper: str = ""  # the arXiv id of the current paper ("" when it has none)
    row: int = -1
    field: str = ""  # the editor field that had the focus, "" for none
    cursor: int = 0  # its cursor position (Qt's, UTF-16)
    preview_kind: str = ""  # the preview item at its top edge: kind, paper row, offset
    preview_row: int = -1
    preview_offset: float = 0.0
    at: float = 0.0  # when it was last written (for forgetting old projects)

    @classmethod
    def from_data(cls, data: Any) -> Position | None:
        """A position from the file's JSON, None when it is not one."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                paper=str(data.get("paper", "")),
                row=int(data.get("row", -1)),
                field=str(data.get("field", "")) if data.get("field") in TEXT_FIELDS else "",
                cursor=max(0, int(data.get("cursor", 0))),
                preview_kind=str(data.get("preview_kind", "")),
                preview_row=int(data.get("preview_row", -1)),
                preview_offset=float(data.get("preview_offset", 0.0)),
                at=float(data.get("at", 0.0)),
            )
        except (TypeError, ValueError, OverflowError):
            return None


class PositionStore:
    """The positions file: project path -> Position."""

    def __init__(self, folder: Path) -> None:
        self.file = Path(folder) / FILE_NAME

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("cannot read %s: %s", self.file, error)
            return {}
        projects = data.get("projects") if isinstance(data, dict) and data.get("format") == FORMAT else None
        return projects if isinstance(projects, dict) else {}

    def get(self, path: str) -> Position | None:
        """The position kept for the project at path, or None."""
        return Position.from_data(self._read().get(path))

    def put(self, path: str, position: Position) -> None:
        """Keep position for the project at path (atomically; a failure is logged, never raised)."""
        projects = self._read()
        position.at = time.time()
        projects[path] = asdict(position)
        if len(projects) > MAX_PROJECTS:
            newest = sorted(projects.items(), key=lambda item: _at(item[1]), reverse=True)[:MAX_PROJECTS]
            projects = dict(newest)
        text = json.dumps(
            {"format": FORMAT, "version": 1, "projects": projects}, ensure_ascii=False, indent=1
        )
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            # Atomic but not fsynced: it is written on the window's thread after each pause, and
            # a crash of the app (not of the machine) keeps what the system was handed.
            atomic_write_text(self.file, text + "\n", durable=False)
        except OSError as error:
            log.warning("cannot write %s: %s", self.file, error)


def _at(data: Any) -> float:
    try:
        return float(data.get("at", 0.0))
    except (AttributeError, TypeError, ValueError):
        return 0.0


class ResumePosition(QObject):
    """Follows where the user is in the open project and takes them back there when it is opened.

    Make it after the window connected its own slots to the project, so that it moves on
    from where the window put the selection.
    """

    def __init__(
        self,
        project: Project,
        editor: PaperEditor,
        preview: PreviewView,
        select_row: Callable[[int], None],
        store: PositionStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.editor, self.preview, self.store = project, editor, preview, store
        self._select_row = select_row
        self._path = self._current_path()
        self._position = Position()
        self._dirty = False
        # While a digest is being replaced, the moves are the new digest's, not the old one's.
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        model = project.model
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        project.replaced.connect(self._on_project_replaced)
        project.path_changed.connect(self._on_project_path_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        for field in editor.fields.values():
            field.cursorPositionChanged.connect(self._on_cursor_moved)
        preview.verticalScrollBar().valueChanged.connect(self._on_preview_scrolled)

    def _current_path(self) -> str:
        return str(self.project.path) if self.project.path is not None else ""

    # ------------------------------------------------------------------ following the user

    def row_changed(self, row: int) -> None:
        """The current paper changed (connect the list's current_row_changed)."""
        if self._loading or not 0 <= row < self.project.model.rowCount():
            return
        self._position.row = row
        self._position.paper = self.project.model.paper(row).id
        field = self.editor.fields.get(self._position.field)
        if field is not None and field.hasFocus():
            self._position.cursor = field.textCursor().position()  # Ctrl+Down while typing
        else:
            self._position.field, self._position.cursor = "", 0  # picked in the list
        self._changed()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._loading or new is None:
            return
        for name, field in self.editor.fields.items():
            if new is field:
                self._position.field = name
                self._position.cursor = field.textCursor().position()
                self._changed()
                return

    def _on_cursor_moved(self) -> None:
        if self._loading:
            return
        field = self.editor.fields.get(self._position.field)
        if field is not None and field.hasFocus():
            self._position.cursor = field.textCursor().position()
            self._changed()

    def _on_preview_scrolled(self, _value: int) -> None:
        if self._loading:
            return
        kind, row, offset = self.preview.scroll_anchor()
        self._position.preview_kind, self._position.preview_row = kind, row
        self._position.preview_offset = offset
        self._changed()

    def _changed(self) -> None:
        if self._path:
            self._dirty = True
            self._timer.start()

    def flush(self) -> None:
        """Write the position now if it changed (on quit, and before another project opens)."""
        self._timer.stop()
        if self._dirty and self._path:
            self.store.put(self._path, self._position)
        self._dirty = False

    def position(self) -> Position:
        """The position being followed (a copy)."""
        return Position(**asdict(self._position))

    # ------------------------------------------------------------------ going back

    def _on_model_about_to_be_reset(self) -> None:
        self.flush()
        self._loading = True

    def _on_project_path_changed(self) -> None:
        path = self._current_path()
        if path != self._path and not self._loading:
            # Saved under another name: the position goes with it.
            self._path = path
            self._changed()

    def _on_project_replaced(self) -> None:
        self._path = self._current_path()
        saved = self.store.get(self._path) if self._path else None
        self._position = saved or Position()
        # Connected after the window's own slot, which selected the first paper.
        self._resume()

    def _resume(self) -> None:
        try:
            saved = self._position
            row = self._row_of(saved)
            if row >= 0:
                self._select_row(row)
                self._resume_field(saved)
                if saved.preview_kind:
                    self.preview.set_scroll_anchor(
                        saved.preview_kind, saved.preview_row, saved.preview_offset
                    )
        finally:
            self._loading = False
        kind, row_shown, offset = self.preview.scroll_anchor()
        self._position.preview_kind, self._position.preview_row = kind, row_shown
        self._position.preview_offset = offset

    def _row_of(self, saved: Position) -> int:
        digest = self.project.digest
        if saved.paper:
            row = digest.index_of(saved.paper)
            if row >= 0:
                return row
        return saved.row if 0 <= saved.row < len(digest.papers) else -1

    def _resume_field(self, saved: Position) -> None:
        field = self.editor.fields.get(saved.field)
        if field is None or self.editor.current_row() < 0:
            return
        cursor = field.textCursor()
        cursor.setPosition(min(saved.cursor, len(field.toPlainText().encode("utf-16-le")) // 2))
        field.setTextCursor(cursor)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.ensureCursorVisible()
        scroll_to(field)
