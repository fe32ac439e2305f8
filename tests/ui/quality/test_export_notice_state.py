"""The export notice over any sequence of edits, exports, Export Anyway and Close: it shows
exactly when there are problems the user has not exported with yet, and an export happens
only when asked for without such problems or on Export Anyway."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from digest_gui.core.model import Digest, Paper
from digest_gui.core.quality.checks import check_digest
from digest_gui.ui.document.project import Project
from digest_gui.ui.quality.export_notice import ExportGate, ExportNotice
from digest_gui.ui.quality.watcher import QualityWatcher

LONG = "很长的一句总结。" * 12  # over the 80-character limit


def _paper(number: int) -> Paper:
    return Paper(
        id=f"2403.{18500 + number:05d}",
        title_en=f"Paper {number}",
        title_zh=f"论文{'一二三四'[number]}",
        summary_zh="一句总结。",
        abstract_zh="摘要。",
    )


class ExportNoticeMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.project = Project()
        self.project.new(Digest(title="t", papers=[_paper(n) for n in range(4)]))
        self.watcher = QualityWatcher(self.project.model)
        self.notice = ExportNotice()
        self.gate = ExportGate(self.watcher, self.notice)
        self.exports = 0
        self.expected_exports = 0
        self.accepted: set = set()
        self.shown = False

    def teardown(self) -> None:
        self.notice.deleteLater()

    def problems(self) -> set:
        papers = self.project.digest.papers
        return {(papers[i.row].id, i.field, i.kind, i.args) for i in check_digest(self.project.digest)}

    def _edited(self) -> None:
        self.watcher.flush()
        if self.shown and not self.problems() - self.accepted:
            self.shown = False  # fixed while the notice was up: it goes

    @rule(row=st.integers(0, 3), field=st.sampled_from(["summary_zh", "abstract_zh", "title_zh"]))
    def break_a_field(self, row, field):
        self.project.set_field(row, field, LONG if field == "summary_zh" else "")
        self._edited()

    @rule(row=st.integers(0, 3))
    def fix_a_paper(self, row):
        good = _paper(row)
        for name in ("title_zh", "summary_zh", "abstract_zh"):
            self.project.set_field(row, name, getattr(good, name))
        self._edited()

    @rule()
    def export(self):
        new = bool(self.problems() - self.accepted)
        went = self.gate.allows(self._exported)
        assert went == (not new)
        if went:
            self.expected_exports += 1
            self._exported()  # the caller goes on, as FileActions.export does
        self.shown = new

    @precondition(lambda self: self.shown)
    @rule()
    def export_anyway(self):
        self.expected_exports += 1
        self.accepted |= self.problems()
        QTest.mouseClick(self.notice.buttons["anyway"], Qt.MouseButton.LeftButton)
        self.shown = False

    @precondition(lambda self: self.shown)
    @rule()
    def close_the_notice(self):
        QTest.mouseClick(self.notice.buttons["close"], Qt.MouseButton.LeftButton)
        self.shown = False

    def _exported(self) -> None:
        self.exports += 1

    @invariant()
    def notice_and_exports_as_expected(self):
        assert self.notice.isVisible() == self.shown
        # Every export allowed at once and every Export Anyway, never one more.
        assert self.exports == self.expected_exports


def test_the_export_notice_shows_once_per_set_of_problems(qapp):
    run_state_machine_as_test(
        ExportNoticeMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
