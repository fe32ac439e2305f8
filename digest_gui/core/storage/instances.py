"""Which running digest-gui holds which project: small lock files in the user's data folder.

An instance that opens a project for editing writes `<data>/locks/<hash of the path>.lock`
holding its process id, host name and the name of its local socket (through which another
instance can ask it to come to the front). A lock whose writer is gone is stale and never
blocks: on this host the process id tells; a lock from another host (a shared home folder)
counts only while its holder refreshes it (HEARTBEAT_S), so a crash there is forgotten after
STALE_AFTER_S.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from digest_gui.core.storage.atomic_file import atomic_write_text, real_target
from digest_gui.core.storage.hashes import sha256_hex
from digest_gui.core.storage.recovery import process_alive

HEARTBEAT_S = 60.0
STALE_AFTER_S = 5 * HEARTBEAT_S


@dataclass(frozen=True, slots=True)
class Holder:
    """The running instance that has a project open."""

    pid: int
    host: str
    server: str  # its local socket name ("" when it has none)
    path: str

    def on_this_host(self) -> bool:
        return self.host == host_name()


def host_name() -> str:
    """This machine's name as lock files record it."""
    if hasattr(os, "uname"):  # what gethostname() answers there, without loading socket
        return os.uname().nodename or "localhost"
    import socket

    return socket.gethostname() or "localhost"


class ProjectLocks:
    """The lock files of the projects running instances hold."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def file_for(self, project: str | os.PathLike[str]) -> Path:
        key = str(real_target(project)).encode("utf-8", "surrogatepass")
        return self.folder / f"{sha256_hex(key)[:24]}.lock"

    def holder(self, project: str | os.PathLike[str]) -> Holder | None:
        """The other live instance holding project, or None (free, ours, or a stale lock)."""
        file = self.file_for(project)
        try:
            raw = json.loads(file.read_text(encoding="utf-8"))
            holder = Holder(int(raw["pid"]), str(raw["host"]), str(raw.get("server", "")), str(raw["path"]))
            age = time.time() - file.stat().st_mtime
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no lock, or a torn one nobody can be waiting on
        if holder.on_this_host():
            if holder.pid == os.getpid() or not process_alive(holder.pid):
                return None
        elif age > STALE_AFTER_S:
            return None
        return holder

    def age(self, project: str | os.PathLike[str]) -> float | None:
        """Seconds since project's lock was written or refreshed; None without a lock."""
        try:
            return time.time() - self.file_for(project).stat().st_mtime
        except OSError:
            return None

    def acquire(self, project: str | os.PathLike[str], server: str) -> None:
        """Record that this instance holds project (raises OSError when it cannot)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"pid": os.getpid(), "host": host_name(), "server": server, "path": str(real_target(project))}
        atomic_write_text(self.file_for(project), json.dumps(data, ensure_ascii=False) + "\n", durable=False)

    def refresh(self, project: str | os.PathLike[str]) -> None:
        """Show that the holder is still running (for instances on other hosts)."""
        with contextlib.suppress(OSError):
            os.utime(self.file_for(project))

    def release(self, project: str | os.PathLike[str]) -> None:
        """Remove the lock of project if this instance wrote it."""
        file = self.file_for(project)
        try:
            raw = json.loads(file.read_text(encoding="utf-8"))
            ours = int(raw["pid"]) == os.getpid() and raw.get("host") == host_name()
        except (OSError, ValueError, KeyError, TypeError):
            return
        if ours:
            file.unlink(missing_ok=True)
