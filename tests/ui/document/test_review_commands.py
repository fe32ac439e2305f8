"""The review state under any sequence of edits: a Hypothesis state machine over a real Project and editor.

English edits, Chinese edits, Mark Reviewed, Needs Review, Confirm, accepting arXiv's
English, undo, redo and save + reload, in any order. After every step: a reviewed paper
holds no marks of changed English, each mark holds English other than the field's, the
editor shows exactly the marks the paper holds, undo and redo give back each earlier state
exactly, and a reloaded project equals the one in memory.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.project_file import dumps_project, loads_project
from digest_gui.core.merge import OFFER_KEY
from digest_gui.core.model import Digest, Paper, Status
from digest_gui.core.stale_english import SOURCE_FIELDS, stale_marks
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.paper_editor import PaperEditor

ROWS = st.integers(0, 2)
ENGLISH = st.sampled_from(SOURCE_FIELDS)
WORDS = st.text(alphabet="ab .", max_size=6)


def _paper(number: int, status: Status) -> Paper:
    return Paper(
        id=f"2501.0000{number}",
        title_en="A title",
        abstract_en="An abstract. Two sentences.",
        title_zh="标题",
        abstract_zh="摘要。",
        status=status,
    )


class ReviewMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name) / "p.digest"
        self.project = Project()
        papers = [_paper(1, Status.REVIEWED), _paper(2, Status.DRAFTED), _paper(3, Status.REVIEWED)]
        self.project.new(Digest(title="t", papers=papers))
        self.editor = PaperEditor(self.project)
        self.editor.resize(900, 700)
        self.editor.show()
        self.editor.set_row(0)
        # The digest after each step of the undo stack: states[i] after i steps.
        self.states = [self.text()]

    def teardown(self) -> None:
        self.editor.close()
        self.editor.deleteLater()
        QApplication.processEvents()
        self.folder.cleanup()

    def text(self) -> str:
        return dumps_project(self.project.digest)

    def stepped(self) -> None:
        stack = self.project.undo_stack
        index = stack.index()
        if index == stack.count():  # a step was pushed (or merged into the last), or none was
            self.states = [*self.states[:index], self.text()]

    # ------------------------------------------------------------------ rules

    @rule(row=ROWS)
    def show(self, row):
        self.editor.set_row(row)

    @rule(row=ROWS, name=ENGLISH, text=WORDS)
    def edit_english(self, row, name, text):
        self.project.set_field(row, name, text)
        self.stepped()

    @rule(row=ROWS, text=WORDS)
    def edit_chinese(self, row, text):
        self.project.set_field(row, "title_zh", text)
        self.stepped()

    @rule(row=ROWS)
    def mark_reviewed(self, row):
        self.project.set_status([row], Status.REVIEWED)
        self.stepped()

    @rule(row=ROWS)
    def needs_review(self, row):
        self.project.set_status([row], Status.NEEDS_REVIEW)
        self.stepped()

    @rule(row=ROWS, name=ENGLISH)
    def confirm(self, row, name):
        self.editor.set_row(row)
        self.editor.notices.stale.confirm(name)
        self.stepped()

    @rule(row=ROWS, name=ENGLISH, text=WORDS)
    def accept_arxivs_english(self, row, name, text):
        paper = self.project.model.paper(row).copy()
        paper.extra[OFFER_KEY] = {name: text}
        self.project.replace_paper(row, paper, "fetch")
        self.stepped()
        self.editor.set_row(row)
        self.editor.suggestions.accept(name)
        self.stepped()

    @rule()
    def undo(self):
        self.project.undo_stack.undo()
        assert self.text() == self.states[self.project.undo_stack.index()]

    @rule()
    def redo(self):
        self.project.undo_stack.redo()
        assert self.text() == self.states[self.project.undo_stack.index()]

    @rule()
    def save_and_reload(self):
        before = [paper.copy() for paper in self.project.digest.papers]
        self.project.save(self.path)
        assert loads_project(self.path.read_bytes()).papers == before
        self.project.reload()
        assert self.project.digest.papers == before
        self.states = [self.text()]

    # ------------------------------------------------------------------ invariants

    @invariant()
    def a_reviewed_paper_has_no_marks(self):
        for paper in self.project.digest.papers:
            marks = stale_marks(paper)
            assert not (paper.status == Status.REVIEWED and marks)
            for name, reviewed in marks.items():
                assert reviewed != getattr(paper, name)

    @invariant()
    def the_editor_shows_the_marks_the_paper_holds(self):
        paper = self.editor.paper()
        marks = stale_marks(paper) if paper is not None else {}
        stale = self.editor.notices.stale
        for name, section in stale.sections.items():
            assert section.isHidden() == (name not in marks)
        assert stale.panel.isHidden() == (not marks)

    @invariant()
    def the_state_is_the_one_recorded(self):
        assert self.text() == self.states[self.project.undo_stack.index()]


def test_review_marks_hold_through_any_sequence(qtbot, qapp):
    run_state_machine_as_test(
        ReviewMachine,
        settings=settings(
            max_examples=40,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
