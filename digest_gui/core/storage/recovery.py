"""Recovery files: unsaved changes kept on disk so a crash or a kill loses nothing.

One file per open project *and per running instance* in the user's data folder, written
atomically a few seconds after the last edit and removed when that instance saves or
closes the project cleanly. Two windows on one project therefore never remove each
other's file. A file whose writer is gone is what a crash left behind; it is removed only
once the user chose Restore or Discard for it, never because the project was opened.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest_gui.core.errors import DigestError, ProjectFileError
from digest_gui.core.formats.project_file import digest_from_dict, digest_to_dict, json_pieces
from digest_gui.core.model import Digest
from digest_gui.core.storage.atomic_file import atomic_write_text_chunks, remove_stale_temporaries
from digest_gui.core.storage.hashes import sha256_hex

FORMAT = "digest-gui-recovery"
SUFFIX = ".recovery.json"


@dataclass(frozen=True, slots=True)
class Recovery:
    """One recovery file found on disk."""

    file: Path
    original_path: str  # the project file the changes belong to, "" for an untitled project
    title: str
    written_at: float
    pid: int
    # What the project file was (mtime_ns, size, sha256) when the changes were based on it;
    # None for an untitled project or a file written by an older build.
    base: tuple[int, int, str] | None = None

    def load(self) -> Digest:
        """The digest the recovery file holds; raise DigestError if it is unreadable."""
        return _read(self.file)[1]


def key_for(original_path: str | None, session_id: str) -> str:
    """The recovery file name stem for a project in one running instance (session)."""
    if original_path:
        return f"project-{_path_hash(original_path)}-{session_id}"
    return f"untitled-{session_id}"


def _path_hash(original_path: str) -> str:
    return sha256_hex(original_path.encode("utf-8", "surrogatepass"))[:20]


class RecoveryStore:
    """The folder of recovery files."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def file_for(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def write(
        self,
        key: str,
        digest: Digest,
        original_path: str | None,
        base: tuple[int, int, str] | None = None,
    ) -> Path:
        """Keep the digest's current state for key, atomically (base: the file it was read from)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": 1,
            "original_path": original_path or "",
            "written_at": time.time(),
            "pid": os.getpid(),
            "project": digest_to_dict(digest, streamed=True),
        }
        if base is not None:
            data["base"] = {"mtime_ns": base[0], "size": base[1], "sha256": base[2]}
        target = self.file_for(key)
        # Strict, always-encodable JSON (a lone surrogate or a NaN must not stop crash
        # protection), serialised paper by paper so the window is not frozen meanwhile.
        atomic_write_text_chunks(target, itertools.chain(json_pieces(data), ("\n",)))
        return target

    def discard(self, key: str) -> None:
        """Remove the recovery file of key, if any."""
        self.file_for(key).unlink(missing_ok=True)

    def remove_stale_temporaries(self) -> None:
        """Remove what killed writes left in the folder (only our temporary files are there)."""
        for file in self.folder.glob(f".*{SUFFIX}.*.tmp"):
            remove_stale_temporaries(file.parent / file.name[1:].rsplit(".", 2)[0])

    def remove(self, recovery: Recovery) -> None:
        recovery.file.unlink(missing_ok=True)

    def orphans(self, original_path: str | None = None) -> list[Recovery]:
        """Recovery files whose writer is gone (crashed or killed), newest first.

        With original_path, only those of that project file.

        Files of a digest-gui that is still running are not orphans: two windows may be
        open at once, and each keeps its own.
        """
        found: list[Recovery] = []
        if not self.folder.is_dir():
            return found
        # A project's files are named by its path: only those need reading (they can be large).
        stem = f"project-{_path_hash(original_path)}-" if original_path else ""
        for file in self.folder.glob(f"{stem}*{SUFFIX}"):
            try:
                meta, _ = _read(file, with_digest=False)
            except DigestError:
                continue
            if meta["pid"] != os.getpid() and process_alive(meta["pid"]):
                continue
            if original_path is not None and meta["original_path"] != original_path:
                continue
            found.append(
                Recovery(
                    file,
                    meta["original_path"],
                    meta["title"],
                    meta["written_at"],
                    meta["pid"],
                    meta["base"],
                )
            )
        found.sort(key=lambda item: item.written_at, reverse=True)
        return found


def _read(file: Path, *, with_digest: bool = True) -> tuple[dict[str, Any], Digest]:
    try:
        raw = json.loads(file.read_text(encoding="utf-8"), parse_constant=lambda _name: None)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ProjectFileError(f"{file.name}: unreadable recovery file ({error})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or not isinstance(raw.get("project"), dict):
        raise ProjectFileError(f"{file.name}: not a recovery file")
    project = raw["project"]
    meta = {
        "original_path": str(raw.get("original_path") or ""),
        "title": str(project.get("title") or ""),
        "written_at": float(raw.get("written_at") or 0.0),
        "pid": int(raw.get("pid") or 0),
        "base": _base(raw.get("base")),
    }
    digest = digest_from_dict(project) if with_digest else Digest()
    return meta, digest


def _base(raw: Any) -> tuple[int, int, str] | None:
    if not isinstance(raw, dict):
        return None
    try:
        return int(raw["mtime_ns"]), int(raw["size"]), str(raw["sha256"])
    except (KeyError, TypeError, ValueError):
        return None


def process_alive(pid: int) -> bool:
    """True when a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:
    if sys.platform != "win32":  # ctypes.windll exists only there (this also tells the type checker)
        return False
    import ctypes

    still_active = 259
    handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == still_active
    finally:
        ctypes.windll.kernel32.CloseHandle(handle)
