"""Find and replace under any sequence of searches, replaces, edits, undos and redos.

A Hypothesis state machine drives a real window's find bar. After every step the digest
is exactly what the steps so far (less the undone ones) make it, each Replace and
Replace All is one undo step, and the marks and the current match fit the text shown.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtWidgets import QApplication

from digest_gui.core.find_replace import Scope
from digest_gui.core.model import Digest, Paper
from digest_gui.ui import settings as settings_store
from digest_gui.ui.editor.marks import layer
from digest_gui.ui.find.controller import MARK_LAYER

PATTERNS = ("模型", "model", "^", "x*", r"(模)(型)", "a", "😀", "(")
REPLACEMENTS = ("", "模型", r"\2\1", "MODEL", "😀", "\\")


def _papers() -> list[Paper]:
    return [
        Paper(id="2401.00001", title_en="A model", title_zh="模型😀", abstract_zh="一个模型。\n第二行模型"),
        Paper(
            id="2401.00002", title_en="Models and a", summary_zh="模型模型", abstract_en="x model\nmodel x"
        ),
        Paper(id="2401.00003", title_zh="没有", abstract_en="nothing here"),
    ]


class ReplaceMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        from digest_gui.ui.main_window import MainWindow

        window = MainWindow(settings_store.load())
        window.project.new(Digest(title="t", papers=_papers()))
        window.show()
        window.finder.open()
        self.window = window
        self.history = [window.project.digest.copy()]
        self.position = 0

    def teardown(self) -> None:
        self.window.project.undo_stack.setClean()
        self.window.autosave.discard()
        self.window.close()

    def _record(self) -> None:
        now = self.window.project.digest.copy()
        if now != self.history[self.position]:
            self.history = [*self.history[: self.position + 1], now]
            self.position += 1

    @rule(
        text=st.sampled_from(PATTERNS),
        regex=st.booleans(),
        case=st.booleans(),
        words=st.booleans(),
        scope=st.sampled_from(list(Scope)),
    )
    def search(self, text, regex, case, words, scope):
        bar = self.window.find_bar
        bar.regex_button.setChecked(regex)
        bar.case_button.setChecked(case)
        bar.word_button.setChecked(words)
        bar.set_scope(scope)
        bar.find_edit.setText(text)
        self.window.finder.matches()  # at once, as after the typing pause

    @rule(replacement=st.sampled_from(REPLACEMENTS))
    def replace_all(self, replacement):
        self.window.find_bar.replace_edit.setText(replacement)
        before = self.window.project.undo_stack.index()
        self.window.finder.replace_all()
        self._record()
        # However many fields it changed: one undo step, or none when nothing changed.
        assert self.window.project.undo_stack.index() - before in (0, 1)

    @rule(replacement=st.sampled_from(REPLACEMENTS))
    def replace_one(self, replacement):
        self.window.find_bar.replace_edit.setText(replacement)
        self.window.finder.replace()
        self._record()

    @rule(back=st.booleans())
    def go(self, back):
        if back:
            self.window.finder.find_previous()
        else:
            self.window.finder.find_next()

    @rule(row=st.integers(0, 2), field=st.sampled_from(["title_zh", "abstract_en", "summary_zh"]))
    def edit(self, row, field):
        paper = self.window.project.digest.papers[row].copy()
        setattr(paper, field, getattr(paper, field) + "模型 model")
        self.window.project.replace_paper(row, paper, "edit")
        self._record()

    @rule()
    def undo(self):
        if self.position > 0:
            self.window.project.undo_stack.undo()
            self.position -= 1

    @rule()
    def redo(self):
        if self.position < len(self.history) - 1:
            self.window.project.undo_stack.redo()
            self.position += 1

    @invariant()
    def the_digest_is_what_the_steps_made_it(self):
        QApplication.processEvents()
        assert self.window.project.digest == self.history[self.position]
        assert self.window.project.undo_stack.index() == self.position

    @invariant()
    def marks_and_the_current_match_fit_the_text(self):
        finder = self.window.finder
        matches = finder.matches()
        current = finder.current()
        assert current is None or current in matches
        for field in self.window.editor.fields.values():
            length = len(field.toPlainText().encode("utf-16-le")) // 2
            for selection in layer(field, MARK_LAYER):
                assert 0 <= selection.cursor.selectionStart() <= selection.cursor.selectionEnd() <= length


def test_find_and_replace_keep_the_digest_and_its_undo_history_exact(qtbot, answers, english):
    run_state_machine_as_test(
        ReplaceMachine,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
