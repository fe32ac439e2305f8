"""Paper → Glossary: the project's terms and the Chinese the digest uses for them.

The dialog edits a copy; the window applies it on OK as one undoable step
(Project.set_glossary). Importing merges: an imported term replaces the row with the
same term (compared case-insensitively), new terms are added at the end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.errors import DigestError
from digest_gui.core.glossary import read_glossary, write_glossary
from digest_gui.core.model import GlossaryEntry
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.ui import dialogs
from digest_gui.ui.widgets.plain_text import plain_label

COLUMN_TERM, COLUMN_ZH, COLUMN_NOTE = range(3)
ERROR_COLOR = "#d9453c"


def _key(term: str) -> str:
    return " ".join(term.split()).casefold()


class GlossaryDialog(QDialog):
    """An editable table of term / 中文 / note, with CSV/TSV import and export."""

    def __init__(self, entries: list[GlossaryEntry], folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.folder = folder
        self.setWindowTitle(self.tr("Glossary"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter terms"))
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("中文"), self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_TERM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_ZH, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(COLUMN_TERM, 220)
        self.table.setColumnWidth(COLUMN_ZH, 160)
        for entry in entries:
            self._append(entry)

        self.add_button = QPushButton(self.tr("&Add Term"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.import_button = QPushButton(self.tr("&Import CSV/TSV…"), self)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.import_button, self.export_button):
            tools.addWidget(button)

        self.message = plain_label(QLabel(self))  # quotes the file's text as written
        self.message.setWordWrap(True)
        self.message.setObjectName("glossaryMessage")
        note = QLabel(
            self.tr(
                "Drafts are asked to use these translations, and the quality checks point out "
                "papers whose Chinese does not."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._on_table_item_selection_changed()
        self.resize(680, 480)

    # ------------------------------------------------------------------ rows

    def _append(self, entry: GlossaryEntry) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, entry)
        return row

    def _set_row(self, row: int, entry: GlossaryEntry) -> None:
        for column, text in ((COLUMN_TERM, entry.term), (COLUMN_ZH, entry.zh), (COLUMN_NOTE, entry.note)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def add_row(self) -> None:
        """A new empty row, being edited."""
        self.filter_edit.clear()
        row = self._append(GlossaryEntry("", ""))
        self.table.setCurrentCell(row, COLUMN_TERM)
        term_item = self.table.item(row, COLUMN_TERM)
        if term_item is not None:  # _append has just filled the row
            self.table.editItem(term_item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def entries(self) -> list[GlossaryEntry]:
        """The table's entries in order; rows with neither a term nor Chinese are left out."""
        entries = []
        for row in range(self.table.rowCount()):
            term, zh, note = (self._text(row, column) for column in range(3))
            if term or zh:
                entries.append(GlossaryEntry(term, zh, note))
        return entries

    def problem(self) -> str:
        """What keeps the table from being saved ("" when nothing does)."""
        seen: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            term, zh = self._text(row, COLUMN_TERM), self._text(row, COLUMN_ZH)
            if not term and not zh:
                continue
            if not zh:
                return self.tr("Row %1: “%2” has no Chinese.").replace("%1", str(row + 1)).replace("%2", term)
            if not term:
                return (
                    self.tr("Row %1: “%2” has no English term.").replace("%1", str(row + 1)).replace("%2", zh)
                )
            if _key(term) in seen:
                return (
                    self.tr("Row %1: “%2” is already in row %3.")
                    .replace("%1", str(row + 1))
                    .replace("%2", term)
                    .replace("%3", str(seen[_key(term)] + 1))
                )
            seen[_key(term)] = row
        return ""

    # ------------------------------------------------------------------ files

    def merge(self, imported: list[GlossaryEntry]) -> tuple[int, int]:
        """Add imported entries; a term already in the table is replaced. Return (added, replaced)."""
        rows = {_key(self._text(row, COLUMN_TERM)): row for row in range(self.table.rowCount())}
        added = replaced = 0
        for entry in imported:
            row = rows.get(_key(entry.term))
            if row is None:
                rows[_key(entry.term)] = self._append(entry)
                added += 1
            else:
                self._set_row(row, entry)
                replaced += 1
        return added, replaced

    def import_file(self, path: str | None = None) -> bool:
        """Read a CSV or TSV glossary into the table; a bad file says why in the dialog."""
        if path is None:
            path = dialogs.ask_glossary_path(self, self.folder)
            if not path:
                return False
        name = Path(path).name
        try:
            text = Path(path).read_bytes().decode("utf-8")
            imported = read_glossary(text)
        except OSError as error:
            self._show(f"{name}: {error.strerror or error}", error=True)
            return False
        except UnicodeDecodeError as error:
            text = self.tr("%1: not UTF-8 text (byte %2)").replace("%1", name).replace("%2", str(error.start))
            self._show(text, error=True)
            return False
        except DigestError as error:
            self._show(f"{name}: {error}", error=True)
            return False
        self.filter_edit.clear()
        added, replaced = self.merge(imported)
        text = self.tr("Imported %n term(s) from %1", "", added + replaced).replace("%1", name)
        if replaced:
            text += self.tr(" (%n replaced)", "", replaced)
        self._show(text)
        return True

    def export_file(self, path: str | None = None) -> bool:
        """Write the table as CSV (or TSV, for a .tsv name)."""
        if path is None:
            path = dialogs.ask_save_path(
                self,
                self.tr("Export Glossary"),
                str(Path(self.folder or Path.home()) / "glossary.csv"),
                self.tr("CSV (*.csv);;Tab-separated (*.tsv)"),
            )
            if not path:
                return False
        target = Path(path)
        try:
            atomic_write_text(target, write_glossary(self.entries(), tsv=target.suffix.lower() == ".tsv"))
        except OSError as error:
            self._show(f"{target.name}: {error.strerror or error}", error=True)
            return False
        self._show(self.tr("Exported %n term(s) to %1", "", len(self.entries())).replace("%1", target.name))
        return True

    # ------------------------------------------------------------------ dialog

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setText(text)

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self._show(problem, error=True)
            return
        super().accept()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            haystack = " ".join(self._text(row, column) for column in range(3)).casefold()
            self.table.setRowHidden(row, not all(word in haystack for word in words))

    def _on_table_item_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def keyPressEvent(self, event) -> None:
        # Return in the table edits the cell; it does not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            return
        super().keyPressEvent(event)
