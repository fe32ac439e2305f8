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
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.merge import accept_offers, ignore_offers, pending_offers
from digest_gui.core.model import STATUSES, Paper
from digest_gui.ui import dialogs
from digest_gui.ui.project import Project
from digest_gui.ui.text_field import PlainTextField

# Tab goes English -> Chinese, field by field.
TAB_ORDER = ("title_en", "title_zh", "summary_zh", "abstract_en", "abstract_zh")
COUNTED = ("summary_zh", "abstract_zh")


class PaperEditor(QWidget):
    """Edits the selected paper; each change is an undoable project edit."""

    status_requested = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._row = -1
        self.fields: dict[str, PlainTextField] = {}
        self.counts: dict[str, QLabel] = {}
        self.status_buttons: dict[str, QToolButton] = {}

        self._stack = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setObjectName("editorPlaceholder")
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        model = project.model
        model.field_changed.connect(self._on_model_field_changed)
        model.modelReset.connect(self._on_model_structure_changed)
        model.rowsRemoved.connect(self._on_model_structure_changed)
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
        for status in STATUSES:
            button = QToolButton(form)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, s=status: self._on_status_clicked(s))
            group.addButton(button)
            header.addWidget(button)
            self.status_buttons[status] = button
        outer.addLayout(header)

        # What a fetch found that differs from the user's text, waiting for a decision.
        self.offer_bar = QFrame(form)
        self.offer_bar.setObjectName("offerBar")
        self.offer_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer_bar.setStyleSheet("#offerBar { background: #fff4d6; border: 1px solid #e0b84d; }")
        bar = QHBoxLayout(self.offer_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self._offer_label = QLabel(self.offer_bar)
        self._offer_label.setWordWrap(True)
        bar.addWidget(self._offer_label, 1)
        self.offer_buttons: dict[str, QToolButton] = {}
        for name, slot in (
            ("show", self._on_offer_show_clicked),
            ("accept", self._on_offer_accept_clicked),
            ("ignore", self._on_offer_ignore_clicked),
        ):
            button = QToolButton(self.offer_bar)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.offer_buttons[name] = button
        self.offer_bar.hide()
        outer.addWidget(self.offer_bar)

        self._meta = QLabel(form)
        self._meta.setWordWrap(True)
        self._meta.setTextFormat(Qt.TextFormat.RichText)
        self._meta.setOpenExternalLinks(True)
        self._meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self._labels = {name: QLabel(form) for name in TAB_ORDER}
        for label in self._labels.values():
            label.setObjectName("fieldLabel")
        # Row by row, each Chinese field level with its English source.
        self._place(grid, 1, "title_en", 0)
        self._place(grid, 1, "title_zh", 1)
        self._summary_hint = QLabel(form)
        self._summary_hint.setWordWrap(True)
        self._summary_hint.setObjectName("hint")
        self._summary_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self._summary_hint, 4, 0)
        self._place(grid, 3, "summary_zh", 1)
        self._place(grid, 5, "abstract_en", 0)
        self._place(grid, 5, "abstract_zh", 1)
        grid.setRowStretch(6, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid, 1)
        for before, after in itertools.pairwise(TAB_ORDER):
            QWidget.setTabOrder(self.fields[before], self.fields[after])

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        return scroll

    def _place(self, grid: QGridLayout, row: int, name: str, column: int) -> None:
        top = QHBoxLayout()
        top.addWidget(self._labels[name])
        top.addStretch(1)
        if name in COUNTED:
            count = QLabel(self)
            count.setObjectName("charCount")
            self.counts[name] = count
            top.addWidget(count)
        grid.addLayout(top, row, column)
        grid.addWidget(self.fields[name], row + 1, column)

    def retranslate(self) -> None:
        """Set every text of the editor in the current interface language."""
        self._empty.setText(
            self.tr("No paper selected.\n\nDrop arXiv links here or paste them with Ctrl+Shift+V.")
        )
        english, chinese = self._headings
        english.setText(self.tr("English"))
        chinese.setText(self.tr("中文"))
        labels = {
            "title_en": self.tr("Title"),
            "title_zh": self.tr("Title (Chinese)"),
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
            "summary_zh": self.tr("一句话总结"),
            "abstract_en": self.tr("English abstract"),
            "abstract_zh": self.tr("摘要翻译"),
        }
        for name, text in placeholders.items():
            self.fields[name].setPlaceholderText(text)
        names = {
            "new": self.tr("New"),
            "fetched": self.tr("Fetched"),
            "drafted": self.tr("Drafted"),
            "reviewed": self.tr("Reviewed"),
        }
        for status, button in self.status_buttons.items():
            button.setText(names[status])
        self.status_buttons["reviewed"].setToolTip(self.tr("Mark reviewed (Ctrl+Return)"))
        self.offer_buttons["show"].setText(self.tr("Show"))
        self.offer_buttons["accept"].setText(self.tr("Accept"))
        self.offer_buttons["ignore"].setText(self.tr("Ignore"))
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

    def _on_status_clicked(self, status: str) -> None:
        if self.paper() is not None:
            self.project.set_status([self._row], status)

    def toggle_reviewed(self) -> None:
        """Mark the paper reviewed, or take the mark back."""
        paper = self.paper()
        if paper is None:
            return
        if paper.status == "reviewed":
            status = (
                "drafted"
                if any(getattr(paper, n) for n in ("title_zh", "summary_zh", "abstract_zh"))
                else ("fetched" if paper.title_en or paper.abstract_en else "new")
            )
        else:
            status = "reviewed"
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

    # ------------------------------------------------------------------ arXiv's offers

    def _field_name(self, name: str) -> str:
        names = {
            "title_en": self.tr("English title"),
            "abstract_en": self.tr("English abstract"),
            "version": self.tr("version"),
            "authors": self.tr("authors"),
            "comment": self.tr("comment"),
            "categories": self.tr("categories"),
        }
        return names.get(name, name.replace("_", " "))

    def _refresh_offer(self, paper: Paper) -> None:
        offer = pending_offers(paper)
        self.offer_bar.setVisible(bool(offer))
        if not offer:
            return
        names = ", ".join(self._field_name(name) for name in offer)
        if "version" in offer:
            text = self.tr("arXiv has a newer version (v%1) with changes to: %2")
            text = text.replace("%1", str(offer["version"])).replace("%2", names)
        else:
            text = self.tr("arXiv's text differs from yours in: %1").replace("%1", names)
        self._offer_label.setText(text)

    def offer_details(self) -> str:
        """The differences, field by field: yours, then arXiv's."""
        paper = self.paper()
        if paper is None:
            return ""
        parts = []
        for name, proposed in pending_offers(paper).items():
            current = getattr(paper, name, "")
            show = lambda value: ", ".join(value) if isinstance(value, list) else str(value)  # noqa: E731
            parts.append(
                f"{self._field_name(name)}\n"
                + self.tr("Yours: %1").replace("%1", show(current))
                + "\n"
                + self.tr("arXiv: %1").replace("%1", show(proposed))
            )
        return "\n\n".join(parts)

    def _on_offer_show_clicked(self) -> None:
        dialogs.show_info(self, self.tr("Changes on arXiv"), self.offer_details())

    def _on_offer_accept_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            self.project.replace_paper(self._row, accept_offers(paper), self.tr("Accept arXiv's Changes"))

    def _on_offer_ignore_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            self.project.replace_paper(self._row, ignore_offers(paper), self.tr("Ignore arXiv's Changes"))

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
        for status, button in self.status_buttons.items():
            button.setChecked(status == paper.status)
        self._refresh_offer(paper)
        parts = []
        if paper.authors:
            shown = ", ".join(paper.authors[:8])
            more = len(paper.authors) - 8
            if more > 0:
                shown += self.tr(" and %n more", "", more)
            parts.append(html.escape(shown))
        categories = [c for c in paper.categories if c != paper.primary_category]
        if paper.primary_category or categories:
            cats = f"<b>{html.escape(paper.primary_category)}</b>" if paper.primary_category else ""
            if categories:
                cats += (" " if cats else "") + html.escape(" ".join(categories))
            parts.append(cats)
        if paper.announce_type:
            parts.append(html.escape(paper.announce_type))
        if paper.published:
            parts.append(html.escape(paper.published[:10]))
        if paper.comment:
            parts.append(f"<i>{html.escape(paper.comment)}</i>")
        self._meta.setText(" · ".join(parts) if parts else self.tr("Not fetched from arXiv yet."))
