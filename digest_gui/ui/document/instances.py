"""One editing window per project across running instances.

Each instance listens on a local socket of its own and records, in a lock file, the project
it edits (core/storage/instances.py). Opening a project another live instance holds asks
the user: switch to that window (we ask it, through its socket, to come to the front) or
view the project read-only here.

The lock is written when the project opens, before the first frame; the socket listens
only after it (`listen`, from the window's `complete`), which keeps QtNetwork out of the
start-up path. An instance that finds a young lock whose socket does not answer yet waits
for it a moment (STARTING_S) rather than taking the lock for a crashed one's.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from digest_gui.core.storage.instances import HEARTBEAT_S, Holder, ProjectLocks
from digest_gui.ui.document.project import Project

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_RAISE = b"raise\n"
_WAIT_MS = 1000  # a live instance answers its socket at once; a hung one is not waited for
# A starting instance listens a fraction of a second after writing its lock (after its
# first frame); a lock this young whose socket is not there yet is asked again meanwhile.
STARTING_S = 3.0
_RETRY_S = 0.05


class InstanceGuard(QObject):
    """Holds the lock of the project this window edits, and answers other instances."""

    raise_requested = Signal()  # another instance asked this window to come to the front

    def __init__(self, project: Project, locks: ProjectLocks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.locks = locks
        self._held: Path | None = None
        self._server: QLocalServer | None = None
        self.server_name = f"digest-gui-{os.getpid()}-{project.session_id}"
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_S * 1000))
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)
        self._heartbeat.start()
        project.path_changed.connect(self._on_project_path_changed)
        project.modified_changed.connect(self._on_project_path_changed)  # read-only may end on save

    def listen(self) -> None:
        """Answer other instances from now on (the lock already names this socket)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        if self._server.listen(self.server_name):
            return
        log.warning("cannot listen for other instances: %s", self._server.errorString())
        self.server_name = ""
        if self._held is not None:  # say so in the lock: others must not wait for an answer
            self._acquire(self._held)

    def holder(self, path: str | os.PathLike[str]) -> Holder | None:
        """The other running instance that edits path, if any."""
        holder = self.locks.holder(path)
        if holder is not None and holder.on_this_host() and holder.server and not self._answers(holder, path):
            # Its process id lives on, but no digest-gui listens there: the id was reused
            # after a crash. A stale lock must not keep the project read-only for ever.
            log.info("stale lock of %s (process %s does not answer)", path, holder.pid)
            return None
        return holder

    def _answers(self, holder: Holder, path: str | os.PathLike[str]) -> bool:
        deadline: float | None = None  # while the lock is young enough to be a starting window's
        while True:
            socket = self._socket()
            try:
                socket.connectToServer(holder.server)
                if socket.waitForConnected(_WAIT_MS):
                    return True
            finally:
                socket.abort()
                socket.deleteLater()
            if deadline is None:
                age = self.locks.age(path)
                deadline = time.monotonic() + (STARTING_S - age if age is not None and age >= 0 else 0.0)
            if time.monotonic() >= deadline:
                return False
            time.sleep(_RETRY_S)  # its window is still on its way to its first frame

    def _socket(self) -> QLocalSocket:
        from PySide6.QtNetwork import QLocalSocket

        return QLocalSocket(self)

    def switch_to(self, holder: Holder) -> bool:
        """Ask holder's window to come to the front; True when it got the message."""
        if not holder.server or not holder.on_this_host():
            return False
        socket = self._socket()
        try:
            socket.connectToServer(holder.server)
            if not socket.waitForConnected(_WAIT_MS):
                return False
            socket.write(_RAISE)
            return socket.waitForBytesWritten(_WAIT_MS)
        finally:
            socket.disconnectFromServer()
            socket.deleteLater()

    def release(self) -> None:
        """The window closes: the project is free for others."""
        if self._held is not None:
            self.locks.release(self._held)
            self._held = None

    def _on_project_path_changed(self, *_args) -> None:
        wanted = None if self.project.read_only else self.project.path
        if wanted == self._held:
            return
        self.release()
        if wanted is not None:
            self._acquire(wanted)

    def _acquire(self, path: Path) -> None:
        try:
            self.locks.acquire(path, self.server_name)
        except OSError as error:
            log.warning("cannot record that this window holds %s: %s", path, error)
            return
        self._held = path

    def _on_heartbeat_timeout(self) -> None:
        if self._held is not None:
            self.locks.refresh(self._held)

    def _on_server_new_connection(self) -> None:
        server = self._server
        assert server is not None  # connected once it exists
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._on_connection_ready_read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _on_connection_ready_read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_RAISE.strip()):
            log.info("another instance asked this window to come to the front")
            self.raise_requested.emit()
