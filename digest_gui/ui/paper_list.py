"""The paper list pane: a filter box over the digest's papers, in publication order.

Rows move by drag and drop or Ctrl+Shift+Up/Down, go with Delete and are marked from the
context menu; links and files dropped from elsewhere are read here and handed to the
window through `content_dropped`. Every row number this pane takes or gives is a row of
the PaperModel, never one of the filter proxy.

Keys are handled in an event filter rather than by shortcuts: the main window owns the
window-wide shortcuts (Ctrl+F, Ctrl+Shift+Up, ...), and a second shortcut on the same
keys would make both ambiguous, so that neither fires.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

import qtawesome as qta
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.identifiers import abs_url, parse_arxiv_id
from digest_gui.core.model import Paper
from digest_gui.ui.drops import read_mime
from digest_gui.ui.paper_model import (
    COLUMN_NUMBER,
    COLUMN_STATUS,
    COLUMN_TITLE_EN,
    COLUMN_TITLE_ZH,
    PaperModel,
    SearchTextRole,
)
from digest_gui.ui.project import Project

# A drag of rows out of this list; its data names the list it came from (see PaperFilterProxy).
ROWS_MIME = "application/x-digest-gui-rows"

STATUS_ICONS = {
    "new": "mdi6.file-outline",
    "fetched": "mdi6.file-download-outline",
    "drafted": "mdi6.file-edit-outline",
    "reviewed": "mdi6.check-circle",
}
ERROR_ICON = "mdi6.alert-circle"
MISSING_ICON = "mdi6.circle"
REVIEWED_COLOR = "#2e8b3e"
ERROR_COLOR = "#d32f2f"
MISSING_COLOR = "#ef7d00"
ICON_SIZES = (16, 24, 32, 48)  # list rows at 1x, 1.5x, 2x and 3x scaling
MARKED_STATUSES = ("reviewed", "drafted", "new")  # the context menu's order


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaperListPane", text)


def fetch_error(paper: Paper) -> str:
    """The message of the paper's failed fetch, or ""."""
    error = paper.extra.get("fetch_error")
    return error.strip() if isinstance(error, str) else ""


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


# ---------------------------------------------------------------------- cells


def _status_label(status: str) -> str:
    labels = {
        "new": _tr("New: not fetched yet"),
        "fetched": _tr("Fetched"),
        "drafted": _tr("Drafted"),
        "reviewed": _tr("Reviewed"),
    }
    return labels.get(status, status)


def _field_label(name: str) -> str:
    labels = {"title_zh": _tr("中文标题"), "summary_zh": _tr("一句话总结"), "abstract_zh": _tr("摘要翻译")}
    return labels.get(name, name)


class PaperDecorations:
    """Icons and tooltips of the list's cells; the pane installs it as PaperModel.decorate.

    A plain object, not a widget method, because the model may outlive the pane.
    """

    def __init__(self) -> None:
        self._icons: dict[tuple[str, str, float], QIcon] = {}

    def clear(self) -> None:
        """Forget the icons, so that they are drawn again in a new palette's colours."""
        self._icons.clear()

    def icon(self, name: str, color: str = "", scale: float = 1.0) -> QIcon:
        key = (name, color, scale)
        if key not in self._icons:
            text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
            font_icon = qta.icon(name, color=QColor(color) if color else text, scale_factor=scale)
            # Drawn once into pixmaps: a qtawesome icon runs Python code every time it is
            # painted, for every visible row, and with PySide6 6.12 on Python 3.11 each
            # such call also loses a reference to None until the interpreter aborts.
            icon = QIcon()
            for size in ICON_SIZES:
                icon.addPixmap(font_icon.pixmap(size, size))
            self._icons[key] = icon
        return self._icons[key]

    def status_icon(self, paper: Paper) -> QIcon:
        if fetch_error(paper):
            return self.icon(ERROR_ICON, ERROR_COLOR)
        name = STATUS_ICONS.get(paper.status, STATUS_ICONS["new"])
        return self.icon(name, REVIEWED_COLOR if paper.status == "reviewed" else "")

    def __call__(self, paper: Paper, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COLUMN_STATUS:
                return self.status_icon(paper)
            if column == COLUMN_TITLE_ZH and paper.missing_chinese():
                return self.icon(MISSING_ICON, MISSING_COLOR, 0.65)  # a dot, smaller than the status icons
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(paper, column)
        return None

    def tooltip(self, paper: Paper, column: int) -> str | None:
        if column == COLUMN_STATUS:
            error = fetch_error(paper)
            return _tr("Fetch failed: %s") % error if error else _status_label(paper.status)
        if column == COLUMN_TITLE_EN:
            # Titles are elided in the list; the tooltip has them whole.
            return "\n".join(filter(None, (paper.title_en, f"arXiv:{paper.versioned_id}")))
        if column == COLUMN_TITLE_ZH:
            missing = paper.missing_chinese()
            lines = [paper.title_zh.strip()]
            if missing:
                lines.append(_tr("Missing: %s") % ", ".join(_field_label(name) for name in missing))
            return "\n".join(filter(None, lines)) or None
        return None


# ---------------------------------------------------------------------- filter and drag model


class PaperFilterProxy(QSortFilterProxyModel):
    """Shows the papers that contain every word of the filter; never sorts.

    Also the view's drag-and-drop model: it writes drags of rows and says which drops
    the list takes (the view's dropEvent does the rest, so that a move is one undo step).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
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

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        return self.rows_mime(sorted({self.mapToSource(index).row() for index in indexes}))

    def rows_mime(self, rows: list[int]) -> QMimeData:
        """A drag of source rows: moved within this list, links anywhere else."""
        model = self.sourceModel()
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

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        return data.hasFormat(ROWS_MIME) or data.hasUrls() or data.hasText() or data.hasHtml()

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        return False

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        # A finished drag with MoveAction asks the model to remove the dragged rows; the
        # drop has already moved them through the undo stack, so nothing is removed here.
        return False


class _PaperTable(QTableView):
    """The list's table: drops of its own rows move them, other drops are read."""

    rows_dropped = Signal(list, int)  # source rows, source row to put them before
    content_dropped = Signal(object, int)  # DropContent, source row to insert before

    def __init__(self, proxy: PaperFilterProxy, parent: QWidget) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self.setModel(proxy)
        # Where a drop would go: a line over the viewport, a child widget rather than a
        # paintEvent override, so that painting the list runs no Python code.
        self._drop_line = QFrame(self.viewport())
        self._drop_line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._drop_line.setAutoFillBackground(True)
        self._drop_line.setBackgroundRole(QPalette.ColorRole.Highlight)
        self._drop_line.hide()
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

    def _show_drop_line(self, y: int) -> None:
        if y < 0:
            self._drop_line.hide()
            return
        self._drop_line.setGeometry(0, y - 1, self.viewport().width(), 2)
        self._drop_line.show()
        self._drop_line.raise_()

    def _choose_action(self, event: QDragMoveEvent) -> None:
        if not event.isAccepted():
            return
        if self._proxy.dragged_rows(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
        elif event.possibleActions() & Qt.DropAction.CopyAction:
            # A browser offers to move its links too; nothing of the page should go away.
            event.setDropAction(Qt.DropAction.CopyAction)
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
                if event.possibleActions() & Qt.DropAction.CopyAction:
                    event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            # Emitted once the drop is over: the window may open a file or a message box,
            # and a dialog inside a drop handler stalls the application the drag came from.
            # An empty drop is reported too, so the window can say that it found nothing.
            QTimer.singleShot(0, self, lambda: self.content_dropped.emit(content, row))
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self._show_drop_line(-1)


# ---------------------------------------------------------------------- the pane


class PaperListPane(QWidget):
    """The digest's papers with a filter box; tells the window which paper is current."""

    current_row_changed = Signal(int)  # source row, -1 when no paper is current
    content_dropped = Signal(object, int)  # DropContent, source row to insert before

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.model: PaperModel = project.model
        self.decorations = PaperDecorations()
        self.model.decorate = self.decorations
        self.proxy = PaperFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._current_row = -1
        self._last_row = -1  # the last paper that was current, to return to after a filter
        self._hold = 0

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("paperFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.view = _PaperTable(self.proxy, self)
        self.view.setObjectName("paperList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self._build_menu()
        self._connect()
        self.retranslate()
        if self.model.rowCount():
            self.select_row(0)

    def _build_menu(self) -> None:
        # Shortcuts are shown in the menu and work while it is open (WidgetShortcut on the
        # menu); in the list itself the event filter handles the keys (see the module doc).
        self.context_menu = QMenu(self)
        icon = self.decorations.icon

        def add(icon_name: str, slot, keys=(), color: str = "") -> QAction:
            action = self.context_menu.addAction(icon(icon_name, color), "")
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            return action

        self.copy_links_action = add("mdi6.content-copy", self.copy_links, [QKeySequence.StandardKey.Copy])
        self.context_menu.addSeparator()
        self.mark_actions = {
            status: add(
                STATUS_ICONS[status],
                lambda _checked=False, s=status: self.mark(s),
                color=REVIEWED_COLOR if status == "reviewed" else "",
            )
            for status in MARKED_STATUSES
        }
        self.context_menu.addSeparator()
        self.move_up_action = add("mdi6.arrow-up", lambda: self.move_selected(-1), ["Ctrl+Shift+Up"])
        self.move_down_action = add("mdi6.arrow-down", lambda: self.move_selected(1), ["Ctrl+Shift+Down"])
        self.context_menu.addSeparator()
        self.delete_action = add("mdi6.delete-outline", self.delete_selected, ["Del", "Backspace"])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.rows_dropped.connect(self._on_view_rows_dropped)
        self.view.content_dropped.connect(self.content_dropped)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.context_menu.aboutToShow.connect(self._on_context_menu_about_to_show)
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)
        # Connected after the proxy, so these run once it has followed the change. A move or
        # a removal above changes the current paper's row without changing the current index.
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.model.rowsRemoved.connect(self._sync_current)
        self.model.layoutChanged.connect(self._sync_current)
        self.model.focus_requested.connect(self._on_model_focus_requested)
        self.model.digest_replaced.connect(self._on_model_digest_replaced)

    def retranslate(self) -> None:
        """Every text of the pane in the current interface language."""
        self.filter_edit.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter_edit.setToolTip(self.tr("Shows the papers that contain all these words, in any language"))
        self.copy_links_action.setText(self.tr("&Copy Links"))
        self.mark_actions["reviewed"].setText(self.tr("Mark &Reviewed"))
        self.mark_actions["drafted"].setText(self.tr("Mark &Drafted"))
        self.mark_actions["new"].setText(self.tr("Mark &New"))
        self.move_up_action.setText(self.tr("Move &Up"))
        self.move_down_action.setText(self.tr("Move Do&wn"))
        self.delete_action.setText(self.tr("De&lete"))

    # ------------------------------------------------------------------ selection API

    def current_row(self) -> int:
        """The current paper's row, or -1."""
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        """The selected papers' rows, ascending."""
        rows = self.view.selectionModel().selectedRows()
        return sorted({self.proxy.mapToSource(index).row() for index in rows})

    def select_row(self, row: int) -> None:
        """Make row current and show it (clearing the filter if it hides the row); -1 selects nothing.

        A row that is already part of a selection becomes current within it, so that a
        multi-selection survives a move or an undo that asks to show its rows.
        """
        if not 0 <= row < self.model.rowCount():
            self.view.selectionModel().clear()
            self._sync_current()
            return
        with self._holding_current():
            if self._proxy_row(row) < 0:
                self.filter_edit.clear()
            self._select_proxy_row(self._proxy_row(row), keep_selection=True)

    def select_relative(self, step: int) -> None:
        """Select the paper step rows below (above, if negative) the current one among those shown."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.view.currentIndex()
        if current.isValid():
            target = max(0, min(count - 1, current.row() + step))
        else:
            target = 0 if step > 0 else count - 1
        with self._holding_current():
            self._select_proxy_row(target, keep_selection=False)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # ------------------------------------------------------------------ commands

    def delete_selected(self) -> None:
        self.project.remove(self.selected_rows())

    def move_selected(self, step: int) -> None:
        self.project.move_by(self.selected_rows(), step)

    def mark(self, status: str) -> None:
        self.project.set_status(self.selected_rows(), status)

    def copy_links(self) -> None:
        """Put the selected papers' links on the clipboard, one a line."""
        rows = self.selected_rows()
        if rows:
            QGuiApplication.clipboard().setMimeData(self.proxy.rows_mime(rows))

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.view:
                return self._list_key(event)
            if watched is self.filter_edit:
                return self._filter_key(event)
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mods == Qt.KeyboardModifier.NoModifier:
            self.delete_selected()
        elif key in vertical and mods == ctrl | shift:
            self.move_selected(vertical[key])
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_links()
        elif event.matches(QKeySequence.StandardKey.Find):
            self.focus_filter()
        else:
            return False
        return True

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.filter_edit.clear()
        elif key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            return False
        # Back to the list, on the paper the filter led to.
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())
        elif self.proxy.rowCount():
            self.select_relative(1)
        return True

    # ------------------------------------------------------------------ slots

    def _on_filter_edit_text_changed(self, text: str) -> None:
        with self._holding_current():
            target = self.current_row()
            if target < 0:
                target = self._last_row
            self.proxy.set_filter_text(text)
            if 0 <= target < self.model.rowCount() and self._proxy_row(target) >= 0:
                self._select_proxy_row(self._proxy_row(target), keep_selection=True)
            elif self.proxy.rowCount():
                self._select_proxy_row(0, keep_selection=False)

    def _on_view_rows_dropped(self, rows: list[int], row: int) -> None:
        self.project.move(rows, row)

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        self.context_menu.popup(self.view.viewport().mapToGlobal(pos))

    def _on_selection_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._sync_current()

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self.select_row(first)

    def _on_model_focus_requested(self, row: int, _field: str) -> None:
        if row >= 0:
            self.select_row(row)

    def _on_model_digest_replaced(self) -> None:
        with self._holding_current():
            self.filter_edit.clear()
            self.select_row(0 if self.model.rowCount() else -1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.decorations.clear()  # icons follow the text colour (dark mode)
            self.view.viewport().update()

    # ------------------------------------------------------------------ helpers

    def _proxy_row(self, row: int) -> int:
        return self.proxy.mapFromSource(self.model.index(row, 0)).row()

    def _select_proxy_row(self, proxy_row: int, *, keep_selection: bool) -> None:
        selection = self.view.selectionModel()
        current = self.view.currentIndex()
        index = self.proxy.index(proxy_row, current.column() if current.isValid() else COLUMN_TITLE_EN)
        flags = QItemSelectionModel.SelectionFlag
        if keep_selection and selection.isRowSelected(proxy_row, QModelIndex()):
            selection.setCurrentIndex(index, flags.NoUpdate)
        else:
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        if self.view.isVisible():  # a hidden view has no size to scroll by; see showEvent
            self.view.scrollTo(index)

    @contextmanager
    def _holding_current(self) -> Iterator[None]:
        """Report the current row once, after a change that moves it through several rows."""
        self._hold += 1
        try:
            yield
        finally:
            self._hold -= 1
            self._sync_current()

    def _sync_current(self, *_args) -> None:
        if self._hold:
            return
        row = self.current_row()
        if row >= 0:
            self._last_row = row
        if row != self._current_row:
            self._current_row = row
            self.current_row_changed.emit(row)

    def _on_context_menu_about_to_show(self) -> None:
        rows = self.selected_rows()
        for action in (self.copy_links_action, self.delete_action, *self.mark_actions.values()):
            action.setEnabled(bool(rows))
        self.move_up_action.setEnabled(bool(rows) and rows[0] > 0)
        self.move_down_action.setEnabled(bool(rows) and rows[-1] < self.model.rowCount() - 1)
