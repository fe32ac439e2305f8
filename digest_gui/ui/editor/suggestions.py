"""Suggestions in place: a draft's Chinese or arXiv's newer English, shown under the field it would replace.

Each box shows the suggested text whole, with its difference from the field's text (what
goes struck out, what comes highlighted; Chinese compared character by character), and
Accept / Ignore. The keys work while the field has focus: Alt+Enter accepts, Esc or
Alt+Delete ignores (Alt+Enter and Alt+Delete are Paper-menu actions too; Alt+Backspace
is Undo on Linux). Accepting or ignoring is
one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.drafting.drafts import accept_suggestions, ignore_suggestions, pending_suggestions
from digest_gui.core.merge import ignore_offers, pending_offers
from digest_gui.core.model import Paper
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.text_field import PlainTextField
from digest_gui.ui.widgets.icon_cache import font_icon
from digest_gui.ui.widgets.notice_bar import STYLES

if TYPE_CHECKING:
    from digest_gui.core.text_diff import Segment

# The boxes' buttons (Accept also confirms the Chinese in the changed-English panel).
ACCEPT_ICON, ACCEPT_COLOR = "mdi6.check", "#1a7f37"
IGNORE_ICON, IGNORE_COLOR = "mdi6.close", "#6e7781"

# arXiv's offers shown under their field; the others (version, authors, ...) stay in the bar.
IN_PLACE_OFFERS = ("title_en", "abstract_en")
# Below this share of common words, a difference is all strike-out: show the new text plainly.
REWRITTEN = 0.3

DRAFT, ARXIV = "draft", "arxiv"


def suggestion_segments(current: str, proposed: str) -> list[Segment]:
    """What the box shows: the difference, or the proposed text alone when it is a rewrite."""
    # difflib is loaded when a suggestion first shows, not before the first frame.
    from digest_gui.core.text_diff import Segment, diff_segments, similarity

    if current.strip() and similarity(current, proposed) >= REWRITTEN:
        return diff_segments(current, proposed)
    return [Segment("equal", proposed)] if proposed else []


class SuggestionBox(QFrame):
    """One field's suggestion: where it comes from, Accept and Ignore, and the text with its difference."""

    accept_clicked = Signal()
    ignore_clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.kind = ""
        self.shown: tuple[str, str, str] | None = None
        self.setObjectName(f"suggestion_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.accept_button = self._button(ACCEPT_ICON, ACCEPT_COLOR)
        self.ignore_button = self._button(IGNORE_ICON, IGNORE_COLOR)
        self.accept_button.clicked.connect(self.accept_clicked)
        self.ignore_button.clicked.connect(self.ignore_clicked)
        top.addWidget(self.accept_button)
        top.addWidget(self.ignore_button)
        layout.addLayout(top)
        from digest_gui.ui.editor.diff_view import DiffText  # with the first box, not at start

        self.text = DiffText(self)
        layout.addWidget(self.text)
        self.hide()

    def _button(self, icon: str, color: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(font_icon(icon, QColor(color)))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setStyleSheet("QToolButton { color: #202020; padding: 1px 6px; }")
        # A narrow column shows the icons alone (see resizeEvent): the box never widens the editor.
        button.setMinimumWidth(24)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_buttons()

    def fit_buttons(self) -> None:
        """Accept and Ignore with their texts where the column has room, else their icons alone."""
        style = Qt.ToolButtonStyle
        buttons = (self.accept_button, self.ignore_button)
        for button in buttons:
            button.setToolButtonStyle(style.ToolButtonTextBesideIcon)
        title = self.title.fontMetrics().horizontalAdvance(self.title.text())
        wide = sum(button.sizeHint().width() for button in buttons) + title + 30
        if wide > self.width():
            for button in buttons:
                button.setToolButtonStyle(style.ToolButtonIconOnly)

    def show_suggestion(self, kind: str, current: str, proposed: str) -> None:
        # Shown again at every keystroke in any field of the paper: the difference is worked
        # out again only when one of its texts changed.
        if (kind, current, proposed) == self.shown:
            self.show()
            return
        self.shown = (kind, current, proposed)
        if kind != self.kind:
            background, border = STYLES["suggestion" if kind == DRAFT else "offer"]
            name = self.objectName()
            self.setStyleSheet(
                f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 3px; }}"
                f"#{name} QLabel {{ color: #202020; }}"
            )
            self.kind = kind
        self.text.set_segments(suggestion_segments(current, proposed))
        self.show()


class FieldSuggestions(QObject):
    """The boxes under the editor's fields, kept in step with the shown paper's suggestions and offers."""

    def __init__(
        self,
        project: Project,
        fields: dict[str, PlainTextField],
        columns: Mapping[str, QBoxLayout],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.fields = fields
        self.row = -1
        # Made when a field first has something to show: most papers never need one, and a
        # start builds none before its first frame.
        self.boxes: dict[str, SuggestionBox] = {}
        self._columns = columns
        self._parent = parent
        for field in fields.values():
            field.installEventFilter(self)

    def _box(self, name: str) -> SuggestionBox:
        box = self.boxes.get(name)
        if box is None:
            box = SuggestionBox(name, self._parent)
            self._columns[name].insertWidget(1, box)  # right under the field, above any stretch
            box.accept_clicked.connect(lambda n=name: self.accept(n))
            box.ignore_clicked.connect(lambda n=name: self.ignore(n))
            self._word(box)
            self.boxes[name] = box
        return box

    def _word(self, box: SuggestionBox) -> None:
        box.accept_button.setText(self.tr("Accept"))
        box.accept_button.setToolTip(self.tr("Replace your text with this one (Alt+Enter in the field)"))
        box.ignore_button.setText(self.tr("Ignore"))
        box.ignore_button.setToolTip(self.tr("Keep your text (Esc or Alt+Delete in the field)"))
        box.text.setToolTip(self.tr("Struck out: your words that would go. Green: the new words."))
        box.kind = ""  # its title is set when it shows
        box.shown = None

    def retranslate(self) -> None:
        for box in self.boxes.values():
            self._word(box)
        self.refresh(self.row)

    def paper(self) -> Paper | None:
        return self.project.model.paper_at(self.row)

    def pending(self, paper: Paper) -> dict[str, tuple[str, str]]:
        """Field -> (where it comes from, the proposed text), for the fields with a box."""
        shown: dict[str, tuple[str, str]] = {}
        for name, text in pending_suggestions(paper).items():
            shown[name] = (DRAFT, text)
        for name, value in pending_offers(paper).items():
            if name in IN_PLACE_OFFERS and isinstance(value, str):
                shown[name] = (ARXIV, value)
        return {name: shown[name] for name in self.fields if name in shown}

    def refresh(self, row: int) -> None:
        """Show the boxes the paper at row needs (after any change to it)."""
        self.row = row
        paper = self.paper()
        shown = self.pending(paper) if paper is not None else {}
        version = pending_offers(paper).get("version") if paper is not None else None
        for name in self.fields:
            if name not in shown:
                if name in self.boxes:
                    self.boxes[name].hide()
                continue
            box = self._box(name)
            kind, proposed = shown[name]
            if kind == DRAFT:
                title = self.tr("Draft:")
            elif version:
                title = self.tr("arXiv v%1:").replace("%1", str(version))
            else:
                title = self.tr("arXiv:")
            box.title.setText(title)
            box.show_suggestion(kind, self.fields[name].toPlainText(), proposed)
            box.fit_buttons()

    def visible(self) -> list[str]:
        """The fields whose suggestion is showing, in field order."""
        return [name for name in self.fields if name in self.boxes and not self.boxes[name].isHidden()]

    # ------------------------------------------------------------------ accepting and ignoring

    def accept(self, name: str) -> None:
        """Take the suggestion into the field: one undo step."""
        paper = self.paper()
        if paper is None:
            return
        if name in pending_suggestions(paper):
            self.project.replace_paper(
                self.row, accept_suggestions(paper, [name]), self.tr("Accept the Draft")
            )
        elif name in pending_offers(paper):
            from digest_gui.core.operations import accept_arxiv_offers

            after = accept_arxiv_offers(paper, [name])
            self.project.replace_paper(self.row, after, self.tr("Accept arXiv's Text"))

    def ignore(self, name: str) -> None:
        """Forget the suggestion, keeping the field's text: one undo step."""
        paper = self.paper()
        if paper is None:
            return
        if name in pending_suggestions(paper):
            self.project.replace_paper(
                self.row, ignore_suggestions(paper, [name]), self.tr("Ignore the Draft")
            )
        elif name in pending_offers(paper):
            self.project.replace_paper(self.row, ignore_offers(paper, [name]), self.tr("Ignore arXiv's Text"))

    def _target(self) -> str:
        # The focused field's suggestion, else the first one showing (whose field gets the focus).
        focus = QApplication.focusWidget()
        shown = self.visible()
        for name in shown:
            if focus is self.fields[name]:
                return name
        if shown:
            self.fields[shown[0]].setFocus(Qt.FocusReason.ShortcutFocusReason)
            return shown[0]
        return ""

    def accept_focused(self) -> None:
        """Paper → Accept Suggestion (Alt+Enter)."""
        name = self._target()
        if name:
            self.accept(name)

    def ignore_focused(self) -> None:
        """Paper → Ignore Suggestion (Alt+Delete; Esc in the field)."""
        name = self._target()
        if name:
            self.ignore(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and isinstance(watched, PlainTextField)
            and watched.name in self.boxes
            and not self.boxes[watched.name].isHidden()
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Esc is the field's while a suggestion waits under it
            else:
                self.ignore(watched.name)
            return True
        return super().eventFilter(watched, event)
