"""The window's one way to the archive: every read and write on a worker, a failure told once.

Each task opens the archive file itself (an SQLite connection belongs to one thread) and
closes it when done; writes go through one Lane so that they never race each other. When
the file is damaged or locked, the controller says so once (problem_changed, which the
ArchiveNotice shows), stops using the archive and the editor goes on without it; a
successful rebuild clears the problem.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from digest_gui.core.archive.covered import Appearance, covered_before
from digest_gui.core.archive.folder_import import SUFFIXES, import_folder, rebuild_archive
from digest_gui.core.archive.indexing import index_file, source_key
from digest_gui.core.archive.store import DEFAULT_TIMEOUT, ArchiveError, archive_path, open_archive
from digest_gui.ui.document.project import Project
from digest_gui.ui.workers import Lane, Task, run_task

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArchiveProblem:
    """Why the archive cannot be used: the ArchiveError's kind and its line."""

    kind: str
    message: str


def _guarded(database: Path, timeout: float, work: Callable[..., Any], cancel: Any, report: Any) -> Any:
    """Run work(archive, cancel, report) on an open archive; an ArchiveError comes back as a value."""
    try:
        with open_archive(database, timeout=timeout) as archive:
            return work(archive, cancel, report)
    except ArchiveError as error:
        log.warning("archive: %s", error)
        return ArchiveProblem(error.kind, str(error))


def _rebuild(database: Path, cancel: Any, report: Any) -> Any:
    try:
        return rebuild_archive(database, cancel, report)
    except ArchiveError as error:
        return ArchiveProblem(error.kind, str(error))


class ArchiveController(QObject):
    """Indexes what the window saves, imports and exports; answers the window's questions."""

    problem_changed = Signal(object)  # ArchiveProblem, or None once the archive works again
    covered_changed = Signal()  # the covered-before marks of the open project were read again
    indexed = Signal(str)  # a file's papers are in the archive

    def __init__(self, project: Project, parent: QObject | None = None, database: Path | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.database = database or archive_path()
        self.problem: ArchiveProblem | None = None
        # How long a task waits for another program holding the file (seconds).
        self.timeout = DEFAULT_TIMEOUT
        self._writes = Lane("archive")
        self._covered: dict[str, list[Appearance]] = {}
        self._covered_asked = 0  # answers to an earlier question are dropped
        # The files the open project was imported from, saved as or exported to: its own
        # papers there are not "covered before".
        self._own: set[str] = set()
        project.replaced.connect(self._on_project_replaced)

    # ------------------------------------------------------------------ state

    def available(self) -> bool:
        """False once the archive failed (until a rebuild works): nothing is asked of it then."""
        return self.problem is None

    def _take(self, result: object) -> bool:
        """True when result is an answer; an ArchiveProblem is recorded (and told) once."""
        if isinstance(result, ArchiveProblem):
            if self.problem is None:
                self.problem = result
                self.problem_changed.emit(result)
            return False
        return True

    def _run(self, work: Callable[..., Any], name: str, *, write: bool = False) -> Task:
        function = partial(_guarded, self.database, self.timeout, work)
        return self._writes.run(function, name=name) if write else run_task(function, name=name)

    def ask(
        self, work: Callable[..., Any], on_answer: Callable[[Any], None], name: str = "archive"
    ) -> Task | None:
        """Run work(archive, cancel, report) on a worker; on_answer(result) on the GUI thread if it works."""
        if not self.available():
            return None
        task = self._run(work, name)
        task.succeeded.connect(partial(self._answer, on_answer))
        return task

    def _answer(self, on_answer: Callable[[Any], None], result: object) -> None:
        if self._take(result):
            on_answer(result)

    # ------------------------------------------------------------------ writes

    def _on_project_replaced(self) -> None:
        self._own = set()

    def index(self, path: str) -> Task | None:
        """Archive a digest or project file that was just saved, exported or imported (the open project's)."""
        if not path.lower().endswith(SUFFIXES):
            return None
        key = source_key(path)
        if key not in self._own:
            # The open project's own file now: its papers there are no longer "earlier".
            self._own.add(key)
            self.refresh_covered()
        if not self.available():
            return None
        task = self._run(
            lambda archive, _cancel, _report: index_file(archive, path), "archive-index", write=True
        )
        task.succeeded.connect(partial(self._answer, lambda _state: self.indexed.emit(path)))
        return task

    def import_folder(self, folder: str) -> Task:
        """Archive every digest and project under folder (progress, cancel; see ImportProgress)."""
        return self._run(
            lambda archive, cancel, report: import_folder(archive, folder, cancel, report),
            "archive-import",
            write=True,
        )

    def rebuild(self) -> Task:
        """Make the archive again from its sources; a success clears the problem."""
        task = self._writes.run(partial(_rebuild, self.database), name="archive-rebuild")
        task.succeeded.connect(self._on_rebuilt)
        return task

    def _on_rebuilt(self, result: object) -> None:
        if isinstance(result, ArchiveProblem):
            self.problem = result
            self.problem_changed.emit(result)
            return
        self.problem = None
        self.problem_changed.emit(None)
        self.refresh_covered()

    def take_result(self, result: object) -> bool:
        """For callers of import_folder: True when result is a summary, False for a problem (told)."""
        return self._take(result)

    # ------------------------------------------------------------------ covered before

    def own_sources(self) -> frozenset[str]:
        """The open project's files as the archive knows them (its own papers are not 'earlier')."""
        own = set(self._own)
        if self.project.path is not None:
            own.add(source_key(self.project.path))
        return frozenset(own)

    def covered(self, paper_id: str) -> list[Appearance]:
        """The earlier appearances of a paper of the open project, newest first (as last read)."""
        return self._covered.get(paper_id, [])

    def refresh_covered(self) -> None:
        """Read again which papers of the open project appeared in earlier digests."""
        ids = [paper.id for paper in self.project.digest.papers if paper.id]
        exclude = self.own_sources()
        self._covered_asked += 1
        asked = self._covered_asked
        self.ask(
            lambda archive, _cancel, _report: covered_before(archive, ids, exclude),
            lambda found: self._on_covered(asked, found),
            "archive-covered",
        )

    def _on_covered(self, asked: int, found: dict[str, list[Appearance]]) -> None:
        if asked != self._covered_asked:
            return
        self._covered = found
        self.covered_changed.emit()
