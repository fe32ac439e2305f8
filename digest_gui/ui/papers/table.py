"""The paper list's table view: one line per paper, drops shown as a line between rows.

A drop of the list's own rows is reported as `rows_dropped`, so that the pane moves them
in one undo step; any other drop is read (see drops.py) and reported as `content_dropped`.
Rows in both signals are rows of the PaperModel, never of the filter proxy.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

from digest_gui.ui.document.paper_model import COLUMN_NUMBER, COLUMN_STATUS, COLUMN_TITLE_EN, COLUMN_TITLE_ZH
from digest_gui.ui.papers.drops import read_mime
from digest_gui.ui.papers.filter import PaperFilterProxy


def external_drop_action(possible: Qt.DropAction) -> Qt.DropAction:
    """The action taken for links dropped from elsewhere: copy, else link, else move.

    A browser offers to move its links too; nothing of the page should go away, so a
    copy or a link is taken whenever the source allows one.
    """
    for action in (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction):
        if possible & action:
            return action
    return Qt.DropAction.MoveAction


class PaperTable(QTableView):
    """The list's table: drops of its own rows move them, other drops are read."""

    rows_dropped = Signal(list, int)  # source rows, source row to put them before
    content_dropped = Signal(object, int)  # DropContent, source row to insert before

    def __init__(self, proxy: PaperFilterProxy, parent: QWidget) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self.setModel(proxy)
        # Where a drop would go: a line over the viewport, a child widget rather than a
        # paintEvent override, so that painting the list runs no Python code. Made at the
        # first drag: asking for the viewport (which C++ made) before the first frame made
        # PySide build every QtWidgets class to find its type (see preview/view.py).
        self._drop_line_widget: QFrame | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)  # drop between rows, never onto one
        # Qt's indicator underlines the one cell under the mouse; ours spans the row.
        self.setDropIndicatorShown(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the editor
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionsClickable(False)  # publication order is the only order
        header.setHighlightSections(False)
        header.setSectionResizeMode(COLUMN_NUMBER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_TITLE_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_TITLE_ZH, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(max(metrics.height(), self.iconSize().height(), 16) + 6)
        self.horizontalHeader().setMinimumSectionSize(8)
        self.setColumnWidth(COLUMN_NUMBER, metrics.horizontalAdvance("999") + 12)
        self.setColumnWidth(COLUMN_STATUS, max(self.iconSize().width(), 16) + 10)

    def drop_target(self, pos: QPoint) -> tuple[int, int]:
        """Where a drop at pos (viewport coordinates) goes: the source row to insert before,
        and the y of the line that shows it.

        The upper half of a row means "before it", as in Qt's own indicator; below the last
        row means the end of the digest, even while the filter hides its last rows.
        """
        index = self.indexAt(pos)
        if not index.isValid():
            count = self._proxy.rowCount()
            line = self.visualRect(self._proxy.index(count - 1, 0)).bottom() + 1 if count else 0
            return self._proxy.sourceModel().rowCount(), line
        row = self._proxy.mapToSource(index).row()
        rect = self.visualRect(index)
        if pos.y() < rect.center().y():
            return row, rect.top()
        return row + 1, rect.bottom() + 1

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._choose_action(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self._choose_action(event)
        self._show_drop_line(self.drop_target(event.position().toPoint())[1] if event.isAccepted() else -1)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._show_drop_line(-1)

    @property
    def _drop_line(self) -> QFrame:
        if self._drop_line_widget is None:
            line = QFrame(self.viewport())
            line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            line.setAutoFillBackground(True)
            line.setBackgroundRole(QPalette.ColorRole.Highlight)
            line.hide()
            self._drop_line_widget = line
        return self._drop_line_widget

    def _show_drop_line(self, y: int) -> None:
        if y < 0:
            if self._drop_line_widget is not None:
                self._drop_line_widget.hide()
            return
        self._drop_line.setGeometry(0, y - 1, self.viewport().width(), 2)
        self._drop_line.show()
        self._drop_line.raise_()

    def _choose_action(self, event: QDragMoveEvent) -> None:
        if not event.isAccepted():
            return
        if self._proxy.dragged_rows(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
        else:
            event.setDropAction(external_drop_action(event.possibleActions()))
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.drop_target(event.position().toPoint())[0]
        mime = event.mimeData()
        rows = self._proxy.dragged_rows(mime)
        if rows is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.rows_dropped.emit(rows, row)
        else:
            content = read_mime(mime)
            if content.is_empty:
                event.ignore()
            else:
                event.setDropAction(external_drop_action(event.possibleActions()))
                event.accept()
            # Emitted once the drop is over: the window may open a file or a message box,
            # and a dialog inside a drop handler stalls the application the drag came from.
            # An empty drop is reported too, so the window can say that it found nothing.
            QTimer.singleShot(0, self, lambda: self.content_dropped.emit(content, row))
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self._show_drop_line(-1)
