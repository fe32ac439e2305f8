"""What opening a project may have to ask: another instance holds it, a crash left changes,
the file is damaged and earlier versions were kept."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digest_gui.core.errors import DigestError
from digest_gui.core.formats.project_file import load_project
from digest_gui.core.storage.atomic_file import real_target
from digest_gui.core.storage.backups import BackupStore
from digest_gui.core.storage.recovery import Recovery
from digest_gui.ui import dialogs
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.instances import InstanceGuard
from digest_gui.ui.document.project import DiskState, Project

log = logging.getLogger(__name__)


class OpenSafeguards(QObject):
    """Asks the questions that keep work from being lost when a project is opened."""

    message = Signal(str)  # one line for the status bar

    def __init__(
        self,
        project: Project,
        autosave: Autosave,
        window: QWidget,
        instances: InstanceGuard | None,
        backups: BackupStore | None,
    ) -> None:
        super().__init__(window)
        self.project = project
        self.autosave = autosave
        self.window = window
        self.instances = instances
        self.backups = backups
        # The user chose to switch to another instance holding the project they opened.
        self.switched_away = False

    def _error(self, title: str, error: Exception) -> None:
        dialogs.show_error(self.window, title, str(error))

    def ask_if_in_use(self, target: Path) -> str | None:
        """ "" to open target for editing, a reason to open it read-only, None not to open it."""
        holder = self.instances.holder(target) if self.instances is not None else None
        if holder is None:
            return ""
        owner = self.tr("process %1 on %2").replace("%1", str(holder.pid)).replace("%2", holder.host)
        can_switch = holder.on_this_host() and bool(holder.server)
        choice = dialogs.ask_project_in_use(self.window, target.name, owner, can_switch)
        if choice == Choice.SWITCH and self.instances is not None:
            if self.instances.switch_to(holder):
                self.switched_away = True
                self.message.emit(self.tr("%1 is open in another window").replace("%1", target.name))
            else:
                self._error(
                    self.tr("Cannot switch"),
                    DigestError(self.tr("the other window did not answer; try again or open it read-only")),
                )
            return None
        if choice == Choice.READ_ONLY:
            return self.tr("open in another window")
        return None

    def offer_backups(self, target: Path, error: DigestError) -> bool:
        """Target cannot be loaded: offer its backups, newest first; True when one opened."""
        found = self.backups.backups(target) if self.backups is not None else []
        if not found:
            self._error(self.tr("Cannot open the project"), error)
            return False
        choices = [
            (
                self.tr("Saved %1").replace("%1", _local_time(backup.saved_at)),
                str(backup.file),
            )
            for backup in found
        ]
        chosen = dialogs.ask_open_backup(self.window, str(error), choices)
        if not chosen:
            return False
        try:
            digest = load_project(chosen)
        except DigestError as second:
            self._error(self.tr("Cannot open the backup"), second)
            return False
        original = real_target(target)
        try:
            disk = DiskState.of(original) if original.is_file() else None
        except OSError:
            disk = None
        # Modified, to be saved over the damaged file (which stays as it is until then).
        self.project.restore(digest, original, disk)
        self.message.emit(
            self.tr("Opened a backup of %1; save to replace the damaged file").replace("%1", target.name)
        )
        return True

    def offer_recovery(self, original_path: str | None = None) -> bool | None:
        """Offer what a crash left behind (for original_path, else every project).

        True when something was restored, False when something was offered and declined,
        None when there was nothing to offer. A recovery file goes only on Restore or Discard.
        """
        store = self.autosave.store
        store.remove_stale_temporaries()  # what autosaves killed mid-write left
        own = store.file_for(self.autosave.key)
        offered: bool | None = None
        for recovery in store.orphans(original_path):
            if recovery.file == own:
                continue  # this window's own file for the project it just opened
            offered = False
            log.info("offering the recovery file %s", recovery.file.name)
            choice = dialogs.ask_restore(
                self.window, self._recovery_name(recovery), _local_time(recovery.written_at)
            )
            if choice == Choice.DISCARD:
                store.remove(recovery)
            elif choice == Choice.RESTORE and self._restore(recovery):
                return True
        return offered

    def _recovery_name(self, recovery: Recovery) -> str:
        if recovery.original_path:
            return Path(recovery.original_path).name
        return recovery.title or self.tr("Untitled")

    def _restore(self, recovery: Recovery) -> bool:
        try:
            digest = recovery.load()
        except DigestError as error:
            self._error(self.tr("Cannot restore"), error)
            return False
        original = Path(recovery.original_path) if recovery.original_path else None
        disk = None
        if original is not None and original.is_file():
            # The file the changes were made on, not the file as it is now: when another
            # program saved it since, saving the restored work asks ("changed on disk").
            disk = DiskState(*recovery.base) if recovery.base is not None else _base_guess(original, recovery)
        elif original is not None:
            original = None  # the file is gone; save the restored work under a new name
        self.project.restore(digest, original, disk)
        self.autosave.write_now()  # the work is safe under this window's key before the old file goes
        self.autosave.store.remove(recovery)
        if self.project.changed_on_disk():
            self.message.emit(
                self.tr("%1 was changed on disk after these changes; saving will ask first").replace(
                    "%1", self.project.display_name()
                )
            )
        return True


def _local_time(seconds: float) -> str:
    # time, not datetime: the latter is imported by nothing else before the first frame.
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))


def _base_guess(original: Path, recovery: Recovery) -> DiskState | None:
    """For a recovery file without its base (an older build wrote it): the file as it is, unless
    it was written after the recovery file, in which case a save must ask."""
    try:
        current = DiskState.of(original)
    except OSError:
        return None
    if current.mtime_ns / 1e9 > recovery.written_at:
        return DiskState(0, -1, "")  # matches no file: "changed on disk" is asked
    return current
