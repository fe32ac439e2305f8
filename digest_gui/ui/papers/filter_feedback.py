"""Telling the user what the list's filter hides: in the editor when it hides every paper,
and in the status bar's count ("2 of 23 papers shown") while it is on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from digest_gui.ui.editor.placeholder import EditorPlaceholder
from digest_gui.ui.papers.list_pane import PaperListPane


class FilterFeedback(QObject):
    """Follows the filter and the papers; `changed` when what it shows may have changed."""

    changed = Signal()

    def __init__(
        self, pane: PaperListPane, placeholder: EditorPlaceholder, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.placeholder = placeholder
        pane.filter_edit.textChanged.connect(self.refresh)
        proxy = pane.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self.refresh)
        placeholder.clear_filter_requested.connect(self._on_placeholder_clear_filter_requested)

    def active(self) -> bool:
        """Whether the filter holds words (and may hide papers)."""
        return bool(self.pane.filter_edit.text().strip())

    def shown(self) -> int:
        """How many papers the list shows."""
        return self.pane.proxy.rowCount()

    def refresh(self, *_args) -> None:
        total = self.pane.model.rowCount()
        hides_all = self.active() and total > 0 and self.shown() == 0
        self.placeholder.set_filter_hides_all(self.pane.filter_edit.text() if hides_all else "", total)
        self.changed.emit()

    def _on_placeholder_clear_filter_requested(self) -> None:
        self.pane.filter_edit.clear()
        self.pane.view.setFocus()
