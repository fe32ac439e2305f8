"""The side-by-side editor: a paper's English source on the left, its Chinese on the right."""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.model import Paper, Status
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.fetch_failure import FetchFailureNotice
from digest_gui.ui.editor.field_keys import FieldKeys
from digest_gui.ui.editor.notices import EditorNotices
from digest_gui.ui.editor.paper_header import PaperHeader
from digest_gui.ui.editor.placeholder import EditorPlaceholder
from digest_gui.ui.editor.text_field import PlainTextField
from digest_gui.ui.widgets.elided_label import ElidedLabel
from digest_gui.ui.widgets.vertical_scroll_area import VerticalScrollArea

# Tab goes English -> Chinese, field by field.
TAB_ORDER = ("title_en", "title_zh", "summary_en", "summary_zh", "abstract_en", "abstract_zh")
COUNTED = ("summary_en", "summary_zh", "abstract_zh")
FIELD_HEADER_SPACING = 12  # between a field's name and its character count


class PaperEditor(QWidget):
    """Edits the selected paper; each change is an undoable project edit."""

    status_requested = Signal(str)
    draft_requested = Signal(int)  # row: the user asked to draft this paper again

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._row = -1
        self.fields: dict[str, PlainTextField] = {}
        # Each field's column: the field, then what is shown under it (a suggestion).
        self.field_columns: dict[str, QVBoxLayout] = {}
        self.counts: dict[str, QLabel] = {}
        self.status_buttons: dict[Status, QToolButton] = {}

        self._stack = QStackedWidget(self)
        self.placeholder = EditorPlaceholder(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        model = project.model
        model.field_changed.connect(self._on_model_field_changed)
        model.modelReset.connect(self._on_model_structure_changed)
        model.rowsRemoved.connect(self._on_model_structure_changed)
        # An insertion (an undone delete) puts another paper at our row: never show stale text.
        model.rowsInserted.connect(self._on_model_structure_changed)
        model.layoutChanged.connect(self._on_model_structure_changed)
        self.retranslate()
        self.set_row(-1)

    # ------------------------------------------------------------------ building

    def _build_form(self) -> QWidget:
        form = QWidget(self)
        outer = QVBoxLayout(form)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(6)

        # Who and what: id, status, authors, categories, link.
        header = QHBoxLayout()
        self._id_label = QLabel(form)
        self._id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._id_label.setOpenExternalLinks(True)
        bold = QFont(self._id_label.font())
        bold.setBold(True)
        self._id_label.setFont(bold)
        header.addWidget(self._id_label)
        header.addStretch(1)
        group = QButtonGroup(form)
        group.setExclusive(True)
        for status in Status:
            button = QToolButton(form)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, s=status: self._on_status_clicked(s))
            group.addButton(button)
            header.addWidget(button)
            self.status_buttons[status] = button
        outer.addLayout(header)

        # What a fetch or a draft found that differs from the user's text, and failed drafts.
        self.notices = EditorNotices(self.project, form)
        self.notices.draft_requested.connect(self.draft_requested)
        for bar in self.notices.bars():
            outer.addWidget(bar)
        self.offer_bar = self.notices.offer_bar
        self.offer_buttons = self.offer_bar.buttons
        self.error_bar = self.notices.error_bar
        # Why the last fetch failed, with Retry (the window connects it to the fetcher).
        self.fetch_notice = FetchFailureNotice(self.project, form)
        outer.addWidget(self.fetch_notice.bar)

        # Authors with affiliations and arXiv's facts, in two elided lines (paper_header.py).
        self._meta = PaperHeader(form)
        outer.addWidget(self._meta)

        line = QFrame(form)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self._headings = (QLabel(form), QLabel(form))
        for column, label in enumerate(self._headings):
            label.setFont(bold)
            grid.addWidget(label, 0, column)
        for name in TAB_ORDER:
            self.fields[name] = PlainTextField(name, compact=not name.startswith("abstract"), parent=form)
            self.fields[name].edited.connect(lambda text, n=name: self._on_field_edited(n, text))
        self._labels = {name: ElidedLabel(parent=form) for name in TAB_ORDER}
        for label in self._labels.values():
            label.setObjectName("fieldLabel")
        # Row by row, each Chinese field level with its English source.
        self._place(grid, 1, "title_en", 0)
        self._place(grid, 1, "title_zh", 1)
        self._summary_hint = QLabel(form)
        self._summary_hint.setWordWrap(True)
        self._summary_hint.setObjectName("hint")
        self._summary_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The English one-line summary sits level with the Chinese one it matches.
        self._place(grid, 3, "summary_en", 0)
        self._place(grid, 3, "summary_zh", 1)
        grid.addWidget(self._summary_hint, 5, 1)
        self._place(grid, 6, "abstract_en", 0)
        self._place(grid, 6, "abstract_zh", 1)
        grid.setRowStretch(7, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid, 1)
        self.suggestions = self.notices.attach_fields(self.fields, self.field_columns, form)
        for before, after in itertools.pairwise(TAB_ORDER):
            QWidget.setTabOrder(self.fields[before], self.fields[after])
        # Return and Tab from the Chinese side stay on it (field_keys.py).
        self.field_keys = FieldKeys(self.fields, self)

        # Scrolls up and down on a short window; the splitter keeps it wide enough.
        scroll = VerticalScrollArea(self)
        scroll.setWidget(form)
        return scroll

    def _place(self, grid: QGridLayout, row: int, name: str, column: int) -> None:
        top = QHBoxLayout()
        # The name gives way (elided, whole in its tooltip) before it runs into the count.
        top.setSpacing(FIELD_HEADER_SPACING)
        top.addWidget(self._labels[name], 1)
        if name in COUNTED:
            count = QLabel(self)
            count.setObjectName("charCount")
            count.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.counts[name] = count
            top.addWidget(count)
        grid.addLayout(top, row, column)
        field = self.fields[name]
        # One-line fields grow with their text; aligned to the top, the two sides of a row
        # start level however long either is.
        column_box = QVBoxLayout()
        column_box.setSpacing(4)
        column_box.addWidget(field, 0 if field.compact else 1)
        if field.compact:
            column_box.addStretch(1)
        self.field_columns[name] = column_box
        grid.addLayout(column_box, row + 1, column)

    def retranslate(self) -> None:
        """Set every text of the editor in the current interface language."""
        self.placeholder.retranslate()
        english, chinese = self._headings
        english.setText(self.tr("English"))
        chinese.setText(self.tr("中文"))
        labels = {
            "title_en": self.tr("Title"),
            "title_zh": self.tr("Title (Chinese)"),
            "summary_en": self.tr("One-line summary"),
            "summary_zh": self.tr("One-line summary"),
            "abstract_en": self.tr("Abstract"),
            "abstract_zh": self.tr("Abstract translation"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self._summary_hint.setText(self.tr("The summary is one sentence in Chinese; it goes into the table."))
        placeholders = {
            "title_en": self.tr("English title"),
            "title_zh": self.tr("中文标题"),
            "summary_en": self.tr("English one-line summary"),
            "summary_zh": self.tr("一句话总结"),
            "abstract_en": self.tr("English abstract"),
            "abstract_zh": self.tr("摘要翻译"),
        }
        for name, text in placeholders.items():
            self.fields[name].setPlaceholderText(text)
        names = {
            Status.NEW: self.tr("New"),
            Status.FETCHED: self.tr("Fetched"),
            Status.DRAFTED: self.tr("Drafted"),
            Status.NEEDS_REVIEW: self.tr("Needs review"),
            Status.REVIEWED: self.tr("Reviewed"),
        }
        for status, button in self.status_buttons.items():
            button.setText(names[status])
        self.status_buttons[Status.REVIEWED].setToolTip(self.tr("Mark reviewed (Ctrl+Return)"))
        self.notices.retranslate()
        self.fetch_notice.retranslate()
        self._refresh_header()
        for name in COUNTED:
            self._refresh_count(name)

    # ------------------------------------------------------------------ selection

    def current_row(self) -> int:
        return self._row

    def paper(self) -> Paper | None:
        if 0 <= self._row < self.project.model.rowCount():
            return self.project.model.paper(self._row)
        return None

    def set_row(self, row: int) -> None:
        """Show the paper at row (-1 shows the placeholder)."""
        self._row = row if 0 <= row < self.project.model.rowCount() else -1
        paper = self.paper()
        self._stack.setCurrentIndex(0 if paper is None else 1)
        if paper is None:
            return
        for name, field in self.fields.items():
            field.set_text(getattr(paper, name))
        self._refresh_header()
        for name in COUNTED:
            self._refresh_count(name)

    def focus_field(self, name: str) -> None:
        field = self.fields.get(name)
        if field is not None and self.paper() is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ edits

    def _on_field_edited(self, name: str, text: str) -> None:
        if self.paper() is None:
            return
        self.project.set_field(self._row, name, text)
        if name in COUNTED:
            self._refresh_count(name)

    def _on_status_clicked(self, status: Status) -> None:
        if self.paper() is not None:
            self.project.set_status([self._row], status)

    def _on_model_field_changed(self, row: int, name: str) -> None:
        if row != self._row:
            return
        paper = self.paper()
        if paper is None:
            return
        if name in self.fields:
            self.fields[name].set_text(getattr(paper, name))
        elif not name:
            for field_name, field in self.fields.items():
                field.set_text(getattr(paper, field_name))
        if name in COUNTED or not name:
            for counted in COUNTED:
                self._refresh_count(counted)
        self._refresh_header()

    def _on_model_structure_changed(self, *_args) -> None:
        # The window re-selects after structural changes; until then show what is at our row.
        self.set_row(self._row)

    # ------------------------------------------------------------------ offers and drafts

    def offer_details(self) -> str:
        """arXiv's differences from the shown paper, field by field."""
        return self.notices.offer_details()

    # ------------------------------------------------------------------ display

    def _refresh_count(self, name: str) -> None:
        label = self.counts.get(name)
        if label is not None:
            count = len(self.fields[name].toPlainText())
            label.setText(self.tr("%n character(s)", "", count))

    def _refresh_header(self) -> None:
        paper = self.paper()
        if paper is None:
            return
        ident = html.escape(paper.versioned_id or self.tr("(no arXiv id)"))
        if paper.url.startswith(("http://", "https://")):
            url = html.escape(paper.url, quote=True)
            self._id_label.setText(f'<a href="{url}">{ident}</a>')
        else:
            self._id_label.setText(ident)
        # Needs review (Ctrl+U, or changed English) shows while it holds, in place of New and
        # Fetched, which are no steps back for a paper that was reviewed.
        needs_review = paper.status == Status.NEEDS_REVIEW
        hidden = (Status.NEW, Status.FETCHED) if needs_review else (Status.NEEDS_REVIEW,)
        for status, button in self.status_buttons.items():
            button.setChecked(status == paper.status)
            button.setVisible(status not in hidden)
        self.notices.refresh(self._row)
        self.fetch_notice.refresh(self._row)
        self._meta.show_paper(paper)
