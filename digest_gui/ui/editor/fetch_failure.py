"""The editor's notice for a paper whose fetch failed: why, in one line, with Retry.

The list marks such a paper with a red icon whose tooltip says why; in the editor, where
the user looks at the paper, the reason is spelled out ("Not fetched from arXiv: arXiv did
not answer within 30 s; gave up after 4 tries") with a button to fetch it again. While the
paper is being fetched again the notice says so instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.core.model import Paper
from digest_gui.ui.batch import waited_seconds
from digest_gui.ui.document.project import Project
from digest_gui.ui.papers.icons import fetch_error
from digest_gui.ui.widgets.notice_bar import NoticeBar


class FetchFailureNotice(QObject):
    """Owns the bar; the editor places it and says which paper is shown."""

    retry_requested = Signal(int)  # row: fetch this paper again

    def __init__(self, project: Project, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.row = -1
        # The paper's fetch state as the window's fetcher knows it ("pending", "fetching",
        # "waiting:<seconds>" or ""); the window sets it.
        self.fetch_state: Callable[[Paper], str] = lambda _paper: ""
        self.bar = NoticeBar("fetchFailureBar", "error", ("retry",), parent)
        self.bar.buttons["retry"].clicked.connect(self._on_retry_clicked)

    def retranslate(self) -> None:
        self.bar.buttons["retry"].setText(self.tr("Retry"))
        self.bar.buttons["retry"].setToolTip(self.tr("Fetch this paper from arXiv again (F5)"))
        self.refresh(self.row)

    def paper(self) -> Paper | None:
        return self.project.model.paper_at(self.row)

    def refresh(self, row: int | None = None) -> None:
        """Show what the paper at row (default: the one shown) needs."""
        if row is not None:
            self.row = row
        paper = self.paper()
        text, style = self._text(paper) if paper is not None else ("", "error")
        self.bar.setVisible(bool(text))
        if text:
            self.bar.set_style(style)
            self.bar.set_text(text)
            self.bar.buttons["retry"].setVisible(style == "error")

    def text(self) -> str:
        """What the notice says ("" while it is hidden)."""
        return self.bar.label.text() if not self.bar.isHidden() else ""

    def _text(self, paper: Paper) -> tuple[str, str]:
        state = self.fetch_state(paper)
        if state == "pending":
            return self.tr("Waiting to be fetched from arXiv…"), "suggestion"
        if state == "fetching":
            return self.tr("Fetching from arXiv…"), "suggestion"
        seconds = waited_seconds(state)
        if seconds:
            return self.tr("arXiv asked to wait %1 s; fetching goes on then").replace(
                "%1", seconds
            ), "suggestion"
        error = fetch_error(paper)
        if error:
            return self.tr("Not fetched from arXiv: %1").replace("%1", error), "error"
        return "", "error"

    def _on_retry_clicked(self) -> None:
        if self.paper() is not None:
            self.retry_requested.emit(self.row)
