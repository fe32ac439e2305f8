"""Importing many files at once: a folder of past digests and projects, or a rebuild.

Runs in the background in the window and in the terminal from `digest-gui archive`:
progress goes to a callback, a cancel event is honoured between files (what was
imported stays), and a file that cannot be read is noted with its reason, never a stop.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from digest_gui.core.archive.indexing import ADDED, REPLACED, UNCHANGED, Indexer, UnreadableSource, add_file
from digest_gui.core.archive.store import Archive, ArchiveError, archive_path, open_archive, sources_list_path
from digest_gui.core.errors import Cancelled
from digest_gui.core.formats.project_file import EXTENSION

# Files committed per transaction: large enough to be quick, small enough that a cancel
# or a crash loses little.
BATCH = 200
SUFFIXES = (".md", ".markdown", EXTENSION, ".json")


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """How far an import is: files done of the total, and the file just read."""

    done: int
    total: int
    path: str


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file left out, and why."""

    path: str
    reason: str


@dataclass(slots=True)
class ImportSummary:
    """What an import did, file by file."""

    files: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)

    def text(self) -> str:
        """One English line (the CLI's; the window words its own)."""
        return (
            f"{self.files} files: {self.added} added, {self.replaced} updated, {self.unchanged} unchanged, "
            f"{len(self.unreadable)} unreadable"
        )


def archive_candidates(folder: str | os.PathLike[str]) -> list[Path]:
    """The digests and projects under folder (hidden folders such as .git skipped), in name order."""
    root = Path(folder)
    if not root.is_dir():
        raise ArchiveError("unavailable", f"{root} is not a folder")
    found = []
    for parent, folders, files in os.walk(root):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                found.append(Path(parent) / name)
    return found


def import_files(
    archive: Archive,
    files: Iterable[Path],
    cancel: threading.Event | None = None,
    report: Callable[[ImportProgress], None] | None = None,
) -> ImportSummary:
    """Archive each file; raise Cancelled (keeping what is done) once cancel is set."""
    paths = list(files)
    summary = ImportSummary(files=len(paths))
    indexer = Indexer(archive)
    try:
        for done, path in enumerate(paths, 1):
            if cancel is not None and cancel.is_set():
                indexer.commit()
                raise Cancelled()
            try:
                state = add_file(indexer, path)
            except UnreadableSource as error:
                summary.unreadable.append(Unreadable(str(path), str(error)))
            else:
                summary.added += state == ADDED
                summary.replaced += state == REPLACED
                summary.unchanged += state == UNCHANGED
            if done % BATCH == 0:
                indexer.commit()
            if report is not None:
                report(ImportProgress(done, len(paths), str(path)))
        indexer.commit()
    except BaseException as error:
        if not isinstance(error, Cancelled):
            indexer.rollback()
        raise
    return summary


def import_folder(
    archive: Archive,
    folder: str | os.PathLike[str],
    cancel: threading.Event | None = None,
    report: Callable[[ImportProgress], None] | None = None,
) -> ImportSummary:
    """Archive every digest (.md) and project under folder."""
    return import_files(archive, archive_candidates(folder), cancel, report)


def listed_sources(database: Path) -> list[str]:
    """The sources a rebuild reads: the list kept beside the file, and the file's own if readable."""
    sources: dict[str, None] = {}
    try:
        for line in sources_list_path(database).read_text(encoding="utf-8").splitlines():
            if line.startswith("+"):
                sources[line[1:]] = None
            elif line.startswith("-"):
                sources.pop(line[1:], None)
    except OSError:
        pass
    try:
        with open_archive(database, timeout=0.5) as archive:
            for (path,) in archive.query("SELECT path FROM sources"):
                sources.setdefault(path, None)
    except ArchiveError:
        pass  # damaged: the list is what there is
    return list(sources)


def rebuild_archive(
    database: Path | None = None,
    cancel: threading.Event | None = None,
    report: Callable[[ImportProgress], None] | None = None,
) -> ImportSummary:
    """Make the archive again from its source files (a damaged file is replaced)."""
    database = archive_path() if database is None else Path(database)
    sources = listed_sources(database)
    _check_not_in_use(database)
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(f"{database}{suffix}")
        except FileNotFoundError:
            pass
        except OSError as error:
            raise ArchiveError("unavailable", f"the archive {database} cannot be replaced: {error}") from None
    with contextlib.suppress(OSError):
        sources_list_path(database).unlink()
    with open_archive(database) as archive:
        return import_files(archive, [Path(path) for path in sources], cancel, report)


def _check_not_in_use(database: Path) -> None:
    """Refuse to delete a file another program is writing (its lock says so)."""
    if not database.exists():
        return
    try:
        connection = sqlite3.connect(database, timeout=0.5)
        try:
            connection.execute("BEGIN EXCLUSIVE")
            connection.rollback()
        finally:
            connection.close()
    except sqlite3.Error as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise ArchiveError(
                "locked", f"the archive {database} is in use by another program; close it and rebuild again"
            ) from None
