"""Rotating backups: the last few saved versions of each project, kept in the user's data folder.

Before a save replaces a project file, the file as it was is copied to
`<data>/backups/<name>-<hash of its path>/<time>.digest`; the newest KEEP copies of each
project stay. When a project cannot be loaded (another tool truncated it, a disk error),
the window offers these copies. They live apart from the project so that a sync client or
a `git clean` beside it does not take them too.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from digest_gui.core.lazy_pattern import LazyPattern
from digest_gui.core.storage.atomic_file import atomic_write_bytes, real_target, remove_stale_temporaries
from digest_gui.core.storage.hashes import sha256_hex

# How many earlier versions of each project are kept.
KEEP = 5
_STAMP = LazyPattern(r"^\d{8}-\d{6}-\d{6}\.digest$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One kept version of a project file."""

    file: Path
    saved_at: float  # when this version was saved (the file's time, seconds since the epoch)


class BackupStore:
    """The folder of backups, one subfolder per project file."""

    def __init__(self, folder: str | os.PathLike[str], keep: int = KEEP) -> None:
        self.folder = Path(folder)
        self.keep = keep

    def folder_for(self, project: str | os.PathLike[str]) -> Path:
        """The subfolder holding the backups of one project file (by its real path)."""
        target = str(real_target(project))
        digest = sha256_hex(target.encode("utf-8", "surrogatepass"))[:16]
        stem = re.sub(r"[^\w.-]+", "_", Path(target).stem)[:60] or "project"
        return self.folder / f"{stem}-{digest}"

    def keep_copy(self, project: str | os.PathLike[str]) -> Path | None:
        """Copy project as it is now before it is replaced; None when there is nothing new to keep."""
        source = real_target(project)
        try:
            data = source.read_bytes()
            written = source.stat().st_mtime_ns
        except FileNotFoundError:
            return None
        if not data.strip():
            return None  # an empty (truncated) file is no version worth keeping
        existing = self.backups(project)
        if existing and existing[0].file.read_bytes() == data:
            return None  # saving again without changes: the newest copy is this one
        folder = self.folder_for(project)
        folder.mkdir(parents=True, exist_ok=True)
        now = time.time()
        name = time.strftime("%Y%m%d-%H%M%S", time.localtime(now)) + f"-{int(now % 1 * 1e6):06d}.digest"
        file = folder / name
        atomic_write_bytes(file, data)
        os.utime(file, ns=(written, written))  # the list shows when each version was saved
        remove_stale_temporaries(file)
        for old in self.backups(project)[self.keep :]:
            old.file.unlink(missing_ok=True)
        return file

    def backups(self, project: str | os.PathLike[str]) -> list[Backup]:
        """The kept versions of project, newest first."""
        folder = self.folder_for(project)
        if not folder.is_dir():
            return []
        found = []
        for file in folder.iterdir():
            if _STAMP.match(file.name):
                try:
                    found.append(Backup(file, file.stat().st_mtime))
                except OSError:
                    continue
        # The name is the time of the save, to the microsecond: it orders even copies made
        # within one tick of the file system's clock.
        found.sort(key=lambda backup: backup.file.name, reverse=True)
        return found
