"""Quality problems marked where they are: in the editor's fields, as the user reads and types.

For the paper on screen:
- the text a check points at (the numbers a draft added, the untranslated run, the part of
  a summary past its limit, a formula the translation lacks, in the English) is
  highlighted, and hovering it shows the check's message;
- glossary terms are underlined in the English title, summary and abstract, and hovering
  one shows the Chinese the glossary asks for (and its note);
- a summary over its limit shows its character count in the warning colour;
- a problem of a field as a whole (GitHub shows it otherwise than typed, the same Chinese
  title as another paper's) is said when the field is hovered anywhere.

The marks are extra selections on a field's own layer (set_layer), so that other
decorations of the same field (a search's matches, a suggestion's difference) keep theirs.
The current paper is checked directly (one paper: well under a millisecond), so the marks
follow each keystroke without waiting for the quality watcher's pause.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from digest_gui.core.glossary import glossary_matcher
from digest_gui.core.model import GlossaryEntry
from digest_gui.core.quality.checks import check_paper
from digest_gui.core.quality.registry import (
    SUMMARY_EN_LIMIT,
    CheckContext,
    QualityIssue,
    issue_spans,
)
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.marks import set_layer, utf16_offset
from digest_gui.ui.quality.messages import issue_detail, kind_label
from digest_gui.ui.quality.watcher import QualityWatcher
from digest_gui.ui.widgets.plain_text import plain_tooltip

ENGLISH_FIELDS = ("title_en", "summary_en", "abstract_en")
LAYER = "quality"

# Warning and accent colours that read on a light and on a dark background.
WARNING = {"light": "#b35900", "dark": "#ffb454"}
HIGHLIGHT = {"light": "#ffe2b0", "dark": "#5e4312"}
TERM = {"light": "#1f63c6", "dark": "#82b4ff"}


def scheme_of(widget: QWidget) -> str:
    """ "dark" when the widget's background is dark, else "light"."""
    return "dark" if widget.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "light"


@dataclass(frozen=True, slots=True)
class Mark:
    """One marked span of a field (Qt's UTF-16 positions) and what hovering it says."""

    start: int
    end: int
    tooltip: str
    kind: str  # "issue" or "term"


def _mark(text: str, start: int, end: int, tooltip: str, kind: str) -> Mark:
    """A mark over text[start:end] (Python indices), held at Qt's positions (UTF-16) as the
    field's cursors and hover positions count them."""
    return Mark(utf16_offset(text, start), utf16_offset(text, end), tooltip, kind)


class FieldMarks(QObject):
    """Marks the shown paper's problems and glossary terms in the editor's fields."""

    def __init__(
        self,
        fields: Mapping[str, QPlainTextEdit],
        counts: Mapping[str, QLabel],
        project: Project,
        watcher: QualityWatcher,
        current_row: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self.counts = counts
        self.project = project
        self.watcher = watcher
        self.current_row = current_row  # () -> the row the editor shows (-1: none)
        self.marks: dict[str, list[Mark]] = {name: [] for name in fields}
        self.field_wide: dict[str, list[str]] = {}  # field -> messages about it as a whole
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        for field in fields.values():
            field.textChanged.connect(self.schedule)
            field.viewport().installEventFilter(self)
        # Another language or palette: the tooltips and colours are made again.
        self._watched = next(iter(fields.values()), None)
        if self._watched is not None:
            self._watched.installEventFilter(self)
        watcher.changed.connect(self.schedule)
        project.model.glossary_changed.connect(self.schedule)

    def schedule(self) -> None:
        """Refresh after the events waiting now (one refresh for a burst of changes)."""
        self._timer.start(0)

    # ------------------------------------------------------------------ computing

    def _context(self) -> CheckContext:
        glossary = self.project.digest.glossary
        return CheckContext(glossary_matcher(glossary) if glossary else None, self.watcher.summary_limit)

    def issues(self, row: int) -> list[QualityIssue]:
        """The issues of the paper at row, as it is now (checked at once, not after the pause)."""
        papers = self.project.digest.papers
        if not 0 <= row < len(papers):
            return []
        issues = check_paper(
            papers[row], row, tuple(self.project.digest.glossary), self.watcher.summary_limit
        )
        # The checks that compare papers as of the watcher's last pass, after the typing pause.
        return issues + self.watcher.digest_wide().get(row, [])

    def refresh(self) -> None:
        """Compute and show the marks of the paper on screen."""
        self._timer.stop()
        row = self.current_row()
        papers = self.project.digest.papers
        marks: dict[str, list[Mark]] = {name: [] for name in self.fields}
        field_wide: dict[str, list[str]] = {}
        if 0 <= row < len(papers):
            paper = papers[row]
            context = self._context()
            for issue in self.issues(row):
                tooltip = _issue_tooltip(issue)
                spans = issue_spans(paper, issue, context)
                for where, start, end in spans:
                    if where in marks:
                        marks[where].append(_mark(getattr(paper, where), start, end, tooltip, "issue"))
                if not spans and issue.field in marks and issue.kind != "empty":
                    # About the field as a whole (GitHub alters it): said wherever it is hovered.
                    field_wide.setdefault(issue.field, []).append(tooltip)
            if context.matcher is not None:
                for name in ENGLISH_FIELDS:
                    if name in marks:
                        text = getattr(paper, name)
                        for start, end, entry in context.matcher.spans(text):
                            marks[name].append(_mark(text, start, end, _term_tooltip(entry), "term"))
        self.marks = marks
        self.field_wide = field_wide
        for name, field in self.fields.items():
            set_layer(field, LAYER, self._selections(field, marks[name]))
        self._refresh_counts()

    def _selections(self, field: QPlainTextEdit, marks: list[Mark]) -> list[QTextEdit.ExtraSelection]:
        scheme = scheme_of(field)
        length = field.document().characterCount() - 1
        selections = []
        for mark in marks:
            if mark.end > length:
                continue  # the text changed since: the next refresh marks it again
            cursor = QTextCursor(field.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = _format(mark.kind, scheme)
            selections.append(selection)
        return selections

    def _refresh_counts(self) -> None:
        limits = {"summary_zh": self.watcher.summary_limit, "summary_en": SUMMARY_EN_LIMIT}
        for name, label in self.counts.items():
            limit = limits.get(name, 0)
            field = self.fields.get(name)
            length = len(field.toPlainText().strip()) if field is not None else 0
            if limit > 0 and length > limit:
                color = WARNING[scheme_of(label)]
                label.setStyleSheet(f"color: {color}; font-weight: 600;")
                label.setToolTip(
                    self.tr("%1 characters; the limit is %2 (Preferences)")
                    .replace("%1", str(length))
                    .replace("%2", str(limit))
                )
                label.setProperty("overLimit", True)
            else:
                label.setStyleSheet("")
                label.setToolTip(self.tr("The limit is %1").replace("%1", str(limit)) if limit > 0 else "")
                label.setProperty("overLimit", False)

    # ------------------------------------------------------------------ hovering

    def mark_at(self, name: str, position: int) -> list[Mark]:
        """The marks of a field covering a text position."""
        return [mark for mark in self.marks.get(name, []) if mark.start <= position < mark.end]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.PaletteChange,
        ):
            self.schedule()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for name, field in self.fields.items():
                if watched is field.viewport():
                    return self._show_tooltip(name, field, event.pos(), event.globalPos())
        return super().eventFilter(watched, event)

    def _show_tooltip(self, name: str, field: QPlainTextEdit, pos: QPoint, global_pos: QPoint) -> bool:
        position = _position_under(field, pos)
        found = [mark.tooltip for mark in self.mark_at(name, position)] if position >= 0 else []
        found += self.field_wide.get(name, [])
        if not found:
            QToolTip.hideText()
            return False
        text = "\n".join(dict.fromkeys(found))
        QToolTip.showText(global_pos, plain_tooltip(text), field.viewport())
        return True


def _position_under(field: QPlainTextEdit, pos: QPoint) -> int:
    """The text position of the character under pos in the field's viewport, or -1."""
    cursor = field.cursorForPosition(pos)
    rect = field.cursorRect(cursor)
    if abs(rect.center().y() - pos.y()) > rect.height():
        return -1  # below the last line
    # cursorForPosition gives the nearest gap between characters: the character is left of it
    # when the mouse is left of the gap.
    position = cursor.position()
    if pos.x() < rect.x() and position > 0:
        position -= 1
    return position


def _format(kind: str, scheme: str) -> QTextCharFormat:
    text_format = QTextCharFormat()
    if kind == "term":
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        text_format.setUnderlineColor(QColor(TERM[scheme]))
    else:
        text_format.setBackground(QColor(HIGHLIGHT[scheme]))
        text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        text_format.setUnderlineColor(QColor(WARNING[scheme]))
    return text_format


def _issue_tooltip(issue: QualityIssue) -> str:
    detail = issue_detail(issue)
    label = kind_label(issue.kind)
    label = label[:1].upper() + label[1:]
    if not detail:
        return label
    # "Numbers added: has 92%, which the English lacks" (the panel's "%1: %2", "%1：%2" in Chinese).
    return QCoreApplication.translate("QualityPanel", "%1: %2").replace("%1", label).replace("%2", detail)


def _term_tooltip(entry: GlossaryEntry) -> str:
    head = QCoreApplication.translate("FieldMarks", "Glossary: “%1” → %2")
    head = head.replace("%1", " ".join(entry.term.split())).replace("%2", entry.zh.strip())
    note = " ".join(entry.note.split())
    return f"{head}\n{note}" if note else head
