"""The listing dialog's archive row: Rank by my archive, the keyword rules, and the
covered-before marks of announcements that appeared in earlier digests.

Added to a ListingDialog when it opens (ListingActions.dialog_opened). Each listing that
loads is looked up in the background: which papers the archive holds (always), and, when
ranking is on, each item's score against the papers picked before (core/archive/ranking.py).
The rules and the Rank switch are kept in the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from digest_gui.core.archive.covered import covered_before
from digest_gui.core.archive.ranking import KeywordRules, RankedItem, rank_listing
from digest_gui.ui.archive.controller import ArchiveController
from digest_gui.ui.arxiv.listing_model import COLUMN_SCORE, ListingNote
from digest_gui.ui.papers.icons import COVERED_COLOR, COVERED_ICON
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.icon_cache import font_icon

if TYPE_CHECKING:
    from digest_gui.core.archive.covered import Appearance
    from digest_gui.core.sources.listing import ListingItem
    from digest_gui.ui.arxiv.listing_dialog import ListingDialog


def _look_up(items: list[ListingItem], rules: KeywordRules | None, archive, _cancel, _report):
    """On a worker: the ranking (None when off) and the earlier appearances of the items."""
    ranked = rank_listing(archive, items, rules) if rules is not None else None
    return ranked, covered_before(archive, [item.id for item in items])


class ListingRanker(QObject):
    """Adds the archive's row to one ListingDialog and keeps its model's notes and order."""

    def __init__(self, dialog: ListingDialog, archive: ArchiveController, settings: Settings) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.archive = archive
        self.settings = settings
        self.listed: list[ListingItem] = []  # the listing in arXiv's order
        self._asked = 0
        self._ordering = False
        row = QWidget(dialog)
        row.setObjectName("listingArchiveRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.rank_box = QCheckBox(row)
        self.rank_box.setObjectName("listingRank")
        self.rank_box.setChecked(settings.listing_rank)
        line.addWidget(self.rank_box)
        self.rule_edits: dict[str, QLineEdit] = {}
        self.rule_labels: dict[str, QLabel] = {}
        for name, value in (
            ("include", settings.rank_include),
            ("exclude", settings.rank_exclude),
            ("highlight", settings.rank_highlight),
        ):
            label = QLabel(row)
            edit = QLineEdit(value, row)
            edit.setObjectName(f"listing_{name}")
            edit.setClearButtonEnabled(True)
            label.setBuddy(edit)
            line.addWidget(label)
            line.addWidget(edit, 1)
            edit.editingFinished.connect(self._on_rules_edited)
            self.rule_edits[name], self.rule_labels[name] = edit, label
        self.row = row
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(3, row)  # under the filter, above the table
        dialog.model.covered_icon = font_icon(COVERED_ICON, QColor(COVERED_COLOR))
        dialog.table.setColumnHidden(COLUMN_SCORE, not settings.listing_rank)
        self.rank_box.toggled.connect(self._on_rank_box_toggled)
        dialog.model.modelReset.connect(self._on_model_reset)
        self.retranslate()

    def retranslate(self) -> None:
        self.rank_box.setText(self.tr("&Rank by my archive"))
        self.rank_box.setToolTip(
            self.tr("Order the announcements by how close each is to the papers of your earlier digests")
        )
        texts = {
            "include": (self.tr("Include:"), self.tr("Words that put a paper first, separated by commas")),
            "exclude": (self.tr("Exclude:"), self.tr("Words that put a paper last, separated by commas")),
            "highlight": (self.tr("Highlight:"), self.tr("Words that mark a paper, separated by commas")),
        }
        for name, (label, tip) in texts.items():
            self.rule_labels[name].setText(label)
            self.rule_edits[name].setToolTip(tip)

    def rules(self) -> KeywordRules:
        """The rules as typed."""
        return KeywordRules.parse(
            *(self.rule_edits[name].text() for name in ("include", "exclude", "highlight"))
        )

    # ------------------------------------------------------------------ looking up

    def _on_model_reset(self) -> None:
        if self._ordering:
            return  # this class put the items in order
        self.listed = list(self.dialog.model.items)
        self.look_up()

    def look_up(self) -> None:
        """Ask the archive about the listing shown (ranked when the box is ticked)."""
        self._asked += 1
        asked, items = self._asked, list(self.listed)
        if not items:
            return
        rules = self.rules() if self.rank_box.isChecked() else None
        self.archive.ask(
            lambda archive, cancel, report: _look_up(items, rules, archive, cancel, report),
            lambda answer: self._on_answer(asked, items, *answer),
            "archive-listing",
        )

    def _on_answer(
        self,
        asked: int,
        items: list[ListingItem],
        ranked: list[RankedItem] | None,
        covered: dict[str, list[Appearance]],
    ) -> None:
        if asked != self._asked:
            return
        places = {place.index: place for place in ranked or ()}
        notes = {}
        for index, item in enumerate(items):
            place = places.get(index)
            notes[item.id] = ListingNote(
                score=place.score if place is not None else None,
                covered=tuple(f"{seen.day} ({seen.title})" for seen in covered.get(item.id, ())),
                included=place.included if place is not None else (),
                excluded=place.excluded if place is not None else (),
                highlighted=place.highlighted if place is not None else (),
            )
        order = [items[place.index] for place in ranked] if ranked is not None else items
        self._show(order, notes, ranked is not None)

    def _show(self, order: list[ListingItem], notes: dict[str, ListingNote], ranked: bool) -> None:
        model = self.dialog.model
        current = self.dialog.table.currentIndex()
        self._ordering = True
        try:
            if [item.id for item in model.items] != [item.id for item in order]:
                model.set_items(order)  # keeps the ticks
        finally:
            self._ordering = False
        model.set_notes(notes)
        self.dialog.table.setColumnHidden(COLUMN_SCORE, not ranked)
        if (ranked or not current.isValid()) and self.dialog.proxy.rowCount():
            self.dialog.table.scrollToTop()
            self.dialog.table.selectionModel().setCurrentIndex(
                self.dialog.proxy.index(0, current.column() if current.isValid() else 2),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ------------------------------------------------------------------ the switch and the rules

    def _on_rank_box_toggled(self, checked: bool) -> None:
        self.settings.listing_rank = checked
        self.look_up()

    def _on_rules_edited(self) -> None:
        self.settings.rank_include = self.rule_edits["include"].text().strip()
        self.settings.rank_exclude = self.rule_edits["exclude"].text().strip()
        self.settings.rank_highlight = self.rule_edits["highlight"].text().strip()
        if self.rank_box.isChecked():
            self.look_up()
