"""Besides the editor's fields: arXiv's offers, the draft's suggestions, changed English, failed drafts.

- arXiv's offer: a fetch found data that differs from the user's (core/merge.py); its
  English title and abstract wait under their fields, the rest (a newer version's number,
  authors, comment) in a bar above them;
- the draft's suggestions: a draft for a field the user had already written, under that
  field (suggestions.py);
- changed English: what a reviewed paper's English was and is (stale_marks.py);
- a failed draft: why, with Draft Again and Dismiss.

Accepting or ignoring is one undoable project edit; dismissing a failure clears a note
that was never an edit either.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from digest_gui.core.drafting.drafts import DRAFT_ERROR_KEY
from digest_gui.core.merge import ignore_offers, pending_offers
from digest_gui.core.model import Paper
from digest_gui.ui import dialogs
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.stale_marks import StaleMarks
from digest_gui.ui.editor.suggestions import IN_PLACE_OFFERS, FieldSuggestions
from digest_gui.ui.editor.text_field import PlainTextField
from digest_gui.ui.papers.icons import draft_error
from digest_gui.ui.widgets.notice_bar import NoticeBar


class EditorNotices(QObject):
    """Owns the bars and the in-place boxes; the editor places them and tells which paper is shown."""

    draft_requested = Signal(int)  # row: Draft Again was clicked

    def __init__(self, project: Project, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.row = -1
        self.offer_bar = NoticeBar("offerBar", "offer", ("show", "accept", "ignore"), parent)
        self.error_bar = NoticeBar("draftErrorBar", "error", ("retry", "dismiss"), parent)
        self.stale = StaleMarks(project, parent)
        self.suggestions: FieldSuggestions | None = None  # once the editor has its fields
        buttons = self.offer_bar.buttons
        buttons["show"].clicked.connect(self._on_offer_show_clicked)
        buttons["accept"].clicked.connect(self._on_offer_accept_clicked)
        buttons["ignore"].clicked.connect(self._on_offer_ignore_clicked)
        self.error_bar.buttons["retry"].clicked.connect(self._on_error_retry_clicked)
        self.error_bar.buttons["dismiss"].clicked.connect(self._on_error_dismiss_clicked)

    def bars(self) -> list[QWidget]:
        """What goes above the fields, in order."""
        return [self.offer_bar, self.stale.panel, self.error_bar]

    def attach_fields(
        self, fields: dict[str, PlainTextField], columns: Mapping[str, QBoxLayout], parent: QWidget
    ) -> FieldSuggestions:
        """Put the suggestion boxes under the fields (each field's column) and mark changed English."""
        self.suggestions = FieldSuggestions(self.project, fields, columns, parent)
        self.stale.attach_fields(fields)
        return self.suggestions

    def retranslate(self) -> None:
        bar = self.offer_bar
        bar.buttons["show"].setText(self.tr("Show"))
        bar.buttons["accept"].setText(self.tr("Accept"))
        bar.buttons["ignore"].setText(self.tr("Ignore"))
        bar.buttons["accept"].setToolTip(self.tr("Take everything arXiv has changed, the English too"))
        bar.buttons["ignore"].setToolTip(self.tr("Keep your data and forget what arXiv sent"))
        self.error_bar.buttons["retry"].setText(self.tr("Draft Again"))
        self.error_bar.buttons["dismiss"].setText(self.tr("Dismiss"))
        self.stale.retranslate()
        if self.suggestions is not None:
            self.suggestions.retranslate()
        self.refresh(self.row)

    def paper(self) -> Paper | None:
        return self.project.model.paper_at(self.row)

    def refresh(self, row: int) -> None:
        """Show the bars the paper at row needs."""
        self.row = row
        paper = self.paper()
        self.stale.refresh(row)
        if self.suggestions is not None:
            self.suggestions.refresh(row)
        if paper is None:
            self.offer_bar.hide()
            self.error_bar.hide()
            return
        self._refresh_offer(paper)
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
        in_place = [name for name in offer if name in IN_PLACE_OFFERS]
        rest = [name for name in offer if name not in IN_PLACE_OFFERS and name != "version"]
        # The English waits under its field; the bar is for a newer version and the other data.
        self.offer_bar.setVisible("version" in offer or bool(rest))
        self.offer_bar.buttons["show"].setVisible(bool(rest))
        names = ", ".join(self.field_name(name) for name in [*rest, *in_place])
        if "version" in offer and names:
            text = self.tr("arXiv has a newer version (v%1) with changes to: %2")
            text = text.replace("%1", str(offer["version"])).replace("%2", names)
        elif "version" in offer:
            text = self.tr("arXiv has a newer version (v%1)").replace("%1", str(offer["version"]))
        else:
            text = self.tr("arXiv's data differs from yours in: %1").replace("%1", names)
        self.offer_bar.set_text(text)

    def offer_details(self) -> str:
        """The differences, field by field: yours, then arXiv's."""
        paper = self.paper()
        if paper is None:
            return ""
        parts = []
        for name, proposed in pending_offers(paper).items():
            if name in IN_PLACE_OFFERS:
                continue  # shown under its field
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
        from digest_gui.core.operations import accept_arxiv_offers  # not before the first frame

        paper = self.paper()
        if paper is not None:
            self.project.replace_paper(
                self.row, accept_arxiv_offers(paper), self.tr("Accept arXiv's Changes")
            )

    def _on_offer_ignore_clicked(self) -> None:
        paper = self.paper()
        if paper is not None:
            self.project.replace_paper(self.row, ignore_offers(paper), self.tr("Ignore arXiv's Changes"))

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

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
