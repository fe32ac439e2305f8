"""The listing dialog's data: the announcements' table model and its filter.

Papers already in the digest are listed (an editor wants to see that the listing has
them) but cannot be ticked. Ticks belong to papers, not rows: filtering hides rows but
keeps their ticks, and a new fetch keeps the ticks of papers it lists again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from digest_gui.core.sources.listing import LISTING_TYPES, ListingItem
from digest_gui.ui.papers.filter import filter_words
from digest_gui.ui.widgets.plain_text import plain_tooltip

COLUMN_CHECK, COLUMN_ID, COLUMN_TITLE, COLUMN_AUTHORS, COLUMN_CATEGORIES, COLUMN_TYPE, COLUMN_SCORE = range(7)
COLUMN_COUNT = 7
ItemRole = Qt.ItemDataRole.UserRole + 1  # the ListingItem of a row
HIGHLIGHT_COLOR = "#fff1b8"  # rows with a highlight keyword

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ListingNote:
    """What the archive says of one announcement (ui/archive/listing_rank.py fills these)."""

    score: float | None = None  # closeness to the papers picked before, 0-1; None: not ranked
    covered: tuple[str, ...] = ()  # the earlier digests that had it, as lines to show
    included: tuple[str, ...] = ()  # the keyword rules it met
    excluded: tuple[str, ...] = ()
    highlighted: tuple[str, ...] = ()


def fold(text: str) -> str:
    """Text as the filter compares it: NFKC (full-width ＧＰＴ is GPT) and lower-case, as filter_words."""
    return (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()


class ListingModel(QAbstractTableModel):
    """Rows are a listing's announcements in the listing's order."""

    checked_changed = Signal(int)  # how many papers are ticked now

    def __init__(self, existing_ids: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ListingItem] = []
        self.existing = frozenset(existing_ids)
        self._checked: set[str] = set()
        self._italic = QFont()
        self._italic.setItalic(True)
        self.notes: dict[str, ListingNote] = {}  # by paper id
        self.covered_icon: Any = None  # the mark of papers in earlier digests (a QIcon)

    # ------------------------------------------------------------------ contents

    def set_items(self, items: list[ListingItem]) -> None:
        """Show a new listing; papers ticked before and listed again stay ticked."""
        self.beginResetModel()
        self.items = list(items)
        listed = {item.id for item in self.items}
        self._checked &= listed
        self.endResetModel()
        self.checked_changed.emit(len(self._checked))

    def set_notes(self, notes: dict[str, ListingNote]) -> None:
        """Show the archive's scores, covered-before marks and keyword rules."""
        self.notes = dict(notes)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, COLUMN_COUNT - 1))

    def is_existing(self, row: int) -> bool:
        return self.items[row].id in self.existing

    def is_checked(self, row: int) -> bool:
        return self.items[row].id in self._checked

    def checked_items(self) -> list[ListingItem]:
        """The ticked announcements, in the listing's order."""
        return [item for item in self.items if item.id in self._checked]

    def set_checked(self, rows: Iterable[int], checked: bool) -> None:
        """Tick or untick rows; rows of papers already in the digest are left alone."""
        changed = []
        for row in rows:
            if self.is_existing(row) or self.is_checked(row) == checked:
                continue
            if checked:
                self._checked.add(self.items[row].id)
            else:
                self._checked.discard(self.items[row].id)
            changed.append(row)
        for row in changed:
            index = self.index(row, COLUMN_CHECK)
            self.dataChanged.emit(index, index.siblingAtColumn(COLUMN_COUNT - 1))
        if changed:
            self.checked_changed.emit(len(self._checked))

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = {
            COLUMN_CHECK: "",
            COLUMN_ID: self.tr("arXiv"),
            COLUMN_TITLE: self.tr("Title"),
            COLUMN_AUTHORS: self.tr("Authors"),
            COLUMN_CATEGORIES: self.tr("Categories"),
            COLUMN_TYPE: self.tr("Type"),
            COLUMN_SCORE: self.tr("Score"),
        }
        return labels.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COLUMN_CHECK and not self.is_existing(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self.items[row]
        existing = item.id in self.existing
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, existing)
        if role == Qt.ItemDataRole.CheckStateRole and column == COLUMN_CHECK and not existing:
            return Qt.CheckState.Checked if item.id in self._checked else Qt.CheckState.Unchecked
        note = self.notes.get(item.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self._tooltip(item, column, existing) or "", *self._note_lines(note)]
            return plain_tooltip("\n".join(line for line in lines if line) or None)  # as written
        if note is not None:
            if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_ID and note.covered:
                return self.covered_icon
            if role == Qt.ItemDataRole.BackgroundRole and note.highlighted and not existing:
                return QColor(HIGHLIGHT_COLOR)
            if (
                role == Qt.ItemDataRole.ForegroundRole
                and (note.highlighted or note.excluded)
                and not existing
            ):
                if note.excluded:
                    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                return QColor("#202020")  # dark on the light tint, in dark mode too
        if role == Qt.ItemDataRole.ForegroundRole and existing:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and existing:
            return self._italic
        if role == ItemRole:
            return item
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != COLUMN_CHECK:
            return False
        if self.is_existing(index.row()):
            return False
        # The view hands over an int; a test may hand over the enum.
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked([index.row()], checked)
        return True

    def _display(self, item: ListingItem, column: int, existing: bool) -> str | None:
        if column == COLUMN_CHECK:
            # Where the tick box would be: says why there is none.
            return self.tr("in digest") if existing else None
        if column == COLUMN_ID:
            return item.versioned_id
        if column == COLUMN_TITLE:
            return item.title
        if column == COLUMN_AUTHORS:
            return ", ".join(item.authors)
        if column == COLUMN_CATEGORIES:
            return ", ".join(item.categories)
        if column == COLUMN_TYPE:
            return item.announce_type
        if column == COLUMN_SCORE:
            note = self.notes.get(item.id)
            return f"{note.score:.2f}" if note is not None and note.score is not None else None
        return None

    def _note_lines(self, note: ListingNote | None) -> list[str]:
        if note is None:
            return []
        lines = [self.tr("Covered before: %1").replace("%1", line) for line in note.covered]
        if note.included:
            lines.append(self.tr("Include rule: %1").replace("%1", ", ".join(note.included)))
        if note.excluded:
            lines.append(self.tr("Exclude rule: %1").replace("%1", ", ".join(note.excluded)))
        if note.highlighted:
            lines.append(self.tr("Highlight rule: %1").replace("%1", ", ".join(note.highlighted)))
        return lines

    def _tooltip(self, item: ListingItem, column: int, existing: bool) -> str | None:
        if existing:
            return self.tr("Already in the digest")
        if column == COLUMN_AUTHORS and item.authors:
            return "\n".join(item.authors[:40]) + ("\n…" if len(item.authors) > 40 else "")
        if column == COLUMN_TITLE:
            return item.title
        if column == COLUMN_CATEGORIES and item.primary_category:
            return self.tr("Primary category: %1").replace("%1", item.primary_category)
        return None


class ListingFilter(QSortFilterProxyModel):
    """Shows announcements of the ticked types that contain every word typed; never sorts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._types: frozenset[str] = frozenset(LISTING_TYPES)
        # Folded text per paper, made once: it stays the same across keystrokes.
        self._folded: dict[str, str] = {}

    def set_text(self, text: str) -> None:
        # A pasted link or versioned id means its paper: filter_words makes it the bare id.
        words = filter_words(text)
        if words != self._words:
            self._change_filter(lambda: setattr(self, "_words", words))

    def set_types(self, types: Iterable[str]) -> None:
        types = frozenset(types)
        if types != self._types:
            self._change_filter(lambda: setattr(self, "_types", types))

    def _change_filter(self, change) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10; invalidateRowsFilter is on its way out
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def source_rows(self) -> list[int]:
        """The rows of the ListingModel that are shown, in order."""
        return [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ListingModel):
            return True
        item = model.items[source_row]
        # A type arXiv may add later is shown whatever is ticked, rather than hidden for good.
        if item.announce_type in LISTING_TYPES and item.announce_type not in self._types:
            return False
        if not self._words:
            return True
        text = self._folded.get(item.id)
        if text is None:
            parts = (item.versioned_id, item.title, " ".join(item.authors), item.abstract)
            text = self._folded[item.id] = fold("\n".join(parts))
        return all(word in text for word in self._words)

    def setSourceModel(self, model) -> None:
        self._folded.clear()
        super().setSourceModel(model)
        if isinstance(model, ListingModel):
            # A new listing may hold the same id with other text (a new version); cleared
            # before the reset, since the proxy filters again as soon as it is told of it.
            model.modelAboutToBeReset.connect(self._folded.clear)
