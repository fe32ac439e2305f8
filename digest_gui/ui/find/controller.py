"""Find and replace in the window: runs the bar's searches over the project and shows the matches.

The search and the replacements are core/find_replace.py's; this moves through the
matches (selecting the paper and the matched text in the editor), writes replacements
through the Project (Replace All is one undo step), and marks the matches in the
editor's fields and in the live preview.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QWidget

from digest_gui.core.find_replace import (
    FieldChange,
    FindQuery,
    Match,
    PatternError,
    Scope,
    find_all,
    replace_all,
    replace_match,
    spans_in,
)
from digest_gui.core.model import TEXT_FIELDS
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.marks import set_layer, span_selection, utf16_offset
from digest_gui.ui.editor.paper_editor import PaperEditor
from digest_gui.ui.editor.text_field import PlainTextField
from digest_gui.ui.find.bar import FindBar
from digest_gui.ui.preview.view import PreviewView
from digest_gui.ui.widgets.status_messenger import StatusMessenger

MARK_LAYER = "find"
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
MATCH_COLOR = QColor("#fff0a0")  # every match: a pale yellow, as editors mark search hits
CURRENT_COLOR = QColor("#ffb347")  # the match Find Next went to
MATCH_TEXT = QColor("#1f2328")  # dark text on the marks, readable in a dark theme too
# Counting stops here: a pattern such as `x*` matches at every position of every field.
MATCH_LIMIT = 10000
# After this pause in typing into the bar (or in the digest), the matches are found again.
SEARCH_DELAY_MS = 150


class FindController(QObject):
    """Finds, moves through and replaces matches for the find bar."""

    def __init__(
        self,
        project: Project,
        bar: FindBar,
        editor: PaperEditor,
        preview: PreviewView,
        select_row: Callable[[int], None],
        status: StatusMessenger,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.bar, self.editor, self.preview = project, bar, editor, preview
        self._select_row = select_row
        self._status = status
        self._matches: list[Match] = []
        self._current: Match | None = None
        self._error = ""
        self._stale = True
        # Where Find Next starts when no match was gone to yet: the field that had the focus.
        self._anchor: tuple[int, int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        bar.query_changed.connect(self._on_bar_query_changed)
        bar.next_requested.connect(self.find_next)
        bar.previous_requested.connect(self.find_previous)
        bar.replace_requested.connect(self.replace)
        bar.replace_all_requested.connect(self.replace_all)
        bar.closed.connect(self.close)
        bar.retranslated.connect(self._show_count)
        model = project.model
        # Connected after the editor's own slots, so that marks go on the text it just set.
        model.field_changed.connect(self._on_digest_changed)
        for signal in (model.rowsInserted, model.rowsRemoved, model.layoutChanged, model.modelReset):
            signal.connect(self._on_digest_changed)
        project.modified_changed.connect(self._sync_replace_enabled)
        # Esc in an editor field closes the open bar too (unless a suggestion waits under
        # that field: then Esc is the suggestion's, editor/suggestions.py).
        for field in editor.fields.values():
            field.installEventFilter(self)
        bar.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and self.bar.isVisible()
            and not self._suggestion_waits(watched)
        ):
            self.close()
            return True
        return super().eventFilter(watched, event)

    def _suggestion_waits(self, field: QObject) -> bool:
        suggestions = getattr(self.editor, "suggestions", None)
        name = getattr(field, "name", None)
        box = suggestions.boxes.get(name) if suggestions is not None and name else None
        return box is not None and not box.isHidden()

    # ------------------------------------------------------------------ opening and closing

    def is_open(self) -> bool:
        return self.bar.isVisible()

    def open(self) -> None:
        """Show the bar with the focus in its search box, taking the editor's selected text."""
        field = self._focused_field()
        if field is not None:
            selected = field.textCursor().selectedText()
            if selected and "\u2029" not in selected:  # a paragraph separator: several lines
                self.bar.find_edit.setText(selected)
            row = self.editor.current_row()
            text = field.toPlainText()
            self._anchor = (
                row,
                TEXT_FIELDS.index(field.name),
                _python_index(text, field.textCursor().anchor()),
            )
        self.bar.show()
        self.bar.focus_find()
        self._search()

    def close(self) -> None:
        """Hide the bar and its marks; the focus goes back to the match's field."""
        self.bar.hide()
        self._timer.stop()
        self._clear_marks()
        current = self._current
        if current is not None and current.row == self.editor.current_row():
            self.editor.fields[current.field].setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ searching

    def matches(self) -> list[Match]:
        """The matches found for the bar's query (found again first if out of date)."""
        if self._stale:
            self._search()
        return list(self._matches)

    def current(self) -> Match | None:
        return self._current

    def pending(self) -> bool:
        """Whether a search waits for the pause after typing."""
        return self._timer.isActive()

    def _on_bar_query_changed(self) -> None:
        self._current = None
        self._stale = True
        self._timer.start()

    def _on_digest_changed(self, *_args: object) -> None:
        self._stale = True
        if self.is_open():
            self._timer.start()
            self._mark_editor()  # the editor's text may have been set again: marks at once

    def _search(self) -> None:
        self._timer.stop()
        self._stale = False
        query = self.bar.query()
        try:
            self._matches = find_all(self.project.digest, query, limit=MATCH_LIMIT)
            self._error = ""
        except PatternError as error:
            self._matches = []
            self._error = str(error)
        if self._current is not None and self._current not in self._matches:
            self._current = None
        self._show_count()
        self._sync_replace_enabled()
        self._mark_editor()
        self._mark_preview()

    def _show_count(self) -> None:
        if self._error:
            self.bar.show_error(self.tr("Invalid pattern: %1").replace("%1", self._error))
            return
        if not self.bar.query().text:
            self.bar.show_count("")
            return
        total = len(self._matches)
        if total == 0:
            self.bar.show_count(self.tr("No results"))
            return
        shown = self.tr("%n result(s)", "", total)
        if total >= MATCH_LIMIT:
            shown = self.tr("More than %n result(s)", "", MATCH_LIMIT)
        if self._current is not None:
            position = self._matches.index(self._current) + 1
            shown = self.tr("%1 of %2").replace("%1", str(position)).replace("%2", str(total))
        self.bar.show_count(shown)

    def _sync_replace_enabled(self, *_args: object) -> None:
        self.bar.set_replace_enabled(bool(self._matches) and not self.project.read_only)

    # ------------------------------------------------------------------ moving

    def find_next(self) -> None:
        """Go to the match after the current one (or after the cursor), wrapping at the end."""
        self._go(1)

    def find_previous(self) -> None:
        """Go to the match before the current one (or before the cursor), wrapping at the start."""
        self._go(-1)

    def _go(self, step: int) -> None:
        if not self.is_open():
            self.open()
        matches = self.matches()
        if not matches:
            return
        if self._current is not None and self._current in matches:
            index = matches.index(self._current) + step
        else:
            key = self._start_key()
            # Forward: the first match at or after the start; back: the last one before it.
            index = bisect.bisect_left(matches, key) if step > 0 else bisect.bisect_left(matches, key) - 1
        wrapped = not 0 <= index < len(matches)
        self.go_to(matches[index % len(matches)])
        if wrapped and len(matches) > 1:
            self._status.show(
                self.tr("Reached the end of the digest; continued from the start")
                if step > 0
                else self.tr("Reached the start of the digest; continued from the end"),
                4000,
            )

    def _start_key(self) -> Match:
        if self._anchor is not None:
            row, field_index, position = self._anchor
            return Match(row, field_index, position, position)
        return Match(max(0, self.editor.current_row()), 0, 0, 0)

    def go_to(self, match: Match) -> None:
        """Select the match's paper and its text in the editor (the focus stays in the bar)."""
        self._current = match
        self._anchor = None
        if self.editor.current_row() != match.row:
            self._select_row(match.row)
        field = self.editor.fields[match.field]
        text = field.toPlainText()
        cursor = field.textCursor()
        cursor.setPosition(utf16_offset(text, match.start))
        cursor.setPosition(utf16_offset(text, match.end), QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
        field.ensureCursorVisible()
        _scroll_into_view(field)
        self._show_count()
        self._mark_editor()
        self.preview.viewport().update()

    # ------------------------------------------------------------------ replacing

    def replace(self) -> None:
        """Replace the current match and go to the next; without one, go to the next first."""
        if self.project.read_only:
            return
        matches = self.matches()
        current = self._current
        if current is None or current not in matches:
            self.find_next()
            return
        try:
            change = replace_match(self.project.digest, self.bar.query(), self.bar.replacement(), current)
        except PatternError as error:
            self.bar.show_error(self.tr("Invalid replacement: %1").replace("%1", str(error)))
            return
        if change is None:  # replaced by the same text: just move on
            self.find_next()
            return
        self.project.replace_text([change], self.tr("Replace"))
        # Continue after the replacement text, in the changed field or later.
        end = current.end + len(change.new) - len(change.old)
        self._current = None
        self._anchor = (current.row, current.field_index, max(end, current.start))
        self._search()
        if self._matches:
            self._go(1)

    def replace_all(self) -> None:
        """Replace every match in the digest as one undo step, and say how many."""
        if self.project.read_only:
            return
        query = self.bar.query()
        try:
            changes = replace_all(self.project.digest, query, self.bar.replacement())
        except PatternError as error:
            self.bar.show_error(self.tr("Invalid replacement: %1").replace("%1", str(error)))
            return
        if not changes:
            self._status.show(self.tr("Nothing to replace"), 4000)
            return
        replaced = _count_in(self._matches if not self._stale else self.matches(), changes)
        self.project.replace_text(changes, self.tr("Replace All"))
        self._current = None
        self._search()
        self._status.show(
            self.tr("Replaced %n occurrence(s) in %1; Undo takes them all back", "", replaced).replace(
                "%1", self.tr("%n field(s)", "", len(changes))
            ),
            8000,
        )

    # ------------------------------------------------------------------ marks

    def refresh_marks(self, *_args: object) -> None:
        """Mark the matches of the paper the editor shows (call after it changed papers)."""
        if self.is_open():
            if self._stale:
                self._search()
            else:
                self._mark_editor()

    def _mark_editor(self) -> None:
        row = self.editor.current_row()
        by_field: dict[str, list[Match]] = {}
        if self.is_open() and row >= 0:
            start = bisect.bisect_left(self._matches, Match(row, 0, 0, 0))
            for match in self._matches[start:]:
                if match.row != row:
                    break
                by_field.setdefault(match.field, []).append(match)
        for name, field in self.editor.fields.items():
            text = field.toPlainText()
            selections = []
            for match in by_field.get(name, []):
                if match.end > len(text) or match.start == match.end:
                    continue  # out of date (the next search fixes it) or empty: nothing to paint
                color = CURRENT_COLOR if match == self._current else MATCH_COLOR
                selections.append(span_selection(field, text, match.start, match.end, color, MATCH_TEXT))
            set_layer(field, MARK_LAYER, selections)

    def _mark_preview(self) -> None:
        query = self.bar.query()
        if not self.is_open() or self._error or not query.text:
            self.preview.set_highlight(None)
            return
        self.preview.set_highlight(partial(_preview_spans, query))

    def _clear_marks(self) -> None:
        for field in self.editor.fields.values():
            set_layer(field, MARK_LAYER, [])
        self.preview.set_highlight(None)

    # ------------------------------------------------------------------ helpers

    def _focused_field(self) -> PlainTextField | None:
        return self.editor.fields.get(self.editor.field_keys.focused())


def _preview_spans(query: FindQuery, text: str) -> list[tuple[int, int]]:
    """The query's spans in one paragraph of the preview, on the side of the fields it searches.

    The preview does not say which field a paragraph came from; a paragraph with Chinese
    characters is taken as Chinese, one without as English (titles, the abstract line).
    """
    if query.scope is not Scope.BOTH and bool(_CJK.search(text)) != (query.scope is Scope.CHINESE):
        return []
    return spans_in(text, query)


def _count_in(matches: list[Match], changes: list[FieldChange]) -> int:
    """How many of the matches lie in the changed fields."""
    changed = {(change.row, change.field) for change in changes}
    return sum(1 for match in matches if (match.row, match.field) in changed)


def _python_index(text: str, utf16: int) -> int:
    """The Python string index of a Qt (UTF-16) position in text."""
    if text.isascii():
        return utf16
    return len(text.encode("utf-16-le")[: 2 * utf16].decode("utf-16-le", errors="ignore"))


def _scroll_into_view(widget: QWidget) -> None:
    """Scroll the scroll areas around the widget so that its text cursor is on screen."""
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None:
            rect = widget.cursorRect() if isinstance(widget, QPlainTextEdit) else widget.rect()
            centre = widget.mapTo(content, rect.center())
            parent.ensureVisible(centre.x(), centre.y(), 20, max(40, rect.height()))
            return
        parent = parent.parentWidget()
