"""The bar that says, for as long as it lasts, that crash protection cannot write."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.widgets.notice_bar import NoticeBar


class AutosaveNotice(NoticeBar):
    """Shown while the recovery file cannot be written (full or read-only data folder)."""

    def __init__(self, autosave: Autosave, parent: QWidget | None = None) -> None:
        super().__init__("autosaveNotice", "error", ("retry",), parent)
        self.autosave = autosave
        self.buttons["retry"].clicked.connect(self._on_retry_clicked)
        autosave.failure_changed.connect(self._on_autosave_failure_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons["retry"].setText(self.tr("Try Again"))
        self._show(self.autosave.last_error)

    def _on_autosave_failure_changed(self, reason: str) -> None:
        self._show(reason)

    def _on_retry_clicked(self) -> None:
        self.autosave.write_now()

    def _show(self, reason: str) -> None:
        if not reason:
            self.hide()
            return
        self.set_text(
            self.tr(
                "Crash protection is off: unsaved changes cannot be written to the recovery "
                "folder (%1). Save the project to keep them; this notice goes away once "
                "writing works again."
            ).replace("%1", reason)
        )
        self.show()
