"""One editor–list truth: whatever sequence of edits runs, typing lands in the paper the list shows.

A Hypothesis state machine drives a real MainWindow with random adds, deletes, moves,
filters, undos, redos, selections and typing; after every step the editor, the list's
current paper and the preview must be the same paper, and typed text must land in it.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Digest, Paper
from digest_gui.ui import settings as settings_store
from digest_gui.ui.editor.paper_editor import TAB_ORDER
from tests.ui.conftest import commit_text

FILTERS = ("", "alpha", "beta", "added", "zzz-nothing")


def _paper(number: int, word: str) -> Paper:
    return Paper(
        id=f"2403.{18500 + number:05d}",
        url=f"https://arxiv.org/abs/2403.{18500 + number:05d}",
        title_en=f"{word} paper {number}",
        title_zh=f"标题 {number}",
        summary_zh=f"总结 {number}",
    )


class SelectionMachine(RuleBasedStateMachine):
    """Random edits of the paper list on a real window."""

    def __init__(self) -> None:
        super().__init__()
        from digest_gui.ui.main_window import MainWindow

        window = MainWindow(settings_store.load())
        window.preview.set_mode("paper")
        papers = [_paper(n, "alpha" if n % 2 else "beta") for n in range(5)]
        window.project.new(Digest(title="t", papers=papers))
        window.show()
        self.window = window
        self.numbers = itertools.count(100)
        self.typed = itertools.count()

    def teardown(self) -> None:
        self.window.project.undo_stack.setClean()
        self.window.autosave.discard()
        self.window.close()
        self.window.deleteLater()
        QApplication.processEvents()

    # ------------------------------------------------------------------ rules

    @property
    def rows(self) -> int:
        return self.window.project.model.rowCount()

    @rule(data=st.data())
    def select(self, data):
        if self.rows:
            self.window.list_pane.select_row(data.draw(st.integers(0, self.rows - 1)))

    @rule(data=st.data())
    def add(self, data):
        number = next(self.numbers)
        row = data.draw(st.integers(0, self.rows))
        self.window.project.add_papers([_paper(number, "added")], row)

    @rule()
    def delete(self):
        self.window.action_registry["deletePapers"].trigger()

    @rule(data=st.data())
    def fetched(self, data):
        """A fetch or a draft lands: the paper at a row is replaced by its new version."""
        if not self.rows:
            return
        row = data.draw(st.integers(0, self.rows - 1))
        paper = self.window.project.model.paper(row).copy()
        paper.abstract_en = f"Fetched abstract {next(self.numbers)}"
        self.window.project.replace_paper(row, paper, "fetch")

    @rule(step=st.sampled_from((-1, 1)))
    def move(self, step):
        self.window.list_pane.move_selected(step)

    @rule(text=st.sampled_from(FILTERS))
    def filter(self, text):
        self.window.list_pane.filter_edit.setText(text)

    @rule()
    def undo(self):
        self.window.project.undo_stack.undo()

    @rule()
    def redo(self):
        self.window.project.undo_stack.redo()

    @precondition(lambda self: self.window.list_pane.current_row() >= 0)
    @rule(name=st.sampled_from(("title_zh", "summary_zh", "abstract_zh")))
    def type_text(self, name):
        window = self.window
        row = window.list_pane.current_row()
        paper = window.project.model.paper(row)
        before = getattr(paper, name)
        field = window.editor.fields[name]
        cursor = field.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        field.setTextCursor(cursor)
        marker = f"«{next(self.typed)}»"
        commit_text(field, marker)
        # The typed text lands in the paper the list shows, and only there.
        assert getattr(window.project.model.paper(row), name) == before + marker
        others = [p for r, p in enumerate(window.project.digest.papers) if r != row]
        assert not any(marker in getattr(p, name) for p in others)

    # ------------------------------------------------------------------ the truth

    @invariant()
    def editor_list_and_preview_show_one_paper(self):
        window = self.window
        row = window.list_pane.current_row()
        assert window.editor.current_row() == row
        assert window.preview.current_row() == row
        if row < 0:
            return
        paper = window.project.model.paper(row)
        assert window.editor.paper() is paper
        for name in TAB_ORDER:
            assert window.editor.fields[name].toPlainText() == getattr(paper, name), name
        # The preview (in paper mode) shows that paper, whose English title is its own.
        assert paper.title_en in window.preview.rendered_text()


def test_editor_list_and_preview_always_show_the_same_paper(qtbot, answers, english):
    run_state_machine_as_test(
        SelectionMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )


def test_delete_then_undo_keeps_the_editor_on_the_selected_paper(window, qtbot):
    """The case the issue reported: typing after Delete, Undo went into the wrong paper."""
    pane, editor, project = window.list_pane, window.editor, window.project
    pane.select_row(3)
    restored = project.model.paper(3)
    window.action_registry["deletePapers"].trigger()
    project.undo_stack.undo()
    assert pane.current_row() == 3 and project.model.paper(3) is restored
    assert editor.paper() is restored
    assert editor.fields["summary_zh"].toPlainText() == restored.summary_zh
    before = restored.summary_zh
    field = editor.fields["summary_zh"]
    cursor = field.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    field.setTextCursor(cursor)
    commit_text(field, "。")
    assert project.model.paper(3).summary_zh == before + "。"
    assert window.preview.current_row() == 3
