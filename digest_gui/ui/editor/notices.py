"""The bars above the editor's fields: what arXiv or a machine draft offers, and failed drafts.

- arXiv's offer: a fetch found text that differs from the user's (core/merge.py);
- the draft's suggestions: a draft for a Chinese field the user had already written
  (core/llm.py keeps them in the paper until the user decides);
- a failed draft: why, with Draft Again and Dismiss.

Accepting or ignoring is one undoable project edit; dismissing a failure clears a note
that was never an edit either.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.core.drafting.drafts import (
    DRAFT_ERROR_KEY,
    SUGGESTION_KEY,
    accept_suggestions,
    ignore_suggestions,
    pending_suggestions,
)
from digest_gui.core.merge import accept_offers, ignore_offers, pending_offers
from digest_gui.core.model import Paper
from digest_gui.ui import dialogs
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.icons import draft_error
from digest_gui.ui.widgets.notice_bar import NoticeBar


class EditorNotices(QObject):
    """Owns the three bars; the editor places them and tells which paper is shown."""

    draft_requested = Signal(int)  # row: Draft Again was clicked

    def __init__(self, project: Project, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.row = -1
        self.offer_bar = NoticeBar("offerBar", "offer", ("show", "accept", "ignore"), parent)
        self.suggestion_bar = NoticeBar("suggestionBar", "suggestion", ("show", "accept", "ignore"), parent)
        self.error_bar = NoticeBar("draftErrorBar", "error", ("retry", "dismiss"), parent)
        buttons = self.offer_bar.buttons
        buttons["show"].clicked.connect(self._on_offer_show_clicked)
        buttons["accept"].clicked.connect(self._on_offer_accept_clicked)
        buttons["ignore"].clicked.connect(self._on_offer_ignore_clicked)
        buttons = self.suggestion_bar.buttons
        buttons["show"].clicked.connect(self._on_suggestion_show_clicked)
        buttons["accept"].clicked.connect(self._on_suggestion_accept_clicked)
        buttons["ignore"].clicked.connect(self._on_suggestion_ignore_clicked)
        self.error_bar.buttons["retry"].clicked.connect(self._on_error_retry_clicked)
        self.error_bar.buttons["dismiss"].clicked.connect(self._on_error_dismiss_clicked)

    def bars(self) -> list[NoticeBar]:
        return [self.offer_bar, self.suggestion_bar, self.error_bar]

    def retranslate(self) -> None:
        for bar in (self.offer_bar, self.suggestion_bar):
            bar.buttons["show"].setText(self.tr("Show"))
            bar.buttons["accept"].setText(self.tr("Accept"))
            bar.buttons["ignore"].setText(self.tr("Ignore"))
        self.suggestion_bar.buttons["show"].setToolTip(self.tr("Your text and the draft's, side by side"))
        self.suggestion_bar.buttons["accept"].setToolTip(self.tr("Replace your text with the draft's"))
        self.suggestion_bar.buttons["ignore"].setToolTip(self.tr("Keep your text and forget the draft"))
        self.error_bar.buttons["retry"].setText(self.tr("Draft Again"))
        self.error_bar.buttons["dismiss"].setText(self.tr("Dismiss"))
        self.refresh(self.row)

    def paper(self) -> Paper | None:
        if 0 <= self.row < self.project.model.rowCount():
            return self.project.model.paper(self.row)
        return None

    def refresh(self, row: int) -> None:
        """Show the bars the paper at row needs."""
        self.row = row
        paper = self.paper()
        if paper is None:
            for bar in self.bars():
                bar.hide()
            return
        self._refresh_offer(paper)
        self._refresh_suggestion(paper)
        error = draft_error(paper)
        self.error_bar.setVisible(bool(error))
        if error:
            self.error_bar.set_text(self.tr("The draft failed: %1").replace("%1", error))

    # ------------------------------------------------------------------ names

    def field_name(self, name: str) -> str:
        names = {
            "title_en": self.tr("English title"),
            "abstract_en": self.tr("English abstract"),
            "version": self.tr("version"),
            "authors": self.tr("authors"),
            "comment": self.tr("comment"),
            "categories": self.tr("categories"),
            "title_zh": self.tr("Chinese title"),
            "summary_zh": self.tr("summary"),
            "summary_en": self.tr("English summary"),
            "abstract_zh": self.tr("abstract translation"),
        }
        return names.get(name, name.replace("_", " "))

    @staticmethod
    def _show(value) -> str:
        return ", ".join(value) if isinstance(value, list) else str(value)

    # ------------------------------------------------------------------ arXiv's offers

    def _refresh_offer(self, paper: Paper) -> None:
        offer = pending_offers(paper)
        self.offer_bar.setVisible(bool(offer))
        if not offer:
            return
        names = ", ".join(self.field_name(name) for name in offer)
        if "version" in offer:
            text = self.tr("arXiv has a newer version (v%1) with changes to: %2")
            text = text.replace("%1", str(offer["version"])).replace("%2", names)
        else:
            text = self.tr("arXiv's text differs from yours in: %1").replace("%1", names)
        self.offer_bar.set_text(text)

    def offer_details(self) -> str:
        """The differences, field by field: yours, then arXiv's."""
        paper = self.paper()
        if paper is None:
            return ""
        parts = []
        for name, proposed in pending_offers(paper).items():
            current = getattr(paper, name, "")
            parts.append(
                f"{self.field_name(name)}\n"
                + self.tr("Yours: %1").replace("%1", self._show(current))
                + "\n"
                + self.tr("arXiv: %1").replace("%1", self._show(proposed))
            )
        return "\n\n".join(parts)

    def _on_offer_show_clicked(self) -> None:
        dialogs.show_info(self._dialog_parent(), self.tr("Changes on arXiv"), self.offer_details())

    def _on_offer_accept_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            self.project.replace_paper(self.row, accept_offers(paper), self.tr("Accept arXiv's Changes"))

    def _on_offer_ignore_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            self.project.replace_paper(self.row, ignore_offers(paper), self.tr("Ignore arXiv's Changes"))

    # ------------------------------------------------------------------ the draft's suggestions

    def suggestions(self) -> dict:
        paper = self.paper()
        return pending_suggestions(paper) if paper is not None else {}

    def _refresh_suggestion(self, paper: Paper) -> None:
        # Cheap test first: most papers hold no suggestion, and this runs on every change.
        if not paper.extra.get(SUGGESTION_KEY):
            self.suggestion_bar.hide()
            return
        suggestion = pending_suggestions(paper)
        self.suggestion_bar.setVisible(bool(suggestion))
        if suggestion:
            names = ", ".join(self.field_name(name) for name in suggestion)
            self.suggestion_bar.set_text(self.tr("The draft suggests: %1").replace("%1", names))

    def suggestion_details(self) -> str:
        """The draft's suggestions, field by field: yours, then the draft's."""
        paper = self.paper()
        if paper is None:
            return ""
        parts = []
        for name, proposed in self.suggestions().items():
            parts.append(
                f"{self.field_name(name)}\n"
                + self.tr("Yours: %1").replace("%1", self._show(getattr(paper, name, "")))
                + "\n"
                + self.tr("Draft: %1").replace("%1", self._show(proposed))
            )
        return "\n\n".join(parts)

    def _on_suggestion_show_clicked(self) -> None:
        dialogs.show_info(
            self._dialog_parent(), self.tr("The Draft's Suggestions"), self.suggestion_details()
        )

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _on_suggestion_accept_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            after = accept_suggestions(paper)
            self.project.replace_paper(self.row, after, self.tr("Accept the Draft"))

    def _on_suggestion_ignore_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            after = ignore_suggestions(paper)
            self.project.replace_paper(self.row, after, self.tr("Ignore the Draft"))

    # ------------------------------------------------------------------ a failed draft

    def _on_error_retry_clicked(self) -> None:
        if self.paper() is not None:
            self.draft_requested.emit(self.row)

    def _on_error_dismiss_clicked(self) -> None:
        paper = self.paper()
        if paper is not None and DRAFT_ERROR_KEY in paper.extra:
            after = paper.copy()
            del after.extra[DRAFT_ERROR_KEY]
            # A note, not an edit (as when it was set): not undoable, not a modification.
            self.project.model.apply_paper(self.row, after)
