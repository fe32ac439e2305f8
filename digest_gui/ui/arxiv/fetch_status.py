"""The window's side of fetching: "Fetching %v of %m" with Cancel in the status bar, then a summary."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QToolButton, QWidget

from digest_gui.ui.arxiv.fetch import FetchController
from digest_gui.ui.document.project import Project
from digest_gui.ui.widgets.status_messenger import StatusMessenger


class FetchStatus(QObject):
    """Shows a FetchController's progress and outcome, and repaints the rows it is working on."""

    def __init__(
        self, fetcher: FetchController, project: Project, status: StatusMessenger, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.fetcher = fetcher
        self.project = project
        self.status = status
        self.progress = QProgressBar(parent)
        self.progress.setObjectName("fetchProgress")
        self.progress.setMaximumWidth(220)
        self.cancel_button = QToolButton(parent)
        self.cancel_button.setObjectName("fetchCancel")
        self.cancel_button.clicked.connect(fetcher.cancel)
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            status.add_permanent(widget)
        fetcher.progress.connect(self._on_fetcher_progress)
        fetcher.states_changed.connect(self._on_fetcher_states_changed)
        fetcher.finished.connect(self._on_fetcher_finished)
        fetcher.message.connect(lambda text: status.show(text, 10000))

    def retranslate(self) -> None:
        """The progress bar's and Cancel's texts in the interface language."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setFormat(self.tr("Fetching %v of %m"))

    def _on_fetcher_progress(self, done: int, total: int) -> None:
        busy = done < total
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _on_fetcher_states_changed(self, ids: list[str]) -> None:
        wanted = set(ids)
        rows = [row for row, paper in enumerate(self.project.digest.papers) if paper.id in wanted]
        if rows:
            self.project.model.refresh_rows(min(rows), max(rows))

    def _on_fetcher_finished(self, fetched: int, failed: int) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        text = self.tr("Fetched %n paper(s) from arXiv", "", fetched)
        if failed:
            text += "; " + self.tr("%n failed (see the red marks in the list; F5 tries again)", "", failed)
        self.status.show(text, 15000)
