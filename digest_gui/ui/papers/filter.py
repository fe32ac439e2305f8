"""The paper list's filter, which is also its drag-and-drop model.

The filter shows the papers containing every word typed, folded so that full-width and
half-width forms match; drags of rows carry the papers' links for other applications
and, under a private type, the rows themselves for this list.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)

from digest_gui.core.identifiers import abs_url, parse_arxiv_id
from digest_gui.core.model import Paper
from digest_gui.ui.document.paper_model import PaperModel, PaperRole, SearchTextRole

# Gives a cell's icon, tooltip or colour: (paper, column, role) -> value or None.
Decorate = Callable[[Paper, int, int], Any]

# A drag of rows out of this list; its data names the list it came from (see PaperFilterProxy).
ROWS_MIME = "application/x-digest-gui-rows"


def paper_link(paper: Paper) -> str:
    """The paper's abstract page."""
    return paper.url or abs_url(paper.id)


def filter_words(text: str) -> tuple[str, ...]:
    """The words of a filter, folded like the search text; a link or versioned id means its id."""
    words = []
    for word in _fold(text).split():
        arxiv_id = parse_arxiv_id(word)
        words.append(arxiv_id.id.lower() if arxiv_id else word)
    return tuple(words)


def _fold(text: str) -> str:
    # NFKC on both sides: a Chinese input method types "ＧＰＴ" for GPT, and the Chinese
    # text's "，" must still match itself once the filter's has become ",".
    return (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()


# What the list's decorations add (papers/icons.py); the view asks a dozen roles of each
# cell it paints, and the others need not look up the paper.
_DECORATED_ROLES = frozenset({int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ToolTipRole)})


class PaperFilterProxy(QSortFilterProxyModel):
    """Shows the papers that contain every word of the filter; never sorts.

    Also the view's drag-and-drop model: it writes drags of rows and says which drops
    the list takes (the view's dropEvent does the rest, so that a move is one undo step).
    """

    def __init__(self, parent: QObject | None = None, decorate: Decorate | None = None) -> None:
        super().__init__(parent)
        # The list's icons and tooltips (papers/icons.py): the view's own, so they live in
        # the view's model rather than in the document's, which other views share.
        self._decorate = decorate
        self._words: tuple[str, ...] = ()
        # Filter again only when the filter changes: a paper being edited must not vanish
        # (and another become current) the moment its text stops matching.
        self.setDynamicSortFilter(False)
        # Folding a paper's text costs more than the search itself; a paper's text stays
        # the same across keystrokes, so each is folded once (and again after an edit).
        self._folded: dict[str, str] = {}
        # Tells a drag out of this list from rows dragged out of another window's list,
        # which are links to add there rather than rows to move.
        self._drag_token = os.urandom(8).hex()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().data(index, role)
        if value is None and role in _DECORATED_ROLES and self._decorate is not None and index.isValid():
            paper = super().data(index, PaperRole)
            if paper is not None:
                return self._decorate(paper, index.column(), role)
        return value

    def set_filter_text(self, text: str) -> None:
        words = filter_words(text)
        if words == self._words:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10; invalidateRowsFilter is on its way out
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SearchTextRole) or ""
        folded = self._folded.get(text)
        if folded is None:
            if len(self._folded) > 2 * self.sourceModel().rowCount() + 100:
                self._folded.clear()  # texts of papers since edited or removed
            folded = self._folded[text] = _fold(text)
        return all(word in folded for word in self._words)

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME, "text/uri-list", "text/html", "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.rows_mime(sorted({self.mapToSource(index).row() for index in indexes}))

    def rows_mime(self, rows: list[int]) -> QMimeData:
        """A drag of source rows: moved within this list, links anywhere else."""
        model = self.sourceModel()
        if not isinstance(model, PaperModel):
            raise TypeError(f"PaperFilterProxy filters a PaperModel, not {type(model).__name__}")
        links = [paper_link(model.paper(row)) for row in rows]
        mime = QMimeData()
        mime.setUrls([QUrl(link) for link in links])
        mime.setText("\n".join(links))
        mime.setData(ROWS_MIME, " ".join([self._drag_token, *map(str, rows)]).encode("ascii"))
        return mime

    def dragged_rows(self, mime: QMimeData) -> list[int] | None:
        """The source rows of a drag out of this list, or None for any other drag."""
        if not mime.hasFormat(ROWS_MIME):
            return None
        token, *rows = bytes(mime.data(ROWS_MIME).data()).decode("ascii", errors="replace").split() or [""]
        if token != self._drag_token:
            return None
        count = self.sourceModel().rowCount()
        return [int(row) for row in rows if row.isdigit() and int(row) < count]

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(ROWS_MIME) or data.hasUrls() or data.hasText() or data.hasHtml()

    def supportedDropActions(self) -> Qt.DropAction:
        # Browsers offer a link drag as copy, move or link (Chrome and Firefox differ, and a
        # modifier key changes it): every one of them adds the papers where the line shows.
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return False

    def removeRows(
        self,
        row: int,
        count: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> bool:
        # A finished drag with MoveAction asks the model to remove the dragged rows; the
        # drop has already moved them through the undo stack, so nothing is removed here.
        return False
