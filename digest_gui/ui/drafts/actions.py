"""The window's side of drafting: what Paper → Draft… do, the status bar's progress, the summary.

The DraftController (controller.py) does the work; this shows it the way FetchStatus shows
a fetch: "Drafting %v of %m" with Cancel in the status bar while a batch runs,
then one line saying what it did and what it cost in tokens. When no model is set up,
asking for a draft opens Preferences → Model instead of sending anything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.core.drafting import secrets
from digest_gui.core.failures import Failure
from digest_gui.ui import dialogs
from digest_gui.ui.document.project import Project
from digest_gui.ui.drafts.controller import DraftController, llm_settings
from digest_gui.ui.failures import failure_text
from digest_gui.ui.settings import Settings
from digest_gui.ui.widgets.status_messenger import StatusMessenger
from digest_gui.ui.widgets.status_progress import StatusProgress


class DraftActions(QObject):
    """Draft Chinese and Draft All Without Chinese (actions of the table in ui/actions.py)."""

    preferences_changed = Signal()  # the user set up the model when a draft asked for one

    def __init__(
        self, project: Project, settings: Settings, status: StatusMessenger, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.settings = settings
        self.status = status
        self.dialog_parent = parent
        self.controller = DraftController(project, lambda: llm_settings(settings), self)
        self.progress = StatusProgress("draftProgress", status, parent)
        self.progress.cancel_clicked.connect(self.cancel)
        self._cancelled = False
        self.controller.progress.connect(self._on_controller_progress)
        self.controller.states_changed.connect(self._on_controller_states_changed)
        self.controller.finished.connect(self._on_controller_finished)
        self.controller.message.connect(lambda text: self._say(text, 15000))
        self.controller.key_needed.connect(self._on_controller_key_needed)

    def retranslate(self) -> None:
        """The texts of the progress bar and its Cancel (the actions' come from the action table)."""
        self.progress.bar.setFormat(self.tr("Drafting %v of %m"))
        self.progress.retranslate()

    def _say(self, text: str, milliseconds: int = 10000) -> None:
        self.status.show(text, milliseconds)

    # ------------------------------------------------------------------ asking

    def ready(self) -> bool:
        """True when a model is set up; else open Preferences → Model (nothing is sent)."""
        if self.controller.configured():
            return True
        self._say(
            self.tr("Drafting needs a model: set the server address and the model in Preferences → Model.")
        )
        if dialogs.edit_preferences(self.dialog_parent, self.settings, "model"):
            self.preferences_changed.emit()
        return self.controller.configured()

    def draft_rows(self, rows: list[int]) -> int:
        if not rows:
            self._say(self.tr("Select the papers to draft first."))
            return 0
        if not self.ready():
            return 0
        if not self.controller.busy():
            self._cancelled = False
        queued = self.controller.draft_rows(rows)
        if not queued:
            self._say(
                self.tr("Nothing to draft: these papers are being drafted already, or have no arXiv id.")
            )
        return queued

    def draft_missing(self) -> int:
        if not self.ready():
            return 0
        if not self.controller.busy():
            self._cancelled = False
        queued = self.controller.draft_missing()
        if not queued:
            self._say(self.tr("Every paper has its Chinese (or no English to translate yet)."))
        return queued

    def _on_controller_key_needed(self, ids: list[str], failure: Failure) -> None:
        """The keyring could not be read: ask for the key (kept for this session), then draft again."""
        key = dialogs.ask_api_key(self.dialog_parent, failure_text(failure))
        if not key:
            self.controller.fail_papers(ids, failure)
            self._say(self.tr("Cannot draft: %1").replace("%1", failure_text(failure)))
            return
        secrets.remember_for_session(key)
        digest = self.project.digest
        self.controller.draft(
            [digest.papers[digest.index_of(pid)] for pid in ids if digest.index_of(pid) >= 0]
        )

    def cancel(self) -> None:
        self._cancelled = True
        self.controller.cancel()

    def shut_down(self) -> None:
        """Stop before the window closes."""
        self.controller.cancel()
        self.controller.wait(5000)

    # ------------------------------------------------------------------ following

    def _on_controller_progress(self, done: int, total: int) -> None:
        self.progress.show_count(done, total)

    def _on_controller_states_changed(self, ids: list[str]) -> None:
        wanted = set(ids)
        rows = [row for row, paper in enumerate(self.project.digest.papers) if paper.id in wanted]
        if rows:
            self.project.model.refresh_rows(min(rows), max(rows))

    def _on_controller_finished(self, drafted: int, failed: int, prompt: int, completion: int) -> None:
        self.progress.hide()
        if not (drafted or failed or self._cancelled):
            return  # nothing was sent (a message said why)
        self._say(self.summary(drafted, failed, prompt, completion), 30000)

    def summary(self, drafted: int, failed: int, prompt: int, completion: int) -> str:
        """ "Drafted 12 papers · 2 failed · 35,210 tokens (28,000 in, 7,210 out)"."""
        parts = [self.tr("Drafted %n paper(s)", "", drafted)]
        if failed:
            parts.append(self.tr("%n failed", "", failed))
        if self._cancelled:
            parts.append(self.tr("cancelled"))
        if prompt or completion:
            parts.append(
                self.tr("%1 tokens (%2 in, %3 out)")
                .replace("%1", f"{prompt + completion:,}")
                .replace("%2", f"{prompt:,}")
                .replace("%3", f"{completion:,}")
            )
        return " · ".join(parts)
