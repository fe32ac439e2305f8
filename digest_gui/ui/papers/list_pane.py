"""The paper list pane: a filter box over the digest's papers, in publication order.

Rows move by drag and drop or Ctrl+Shift+Up/Down, go with Delete and are marked from the
context menu; links and files dropped from elsewhere are read here and handed to the
window through `content_dropped`. Every row number this pane takes or gives is a row of
the PaperModel, never one of the filter proxy.

The pane wires together the filter (paper_filter.py), the table (paper_table.py) and the
cells' icons and tooltips (paper_icons.py).

Keys are handled in an event filter rather than by shortcuts: the main window owns the
window-wide shortcuts (Ctrl+F, Ctrl+Shift+Up, ...), and a second shortcut on the same
keys would make both ambiguous, so that neither fires.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

# QKeySequence is named through QtGui: PySide makes a class (with its enums) when it is
# first named, and the first frame needs no key sequence.
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QVBoxLayout, QWidget

from digest_gui.core.model import Status
from digest_gui.ui.document.paper_model import COLUMN_COUNT, COLUMN_TITLE_EN, PaperModel
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.filter import PaperFilterProxy, paper_link
from digest_gui.ui.papers.icons import REVIEWED_COLOR, STATUS_ICONS, PaperDecorations
from digest_gui.ui.papers.table import PaperTable

MARKED_STATUSES = (Status.REVIEWED, Status.DRAFTED, Status.NEW)  # the context menu's order


class PaperListPane(QWidget):
    """The digest's papers with a filter box; tells the window which paper is current."""

    current_row_changed = Signal(int)  # source row, -1 when no paper is current
    content_dropped = Signal(object, int)  # DropContent, source row to insert before

    def __init__(
        self, project: Project, parent: QWidget | None = None, decorations: PaperDecorations | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.model: PaperModel = project.model
        self.decorations = decorations or PaperDecorations()
        self.proxy = PaperFilterProxy(self, self.decorations)
        self.proxy.setSourceModel(self.model)
        self._current_row = -1
        # Which paper was at that row when it was reported: a removal or an undo can put
        # another paper at the same row, which the editor and preview must follow all the same.
        self._current_paper: object = None
        self._last_row = -1  # the last paper that was current, to return to after a filter
        self._hold = 0

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("paperFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.view = PaperTable(self.proxy, self)
        self.view.setObjectName("paperList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self._menu: QMenu | None = None  # built at its first use (context_menu)
        self._connect()
        self.retranslate()
        if self.model.rowCount():
            self.select_row(0)

    @property
    def context_menu(self) -> QMenu:
        """The papers' context menu and its actions (copy_links_action, mark_actions, ...),
        made at their first use: a real start's window adds its own after the first frame,
        so the first frame does not wait the 10 ms they take."""
        if self._menu is None:
            self._menu = self._build_menu()
        return self._menu

    def _build_menu(self) -> QMenu:
        # Shortcuts are shown in the menu and work while it is open (WidgetShortcut on the
        # menu); in the list itself the event filter handles the keys (see the module doc).
        menu = QMenu(self)
        icon = self.decorations.icon

        def add(icon_name: str, slot, keys=(), color: str = "") -> QAction:
            action = menu.addAction(icon(icon_name, color), "")
            action.setShortcuts([QtGui.QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            return action

        self.copy_links_action = add(
            "mdi6.content-copy", self.copy_links, [QtGui.QKeySequence.StandardKey.Copy]
        )
        menu.addSeparator()
        self.mark_actions = {
            status: add(
                STATUS_ICONS[status],
                lambda _checked=False, s=status: self.mark(s),
                color=REVIEWED_COLOR if status == Status.REVIEWED else "",
            )
            for status in MARKED_STATUSES
        }
        menu.addSeparator()
        self.move_up_action = add("mdi6.arrow-up", lambda: self.move_selected(-1), ["Ctrl+Shift+Up"])
        self.move_down_action = add("mdi6.arrow-down", lambda: self.move_selected(1), ["Ctrl+Shift+Down"])
        menu.addSeparator()
        self.delete_action = add("mdi6.delete-outline", self.delete_selected, ["Del", "Backspace"])
        menu.aboutToShow.connect(self._on_context_menu_about_to_show)
        self._retranslate_menu()
        return menu

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.rows_dropped.connect(self._on_view_rows_dropped)
        self.view.content_dropped.connect(self.content_dropped)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
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
        if self._menu is not None:
            self._retranslate_menu()
        # The model is shared, but only this pane shows its header.
        self.model.header_labels = ("#", "", self.tr("English"), self.tr("中文"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        # The cells' tooltips are looked up each time one is shown (see paper_icons.py):
        # no text is cached, so there is nothing to forget here.

    def _retranslate_menu(self) -> None:
        self.copy_links_action.setText(self.tr("&Copy Links"))
        self.mark_actions[Status.REVIEWED].setText(self.tr("Mark &Reviewed"))
        self.mark_actions[Status.DRAFTED].setText(self.tr("Mark &Drafted"))
        self.mark_actions[Status.NEW].setText(self.tr("Mark &New"))
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

    def shown_rows(self) -> list[int]:
        """The rows of the papers the list shows, in its order (the filter applied)."""
        proxy = self.proxy
        return [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]

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

    def mark(self, status: Status) -> None:
        self.project.set_status(self.selected_rows(), status)

    def copy_links(self) -> None:
        """Put the selected papers' links on the clipboard, one a line."""
        rows = self.selected_rows()
        if rows:
            # Plain text, not a QMimeData with a URL list: PySide6 6.11 frees a mime
            # object handed to the clipboard twice, and the process crashes on exit.
            links = [paper_link(self.project.model.paper(row)) for row in rows]
            QGuiApplication.clipboard().setText("\n".join(links))

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.view:
                return self._list_key(event)
            if watched is self.filter_edit:
                return self._filter_key(event)
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        vertical: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mods == Qt.KeyboardModifier.NoModifier:
            self.delete_selected()
        elif key in vertical and mods == ctrl | shift:
            self.move_selected(vertical[key])
        elif event.matches(QtGui.QKeySequence.StandardKey.Copy):
            self.copy_links()
        elif event.matches(QtGui.QKeySequence.StandardKey.Find):
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
        paper = self._paper_key(row)
        if row != self._current_row or paper != self._current_paper:
            self._current_row = row
            self._current_paper = paper
            self.current_row_changed.emit(row)

    def _paper_key(self, row: int) -> object:
        """What tells papers apart: the arXiv id (unique in a digest; a fetched or drafted
        paper replaced by its new version keeps it), else the Paper object itself."""
        if not 0 <= row < self.model.rowCount():
            return None
        paper = self.model.paper(row)
        return paper.id or paper

    def _on_context_menu_about_to_show(self) -> None:
        rows = self.selected_rows()
        for action in (self.copy_links_action, self.delete_action, *self.mark_actions.values()):
            action.setEnabled(bool(rows))
        self.move_up_action.setEnabled(bool(rows) and rows[0] > 0)
        self.move_down_action.setEnabled(bool(rows) and rows[-1] < self.model.rowCount() - 1)
