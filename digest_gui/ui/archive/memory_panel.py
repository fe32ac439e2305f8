"""The Translation Memory panel (View → Translation Memory, F7): what was written before.

For the selected paper: the Chinese of the same paper in an earlier digest, with its source
and day and, when arXiv's English changed since, the difference; else earlier titles close
to this one; and earlier abstract sentences close to this one's, with their match
percentage, as OmegaT shows fuzzy matches. Nothing is written unless the user accepts it:
each Accept is one undo step through Project, and Accept All (Ctrl+Shift+M) fills only the
empty Chinese fields. Every text is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.archive.memory import (
    FuzzyMatch,
    GlossaryCandidate,
    Recall,
    recall,
    terms_in,
)
from digest_gui.core.model import GlossaryEntry, Paper
from digest_gui.core.text_diff import word_difference
from digest_gui.ui.archive.controller import ArchiveController
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.icons import field_label

LOOKUP_PAUSE_MS = 150
REMOVED, ADDED = "#c62828", "#2e7d32"


def _plain_label(text: str, parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and abstracts as written, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class MemoryPanel(QDockWidget):
    """A dock showing the memory's matches for the current paper, each with its Accept."""

    def __init__(self, project: Project, archive: ArchiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoryPanel")
        self.project = project
        self.archive = archive
        self.row = -1
        self.found: Recall | None = None
        # Terms written the same way in several archived papers, found in this paper's English.
        self.terms: list[GlossaryCandidate] = []
        self._asked = 0
        self._accept_when_found = False  # Ctrl+Shift+M pressed before the answer came
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_PAUSE_MS)
        self._timer.timeout.connect(self.look_up)
        self.setMinimumWidth(380)  # room for the Chinese beside its Accept button
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.scroller)
        self.content = QWidget()
        self.scroller.setWidget(self.content)
        self.layout_ = QVBoxLayout(self.content)
        self.accept_buttons: dict[str, QPushButton] = {}
        self.visibilityChanged.connect(lambda visible: visible and self._timer.start())
        # A new digest: look again for the row the list shows (it may have selected it
        # before this slot runs; a row past the new digest's end is none).
        project.model.digest_replaced.connect(
            lambda: self.set_row(self.row if 0 <= self.row < project.model.rowCount() else -1)
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Translation Memory"))
        self._render()

    # ------------------------------------------------------------------ looking up

    def set_row(self, row: int) -> None:
        """Show the memory of the paper at row (-1: none), after a short pause."""
        self.row = row
        self.found = None
        self._accept_when_found = False
        self._render()
        self._timer.start()

    def look_up(self) -> None:
        """Ask the archive now (only while the panel is shown)."""
        self._timer.stop()
        self._asked += 1
        if not self.isVisible() or not 0 <= self.row < len(self.project.digest.papers):
            return
        asked, row = self._asked, self.row
        paper = self.project.model.paper(row).copy()
        exclude = self.archive.own_sources()
        known = frozenset(entry.term for entry in self.project.digest.glossary)
        english = f"{paper.title_en}\n{paper.abstract_en}"
        self.archive.ask(
            lambda archive, _cancel, _report: (
                recall(archive, paper, exclude),
                terms_in(archive, english, known),
            ),
            lambda answer: self._on_found(asked, row, *answer),
            "archive-memory",
        )

    def _on_found(self, asked: int, row: int, found: Recall, terms: list[GlossaryCandidate]) -> None:
        if asked != self._asked or row != self.row:
            return
        self.found = found
        self.terms = terms
        self._render()
        if self._accept_when_found:
            self._accept_when_found = False
            self.accept_all()

    # ------------------------------------------------------------------ accepting

    def accept(self, field: str, text: str) -> None:
        """Put text into the current paper's field: one undo step."""
        if not 0 <= self.row < len(self.project.digest.papers) or self.project.read_only:
            return
        paper = self.project.model.paper(self.row).copy()
        if getattr(paper, field) == text:
            return
        setattr(paper, field, text)
        self.project.replace_paper(self.row, paper, self.tr("Accept from Translation Memory"))
        self._render()

    def accept_all(self) -> None:
        """Fill the current paper's empty Chinese fields from its earlier translation: one undo step.

        With the panel hidden (or its answer not in yet), the panel is shown and the fields
        are filled once the archive has answered.
        """
        if self.found is None:
            self._accept_when_found = True
            if not self.isVisible():
                self.show()  # and the look-up starts
            return
        if self.found.exact is None or self.project.read_only:
            return
        if not 0 <= self.row < len(self.project.digest.papers):
            return
        paper: Paper = self.project.model.paper(self.row).copy()
        filled = False
        for field, text in self.found.exact.chinese().items():
            if not getattr(paper, field).strip():
                setattr(paper, field, text)
                filled = True
        if filled:
            self.project.replace_paper(self.row, paper, self.tr("Accept from Translation Memory"))
            self._render()

    # ------------------------------------------------------------------ showing

    def _clear(self) -> None:
        self.accept_buttons = {}
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Out at once: deleteLater alone would leave it painted under the new one.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _render(self) -> None:
        self._clear()
        add = self.layout_.addWidget
        if not self.archive.available():
            add(
                _plain_label(
                    self.tr("The archive cannot be used; see the notice above the editor."), self.content
                )
            )
        elif not 0 <= self.row < len(self.project.digest.papers):
            add(_plain_label(self.tr("Select a paper to see what was written for it before."), self.content))
        elif self.found is None:
            add(_plain_label(self.tr("Looking in the archive…"), self.content))
        elif self.found.empty() and not self.terms:
            add(_plain_label(self.tr("Nothing in the archive is like this paper."), self.content))
        else:
            current = self.project.model.paper(self.row)
            if self.found.exact is not None:
                self._render_exact(current)
            if self.found.titles:
                add(_plain_label(self.tr("Close titles"), self.content, bold=True))
                for match in self.found.titles:
                    self._render_fuzzy(match, "title_zh", current)
            if self.found.sentences:
                add(_plain_label(self.tr("Close sentences of the abstract"), self.content, bold=True))
                for match in self.found.sentences:
                    self._render_fuzzy(match, "", current)
            if self.terms:
                self._render_terms()
        self.layout_.addStretch(1)

    def _render_terms(self) -> None:
        self.layout_.addWidget(_plain_label(self.tr("Glossary candidates"), self.content, bold=True))
        known = {entry.term.lower() for entry in self.project.digest.glossary}
        for candidate in self.terms:
            row = QWidget(self.content)
            line = QHBoxLayout(row)
            line.setContentsMargins(12, 0, 0, 6)
            text = self.tr("%1 → %2 (in %3 papers)")
            for number, value in enumerate((candidate.term, candidate.zh, str(candidate.papers)), 1):
                text = text.replace(f"%{number}", value)
            line.addWidget(_plain_label(text, row), 1)
            button = QPushButton(self.tr("Add to Glossary"), row)
            button.setObjectName(f"glossary_{candidate.term}")
            button.setEnabled(candidate.term.lower() not in known and not self.project.read_only)
            button.clicked.connect(lambda _checked=False, c=candidate: self.add_term(c))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.layout_.addWidget(row)

    def add_term(self, candidate: GlossaryCandidate) -> None:
        """Add a glossary candidate to the project's glossary: one undo step."""
        entries = list(self.project.digest.glossary)
        if any(entry.term.lower() == candidate.term.lower() for entry in entries):
            return
        self.project.set_glossary([*entries, GlossaryEntry(candidate.term, candidate.zh)])
        self._render()

    def _render_exact(self, current: Paper) -> None:
        exact = self.found.exact if self.found is not None else None
        if exact is None:
            return
        add = self.layout_.addWidget
        heading = (
            self.tr("Translated before in “%1” (%2)")
            .replace("%1", exact.source_title if exact.source_title != exact.day else Path(exact.path).name)
            .replace("%2", exact.day)
        )
        add(_plain_label(heading, self.content, bold=True))
        add(_plain_label(self.tr("Ctrl+Shift+M puts these into the empty Chinese fields."), self.content))
        changed = self.found.changed if self.found is not None else ()
        for name in changed:
            old = exact.title_en if name == "title_en" else exact.abstract_en
            new = current.title_en if name == "title_en" else current.abstract_en
            what = self.tr("title") if name == "title_en" else self.tr("abstract")
            add(
                _plain_label(
                    self.tr("arXiv's English %1 has changed since:").replace("%1", what), self.content
                )
            )
            add(self._difference_view(old, new))
        for field, text in exact.chinese().items():
            self._render_offer(field_label(field), text, field, current, key=field)

    def _render_fuzzy(self, match: FuzzyMatch, field: str, current: Paper) -> None:
        self.layout_.addWidget(
            _plain_label(f"{match.percent}%  {match.earlier_english}  ({match.day})", self.content)
        )
        self._render_offer("", match.earlier_chinese, field, current)

    def _render_offer(self, label: str, text: str, field: str, current: Paper, key: str = "") -> None:
        row = QWidget(self.content)
        line = QHBoxLayout(row)
        line.setContentsMargins(12, 0, 0, 6)
        shown = f"{label}: {text}" if label else text
        line.addWidget(_plain_label(shown, row), 1)
        if field:
            button = QPushButton(self.tr("Accept"), row)
            button.setToolTip(
                self.tr("Put this text into the paper's %1 (one undo step)").replace("%1", field_label(field))
            )
            same = getattr(current, field) == text
            button.setEnabled(not same and not self.project.read_only)
            button.clicked.connect(lambda _checked=False, f=field, t=text: self.accept(f, t))
            if key:
                button.setObjectName(f"accept_{key}")
                self.accept_buttons[key] = button
        else:
            button = QPushButton(self.tr("Copy"), row)
            button.clicked.connect(lambda _checked=False, t=text: QGuiApplication.clipboard().setText(t))
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(row)

    def _difference_view(self, old: str, new: str) -> QTextEdit:
        view = QTextEdit(self.content)
        view.setReadOnly(True)
        view.setAcceptRichText(False)
        view.setMaximumHeight(120)
        cursor = view.textCursor()
        for segment in word_difference(old, new):
            fmt = QTextCharFormat()
            if segment.kind == "delete":
                fmt.setForeground(QColor(REMOVED))
                fmt.setFontStrikeOut(True)
            elif segment.kind == "insert":
                fmt.setForeground(QColor(ADDED))
                fmt.setFontUnderline(True)
            cursor.insertText(segment.text + " ", fmt)  # text with formats: nothing is parsed as markup
        view.moveCursor(QTextCursor.MoveOperation.Start)
        return view
