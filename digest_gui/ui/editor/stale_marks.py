"""Marks of English that changed under a reviewed translation: what was reviewed beside what is there now.

When the English title or abstract of a reviewed paper changed (core/stale_english.py),
a panel above the fields shows, for each such field, the sentences that changed, the
English as reviewed beside the English now, word differences highlighted, with Confirm;
in the English field itself the new words are highlighted. Confirming (or marking the
paper reviewed) clears the mark, as one undo step.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.model import Paper, Status
from digest_gui.core.stale_english import SOURCE_FIELDS, stale_marks
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.marks import span_selection
from digest_gui.ui.editor.suggestions import ACCEPT_COLOR, ACCEPT_ICON
from digest_gui.ui.editor.text_field import PlainTextField
from digest_gui.ui.papers.icons import NEEDS_REVIEW_COLOR, STATUS_ICONS
from digest_gui.ui.widgets.icon_cache import font_icon
from digest_gui.ui.widgets.notice_bar import STYLES

if TYPE_CHECKING:
    from digest_gui.ui.editor.diff_view import DiffText

HIGHLIGHT_LAYER = "stale"


class StaleSection(QFrame):
    """One changed English field: a heading with Confirm, then its changed sentences, before | now."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"stale_{name}")
        background, border = STYLES["offer"]
        self.setStyleSheet(
            f"#stale_{name} {{ background: {background}; border: 1px solid {border}; border-radius: 3px; }}"
            f"#stale_{name} QLabel {{ color: #202020; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(
            font_icon(STATUS_ICONS[Status.NEEDS_REVIEW], QColor(NEEDS_REVIEW_COLOR)).pixmap(16, 16)
        )
        top.addWidget(icon)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        top.addWidget(self.title, 1)
        self.confirm_button = QToolButton(self)
        self.confirm_button.setIcon(font_icon(ACCEPT_ICON, QColor(ACCEPT_COLOR)))
        self.confirm_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.confirm_button.setStyleSheet("QToolButton { color: #202020; padding: 1px 6px; }")
        self.title.setMinimumWidth(60)
        top.addWidget(self.confirm_button)
        layout.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.headings = (QLabel(self), QLabel(self))
        for column, label in enumerate(self.headings):
            label.setObjectName("hint")
            self.grid.addWidget(label, 0, column)
        layout.addLayout(self.grid)
        self.views: list[tuple[DiffText, DiffText]] = []
        self.shown: tuple[str, str] | None = None

    def show_change(self, old: str, new: str, nothing: str, removed: str) -> None:
        """The changed sentences of old → new, each pair side by side."""
        if self.shown == (old, new):
            return
        self.shown = (old, new)
        from digest_gui.core.text_diff import changed_sentences  # difflib: when a mark first shows
        from digest_gui.ui.editor.diff_view import DiffText

        hunks = changed_sentences(old, new)
        while len(self.views) > len(hunks):
            for view in self.views.pop():
                view.deleteLater()
        while len(self.views) < len(hunks):
            row = len(self.views) + 1
            pair = (DiffText(self), DiffText(self))
            self.grid.addWidget(pair[0], row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(pair[1], row, 1, Qt.AlignmentFlag.AlignTop)
            self.views.append(pair)
        for (before, after), hunk in zip(self.views, hunks, strict=True):
            before.set_segments(hunk.old, nothing)
            after.set_segments(hunk.new, removed)


class StaleMarks(QObject):
    """The panel of changed English above the fields, and the highlights in the English fields."""

    def __init__(self, project: Project, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.row = -1
        self.fields: dict[str, PlainTextField] = {}
        self.panel = QWidget(parent)
        self.panel.setObjectName("staleMarks")
        self._layout = QVBoxLayout(self.panel)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        # A section for each English field, made when a paper first has a mark: most
        # digests never have one, and a start need not build them before its first frame.
        self.sections: dict[str, StaleSection] = {}
        self.panel.hide()

    def _make_sections(self) -> None:
        for name in SOURCE_FIELDS:
            section = StaleSection(name, self.panel)
            section.confirm_button.clicked.connect(lambda _checked=False, n=name: self.confirm(n))
            self._layout.addWidget(section)
            section.hide()
            self.sections[name] = section
        self._retranslate_sections()

    def attach_fields(self, fields: dict[str, PlainTextField]) -> None:
        """The English fields whose new words are highlighted."""
        self.fields = fields
        self.refresh(self.row)

    def retranslate(self) -> None:
        self._retranslate_sections()
        self.refresh(self.row)

    def _retranslate_sections(self) -> None:
        titles = {
            "title_en": self.tr("The English title changed since the paper was reviewed"),
            "abstract_en": self.tr("The English abstract changed since the paper was reviewed"),
        }
        for name, section in self.sections.items():
            section.title.setText(titles[name])
            section.headings[0].setText(self.tr("As reviewed"))
            section.headings[1].setText(self.tr("Now"))
            section.confirm_button.setText(self.tr("Confirm Chinese"))
            section.confirm_button.setToolTip(
                self.tr(
                    "The Chinese fits the new English: clear this mark (Ctrl+Return marks the whole paper)"
                )
            )
            section.shown = None

    def paper(self) -> Paper | None:
        return self.project.model.paper_at(self.row)

    def refresh(self, row: int) -> None:
        """Show the marks of the paper at row."""
        self.row = row
        paper = self.paper()
        marks = stale_marks(paper) if paper is not None else {}
        if marks and not self.sections:
            self._make_sections()
        for name, section in self.sections.items():
            section.setVisible(name in marks)
            if name in marks and paper is not None:
                section.show_change(
                    marks[name], getattr(paper, name), self.tr("(nothing)"), self.tr("(removed)")
                )
        self.panel.setVisible(bool(marks))
        for name, field in self.fields.items():
            if name in SOURCE_FIELDS:
                field.set_highlights(HIGHLIGHT_LAYER, self._new_words(field, marks.get(name)))

    def confirm(self, name: str) -> None:
        """The Chinese of this field is fine with the new English: one undo step."""
        paper = self.paper()
        if paper is not None and name in stale_marks(paper):
            from digest_gui.core.operations import confirm_english

            self.project.replace_paper(self.row, confirm_english(paper, name), self.tr("Confirm Translation"))

    @staticmethod
    def _new_words(field: PlainTextField, old: str | None) -> list[QTextEdit.ExtraSelection]:
        if old is None:
            return []
        from digest_gui.ui.editor.diff_view import INSERTED_BACKGROUND

        text = field.toPlainText()
        background, foreground = QColor(INSERTED_BACKGROUND), QColor("#1f2328")
        return [span_selection(field, text, a, b, background, foreground) for a, b in _inserted(old, text)]


@lru_cache(maxsize=16)
def _inserted(old: str, new: str) -> tuple[tuple[int, int], ...]:
    """Where the words new has and old had not are, as Python indices into new. Kept for the
    last few texts: the marks are drawn again at every keystroke in any field of the paper."""
    from digest_gui.core.text_diff import diff_segments  # difflib: when a mark first shows

    spans, position = [], 0
    for segment in diff_segments(old, new):
        if segment.kind == "delete":
            continue
        if segment.kind == "insert":
            spans.append((position, position + len(segment.text)))
        position += len(segment.text)
    return tuple(spans)
