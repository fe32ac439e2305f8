"""The Help menu: the keyboard shortcuts (made from the action table), the log folder, About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digest_gui.paths import user_log_dir
from digest_gui.ui import dialogs
from digest_gui.ui.actions import ActionRegistry
from digest_gui.ui.widgets.status_messenger import StatusMessenger


class ShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: one row per action with a key (action, shortcut, menu)."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Menu")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row."""
        rows = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, column) for column in range(3)]
            action, shortcut, menu = (item.text() if item is not None else "" for item in items)
            rows.append((action, shortcut, menu))
        return rows


def show_shortcuts(actions: ActionRegistry, parent: QWidget) -> ShortcutsDialog:
    """Open the Keyboard Shortcuts list (not modal: it may stay open while one works)."""
    dialog = ShortcutsDialog(actions.shortcut_rows(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_log_folder(status: StatusMessenger) -> bool:
    """Create the log folder if need be and show it in the file manager; else say where it is."""
    folder = user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    # No file manager (a bare desktop, a remote session): the path is the next best thing.
    status.show(QCoreApplication.translate("Help", "The log files are in %1").replace("%1", str(folder)), 0)
    return False


def show_about(parent: QWidget) -> None:
    """Help → About: the version of the app and of what it is built on."""
    from digest_gui.ui.about import about_text

    dialogs.show_info(parent, QCoreApplication.translate("Help", "About digest-gui"), about_text())
