"""Writes unsaved changes to a recovery file a moment after the last edit."""

from __future__ import annotations

import logging
import time
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from digest_gui.core.model import Digest
from digest_gui.core.storage.recovery import RecoveryStore, key_for
from digest_gui.ui.document.project import Project
from digest_gui.ui.workers import Lane, Task

log = logging.getLogger(__name__)

# Written this long after the last edit: soon enough that a crash loses at most a few
# seconds of typing (the promise is 5 s), late enough not to write on every keystroke.
DELAY_MS = 2000
# Changes that never pause (a batch of drafts landing every fraction of a second, with the
# user typing in between) are written at the latest this long after the first of them.
MAX_DELAY_MS = 4000
# While the recovery file cannot be written (a full or read-only disk), try again this
# often, so the warning goes away by itself once there is room again.
RETRY_MS = 10000


def _write_recovery(
    store: RecoveryStore,
    key: str,
    digest: Digest | None,
    path: str | None,
    base: tuple[int, int, str] | None,
    *_task_arguments: object,
) -> str:
    """Write (or, for None, remove) the recovery file of key; return the error, "" when it worked.

    Runs on the autosave lane's thread as well as on the GUI thread (write_now); the extra
    arguments are the cancel token and report callback a task is given (a write is short).
    """
    try:
        if digest is not None:
            store.write(key, digest, path, base)
        else:
            store.discard(key)
    except OSError as error:
        if digest is None and isinstance(error, NotADirectoryError):
            return ""  # no folder to remove it from: there is no recovery file either
        # Never interrupt typing for this; the window shows a notice while it lasts.
        log.warning("cannot write the recovery file: %s", error)
        return error.strerror or str(error)
    except ValueError as error:  # text the boundary cleaning missed: crash protection must go on
        log.exception("cannot serialise the recovery file")
        return str(error)
    return ""


class Autosave(QObject):
    """Keeps the project's recovery file in step with its unsaved changes."""

    # The reason the recovery file cannot be written ("" once it can again), on each change.
    failure_changed = Signal(str)

    def __init__(self, project: Project, store: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.store = store
        self.last_error = ""
        self._key = self._current_key()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._waiting_since = 0.0  # when the first change not written yet came
        self._timer.timeout.connect(self._on_timer_timeout)
        # Timed writes serialise and fsync on a worker thread: a large project takes tens
        # of milliseconds, which typing must not wait for. A lane keeps them in order.
        self._writer = Lane("autosave")
        self._job: Task | None = None
        # Every change of the digest restarts the delay. The undo stack's index is not
        # enough: keystrokes merged into one undo step leave the index where it was.
        model = project.model
        for signal in (model.field_changed, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._on_project_changed)
        project.modified_changed.connect(self._on_project_changed)
        project.path_changed.connect(self._on_project_path_changed)
        project.replaced.connect(self._on_project_changed)

    @property
    def key(self) -> str:
        """The name of this instance's recovery file for the open project."""
        return self._key

    def _current_key(self) -> str:
        path = str(self.project.path) if self.project.path else None
        return key_for(path, self.project.session_id)

    def _on_project_changed(self, *_args) -> None:
        now = time.monotonic()
        if not self._timer.isActive():
            self._waiting_since = now
            self._timer.start(DELAY_MS)
            return
        # Restart the pause, but never past MAX_DELAY_MS after the first change.
        left = MAX_DELAY_MS / 1000 - (now - self._waiting_since)
        self._timer.start(max(0, min(DELAY_MS, round(left * 1000))))

    def _on_project_path_changed(self) -> None:
        # Saved under a new name, or another file opened: the old key's file is stale.
        new_key = self._current_key()
        if new_key != self._key:
            self._wait()  # a write of the old key still under way would bring it back
            self._set_error(_write_recovery(self.store, self._key, None, None, None))
            self._key = new_key
        self._on_project_changed()

    def _snapshot(self) -> tuple[str, Digest | None, str | None, tuple[int, int, str] | None]:
        """What to write, taken on the GUI thread: the papers as they are now (or None)."""
        if not self.project.is_modified():
            return self._key, None, None, None
        digest = self.project.digest
        # A new list of the same Paper objects: the worker reads them while the user may
        # type on; a field read mid-edit is written again at the next autosave.
        copy = Digest(
            digest.title, list(digest.papers), digest.export, list(digest.glossary), dict(digest.extra)
        )
        # The file the changes were made on: a restore compares it with the file as it
        # is then, so that a newer file saved meanwhile is not overwritten unasked.
        disk = self.project.disk_state
        base = (disk.mtime_ns, disk.size, disk.sha256) if disk is not None else None
        return self._key, copy, str(self.project.path) if self.project.path else None, base

    def _on_timer_timeout(self) -> None:
        job = self._writer.run(partial(_write_recovery, self.store, *self._snapshot()))
        job.succeeded.connect(self._on_job_succeeded)
        # Anything _write_recovery did not foresee still says crash protection is off.
        job.failed.connect(self._on_job_failed)
        self._job = job

    def _on_job_succeeded(self, error: str) -> None:
        self._set_error(error)

    def _on_job_failed(self, error: str) -> None:
        self._set_error(error or "unexpected error")

    def _set_error(self, error: str) -> None:
        if error and not self._timer.isActive():
            self._timer.start(RETRY_MS)  # until it works again
        if error != self.last_error:
            self.last_error = error
            self.failure_changed.emit(error)

    def _wait(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.wait(None)

    def write_now(self) -> None:
        """Write or remove the recovery file to match the project, before returning."""
        self._timer.stop()
        self._wait()
        self._set_error(_write_recovery(self.store, *self._snapshot()))

    def pending(self) -> bool:
        return self._timer.isActive() or (self._job is not None and self._job.is_running())

    def discard(self) -> None:
        """The project closed cleanly (saved or changes discarded): drop its recovery file."""
        self._timer.stop()
        self._wait()  # a write still under way must not bring the file back afterwards
        self._set_error(_write_recovery(self.store, self._key, None, None, None))
