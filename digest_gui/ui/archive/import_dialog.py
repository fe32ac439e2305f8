"""File → Import Folder into Archive…: a folder of past digests, imported in the background
with a progress bar and Cancel; files that cannot be read are listed with their reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from digest_gui.core.archive.folder_import import ImportProgress, ImportSummary
from digest_gui.ui.archive.controller import ArchiveController
from digest_gui.ui.workers import Task


def ask_archive_folder(parent: QWidget | None, folder: str) -> str:
    """The folder of past digests to import; '' when cancelled."""
    title = QCoreApplication.translate("ArchiveImportDialog", "Import Folder into Archive")
    return QFileDialog.getExistingDirectory(parent, title, folder, QFileDialog.Option.ShowDirsOnly)


class ArchiveImportDialog(QDialog):
    """Follows one folder import: progress and Cancel while it runs, then what it did."""

    def __init__(self, archive: ArchiveController, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveImportDialog")
        self.setWindowTitle(self.tr("Import Folder into Archive"))
        self.resize(620, 360)
        self.archive = archive
        self.folder = folder
        self.summary: ImportSummary | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setText(self.tr("Importing %1").replace("%1", folder))
        layout.addWidget(self.heading)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first file is counted
        layout.addWidget(self.bar)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        # File names and reasons as plain text (a name may hold anything).
        self.unreadable = QPlainTextEdit(self)
        self.unreadable.setObjectName("unreadableFiles")
        self.unreadable.setReadOnly(True)
        self.unreadable.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.unreadable.hide()
        layout.addWidget(self.unreadable, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.task: Task = archive.import_folder(folder)
        self.task.progress.connect(self._on_task_progress)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.cancelled.connect(self._on_task_cancelled)

    def reject(self) -> None:
        # Cancel while it runs stops the import (what is imported stays); Close closes.
        if self.buttons.button(QDialogButtonBox.StandardButton.Cancel) is not None:
            self.task.cancel()
            self.state.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def _finish(self, text: str) -> None:
        self.state.setText(text)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _on_task_progress(self, progress: ImportProgress) -> None:
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)
        self.state.setText(
            self.tr("%1 of %2 files").replace("%1", str(progress.done)).replace("%2", str(progress.total))
        )

    def _on_task_succeeded(self, result: object) -> None:
        if not self.archive.take_result(result) or not isinstance(result, ImportSummary):
            self.bar.setRange(0, 1)
            self._finish(self.tr("The archive cannot be used; nothing was imported."))
            return
        self.summary = result
        self.bar.setRange(0, max(1, result.files))
        self.bar.setValue(result.files)
        text = self.tr("%1 files: %2 added, %3 updated, %4 unchanged, %5 could not be read")
        for number, value in enumerate(
            (result.files, result.added, result.replaced, result.unchanged, len(result.unreadable)), 1
        ):
            text = text.replace(f"%{number}", str(value))
        if result.unreadable:
            self.unreadable.setPlainText(
                "\n".join(f"{item.path}\t{item.reason}" for item in result.unreadable)
            )
            self.unreadable.show()
        self._finish(text)
        self.archive.refresh_covered()

    def _on_task_failed(self, line: str) -> None:
        self._finish(self.tr("The import stopped: %1").replace("%1", line))

    def _on_task_cancelled(self) -> None:
        self._finish(self.tr("Cancelled; the files imported so far stay in the archive."))
        self.archive.refresh_covered()
