"""Keeps the quality checks (core/quality/) of the open digest current, without slowing typing.

Each paper's issues are cached by the paper object itself: typing changes a field of the
paper in place and the model says which row (field_changed), so only that paper is checked
again, after a short pause in the typing. Moving, adding or deleting papers keeps the
objects, so their issues are only renumbered; a new digest, a new glossary or a new
summary limit checks everything. Checking runs on the GUI thread in slices of SLICE_MS,
so that 2,000 papers (about 0.2 s of checks) never stall the window.

The checks that compare papers (repeated arXiv ids, "duplicate") run over the whole digest
whenever the issues are put together, which is cheap.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal

from digest_gui.core.model import Paper
from digest_gui.core.quality.checks import QualityCounts, QualityIssue, check_paper
from digest_gui.core.quality.registry import digest_wide_issues
from digest_gui.ui.document.paper_model import PaperModel

TYPING_PAUSE_MS = 150  # check an edited paper this long after the last keystroke
SLICE_MS = 10


class QualityWatcher(QObject):
    """The digest's quality issues and counts, updated as it changes."""

    changed = Signal()  # issues() or counts() may differ

    def __init__(self, model: PaperModel, summary_limit: int = 80, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.summary_limit = summary_limit
        # id(paper) -> (paper, its issues as checked at row 0); the paper is kept so that
        # an id is never taken for a new object's.
        self._cache: dict[int, tuple[Paper, list[QualityIssue]]] = {}
        self._pending: deque[Paper] = deque()
        self._issues: list[QualityIssue] | None = None  # put together on demand
        # The checks that compare papers, found again after each pass (not per keystroke:
        # at 23,000 papers one look at them all takes tens of milliseconds).
        self._across: dict[int, list[QualityIssue]] | None = None
        # Every paper waits for its checks (a new digest): the papers are compared once they
        # are checked, not also before (23,000 papers: 35 ms before the first frame).
        self._first_pass = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        model.field_changed.connect(self._on_model_field_changed)
        model.glossary_changed.connect(self.recheck_all)
        model.digest_replaced.connect(self.recheck_all)
        model.rowsInserted.connect(self._on_model_structure_changed)
        model.rowsRemoved.connect(self._on_model_structure_changed)
        model.layoutChanged.connect(self._on_model_structure_changed)
        self.recheck_all()

    # ------------------------------------------------------------------ reading

    def issues(self) -> list[QualityIssue]:
        """The issues known now, in digest order (papers not checked yet have none)."""
        if self._issues is None:
            self._issues = self._assemble()
        return self._issues

    def counts(self) -> QualityCounts:
        return QualityCounts.of(self.model.digest, self.issues())

    def busy(self) -> bool:
        """True while some papers wait to be checked."""
        return bool(self._pending)

    def flush(self) -> None:
        """Check every paper waiting now (before an export asks about warnings)."""
        self._timer.stop()
        if self._pending or self._first_pass:
            self._check(deadline=None)
            self._issues = self._across = None
            self._first_pass = False
            self.changed.emit()

    # ------------------------------------------------------------------ changing

    def set_summary_limit(self, limit: int) -> None:
        if limit != self.summary_limit:
            self.summary_limit = limit
            self.recheck_all()

    def recheck_all(self) -> None:
        """Forget every result: a new digest, glossary or limit."""
        self._cache.clear()
        self._pending = deque(self.model.digest.papers)
        self._issues = self._across = None
        self._first_pass = True
        self._timer.start(0)
        self.changed.emit()

    def _on_model_field_changed(self, row: int, _name: str) -> None:
        paper = self.model.paper(row)
        self._cache.pop(id(paper), None)
        self._pending.append(paper)
        self._issues = None
        if not self._timer.isActive() or self._timer.interval() == TYPING_PAUSE_MS:
            self._timer.start(TYPING_PAUSE_MS)  # (re)start the pause; a running slice goes on

    def _on_model_structure_changed(self, *_args) -> None:
        papers = self.model.digest.papers
        present = {id(paper) for paper in papers}
        if len(self._cache) > 2 * len(papers) + 100:
            # Deleted papers are kept a while (an undo brings the same objects back);
            # objects a replace_paper dropped are never seen again.
            for key in [key for key in self._cache if key not in present]:
                del self._cache[key]
        fresh = [paper for paper in papers if id(paper) not in self._cache]
        waiting = {id(paper) for paper in self._pending}
        self._pending.extend(paper for paper in fresh if id(paper) not in waiting)
        self._issues = self._across = None
        if self._pending:
            self._timer.start(0)
        self.changed.emit()  # at once: the rows of the known issues moved

    # ------------------------------------------------------------------ checking

    def _on_timer_timeout(self) -> None:
        self._check(deadline=time.perf_counter() + SLICE_MS / 1000)
        self._issues = None
        if self._pending:
            self._timer.start(0)  # the next slice, after the events waiting now
        else:
            self._across = None  # the pass is done: compare the papers again, once
            self._first_pass = False
            self.changed.emit()  # once per pass, not per slice

    def _check(self, deadline: float | None) -> None:
        glossary = tuple(self.model.digest.glossary)
        while self._pending and (deadline is None or time.perf_counter() < deadline):
            paper = self._pending.popleft()
            if id(paper) in self._cache and self._cache[id(paper)][0] is paper:
                continue  # checked already (queued twice)
            self._cache[id(paper)] = (paper, check_paper(paper, 0, glossary, self.summary_limit))

    def digest_wide(self) -> dict[int, list[QualityIssue]]:
        """The issues of the checks that compare papers, by row, as of the last pass."""
        if self._across is None:
            if self._first_pass:
                return {}
            self._across = digest_wide_issues(self.model.digest.papers)
        return self._across

    def _assemble(self) -> list[QualityIssue]:
        issues: list[QualityIssue] = []
        papers = self.model.digest.papers
        across = self.digest_wide()
        for row, paper in enumerate(papers):
            cached = self._cache.get(id(paper))
            if cached is not None and cached[0] is paper:
                # Checked as row 0; renumbered here, so a move re-checks nothing.
                issues.extend(QualityIssue(row, issue.field, issue.kind, issue.args) for issue in cached[1])
            issues.extend(across.get(row, ()))
        return issues
