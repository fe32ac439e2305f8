"""The Qt item model over a Digest's papers: the one place the window changes them.

Every change goes through the `apply_*` methods, which only the undo commands call
(see commands.py); they keep the standard model signals exact, so the list, the
editor and the preview each follow with the smallest update.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from digest_gui.core.model import Digest, ExportSettings, GlossaryEntry, Paper

PaperRole = Qt.ItemDataRole.UserRole + 1  # the Paper object of a row
SearchTextRole = Qt.ItemDataRole.UserRole + 2  # all of a paper's text, lower-case, for the filter

COLUMN_NUMBER, COLUMN_STATUS, COLUMN_TITLE_EN, COLUMN_TITLE_ZH = range(4)
COLUMN_COUNT = 4
_SEARCHED = (
    "id",
    "title_en",
    "title_zh",
    "summary_en",
    "summary_zh",
    "abstract_en",
    "abstract_zh",
    "comment",
)

Index = QModelIndex | QPersistentModelIndex


class PaperModel(QAbstractTableModel):
    """Rows are the digest's papers in publication order."""

    # One field of one paper changed: (row, field name). Finer than dataChanged, so the
    # preview re-renders one paragraph instead of a row.
    field_changed = Signal(int, str)
    # The whole digest was replaced (open, new, reload).
    digest_replaced = Signal()
    # An undo or redo changed this row (and field, or ""): the window shows it.
    focus_requested = Signal(int, str)
    # The digest's glossary was replaced (the quality checks read it).
    glossary_changed = Signal()
    # The digest's export settings were replaced (the preview renders with them).
    export_changed = Signal()

    def __init__(self, digest: Digest | None = None, parent=None) -> None:
        super().__init__(parent)
        self._digest = digest or Digest()
        self.header_labels = ("#", "", "English", "中文")

    # ------------------------------------------------------------------ reading

    @property
    def digest(self) -> Digest:
        return self._digest

    @property
    def papers(self) -> list[Paper]:
        return self._digest.papers

    def paper(self, row: int) -> Paper:
        return self._digest.papers[row]

    def paper_at(self, row: int) -> Paper | None:
        """The paper at row, or None for a row the digest does not have (-1: none selected)."""
        return self._digest.papers[row] if 0 <= row < len(self._digest.papers) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._digest.papers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        paper = self._digest.papers[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NUMBER:
                return str(row + 1)
            if column == COLUMN_TITLE_EN:
                return paper.title_en or paper.id
            if column == COLUMN_TITLE_ZH:
                return paper.title_zh
            return None
        if role == PaperRole:
            return paper
        if role == SearchTextRole:
            return "\n".join(getattr(paper, name) for name in _SEARCHED).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None  # icons and tooltips: the list's proxy adds them (papers/filter.py)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_labels[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    # ------------------------------------------------------------------ changing (undo commands only)

    def apply_field(self, row: int, name: str, value: Any) -> None:
        """Set one field of one paper."""
        paper = self._digest.papers[row]
        if getattr(paper, name) == value:
            return
        setattr(paper, name, value)
        self.field_changed.emit(row, name)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def refresh_rows(self, first: int, last: int) -> None:
        """Redraw the status of rows whose fetch state changed (outside the model)."""
        last = min(last, len(self._digest.papers) - 1)
        if 0 <= first <= last:
            self.dataChanged.emit(
                self.index(first, COLUMN_STATUS),
                self.index(last, COLUMN_STATUS),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def apply_paper(self, row: int, paper: Paper) -> None:
        """Replace a paper's data wholesale (a fetch result, a status change of many fields)."""
        self._digest.papers[row] = paper
        self.field_changed.emit(row, "")
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def apply_glossary(self, entries: list[GlossaryEntry]) -> None:
        """Replace the digest's glossary."""
        self._digest.glossary = list(entries)
        self.glossary_changed.emit()

    def apply_export(self, settings: ExportSettings) -> None:
        """Replace the digest's export settings."""
        self._digest.export = settings
        self.export_changed.emit()

    def apply_insert(self, row: int, papers: list[Paper]) -> None:
        """Insert papers before row."""
        if not papers:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(papers) - 1)
        self._digest.papers[row:row] = papers
        self.endInsertRows()
        self._renumber(row + len(papers))

    def apply_remove(self, rows: list[int]) -> list[tuple[int, Paper]]:
        """Remove the given rows; return (row, paper) pairs, ascending, for undo."""
        removed: list[tuple[int, Paper]] = []
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            removed.append((row, self._digest.papers.pop(row)))
            self.endRemoveRows()
        removed.reverse()
        if removed:
            self._renumber(removed[0][0])
        return removed

    def apply_restore(self, removed: list[tuple[int, Paper]]) -> None:
        """Put back what apply_remove returned."""
        for row, paper in removed:
            self.beginInsertRows(QModelIndex(), row, row)
            self._digest.papers.insert(row, paper)
            self.endInsertRows()
        if removed:
            self._renumber(removed[0][0])

    def apply_order(self, order: list[int]) -> None:
        """Reorder: the paper at old row order[i] goes to row i."""
        if order == list(range(len(order))):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        new_row_of = {old: new for new, old in enumerate(order)}
        self._digest.papers[:] = [self._digest.papers[old] for old in order]
        self.changePersistentIndexList(
            old_persistent,
            [self.index(new_row_of[index.row()], index.column()) for index in old_persistent],
        )
        self.layoutChanged.emit()

    def apply_digest(self, digest: Digest) -> None:
        """Replace the whole digest (open, new, reload)."""
        self.beginResetModel()
        self._digest = digest
        self.endResetModel()
        self.digest_replaced.emit()

    def _renumber(self, first_row: int) -> None:
        # Numbers follow list order; rows after an insert or removal show new numbers.
        if first_row < len(self._digest.papers):
            self.dataChanged.emit(
                self.index(first_row, COLUMN_NUMBER), self.index(len(self._digest.papers) - 1, COLUMN_NUMBER)
            )
