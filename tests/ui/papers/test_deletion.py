"""Deleting papers says what went, with Undo at hand, however the papers were deleted."""

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
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Digest, Paper
from digest_gui.ui import settings as settings_store
from digest_gui.ui.document.commands import RemovePapersCommand
from digest_gui.ui.papers.deletion import short_title


def select(window, *rows: int) -> None:
    pane = window.list_pane
    pane.select_row(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        pane.view.selectionModel().select(pane.proxy.mapFromSource(pane.model.index(row, 0)), flags)


def ids(window) -> list[str]:
    return [paper.id for paper in window.project.digest.papers]


def test_del_in_the_list_names_the_paper_and_undo_brings_it_back(window, qtbot):
    before = ids(window)
    notice = window.undo_notice
    window.list_pane.select_row(1)
    window.list_pane.view.setFocus()
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_Delete)
    assert ids(window) == before[:1] + before[2:]
    assert notice.isVisible()
    assert notice.text() == "Deleted 'GeNet: A Graph Neural Network-based Anti-noise…'"
    assert notice.button.text() == "Undo"
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert ids(window) == before
    assert not notice.isVisible()
    assert window.list_pane.current_row() == 1


def test_several_papers_deleted_from_the_menu_are_counted(window, qtbot):
    select(window, 2, 4, 6)
    window.action_registry["deletePapers"].trigger()
    assert window.undo_notice.text() == "Deleted 3 papers"
    assert len(ids(window)) == 20


def test_the_offer_goes_once_something_else_is_done_or_undone(window, qtbot):
    window.list_pane.select_row(0)
    window.action_registry["deletePapers"].trigger()
    assert window.undo_notice.isVisible()
    window.project.set_field(0, "title_zh", "改了")
    assert not window.undo_notice.isVisible()
    # Undone with Ctrl+Z instead of the button: the offer goes too.
    window.action_registry["deletePapers"].trigger()
    assert window.undo_notice.isVisible()
    window.action_registry["undo"].trigger()
    assert not window.undo_notice.isVisible()
    count = len(ids(window))
    window.undo_notice.button.click()  # a stale click undoes nothing
    assert len(ids(window)) == count


def test_the_notice_is_not_covered_by_an_older_message(window):
    window.statusBar().showMessage("Fetched 3 papers from arXiv", 10000)
    window.list_pane.select_row(0)
    window.action_registry["deletePapers"].trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.undo_notice.isVisible()


def test_deletes_shortcut_shows_in_the_edit_menu(window):
    action = window.action_registry["deletePapers"]
    assert action.shortcut() == QKeySequence(Qt.Key.Key_Delete)
    # Only the list takes the key: Delete in the preview or a dock deletes no paper.
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert ("Delete Papers", "Del", "Edit") in window.action_registry.shortcut_rows()


def test_a_paper_without_a_title_is_named_by_its_id():
    assert short_title(Paper(id="2501.00001", version=2)) == "2501.00001v2"
    assert short_title(Paper(title_zh="中文标题")) == "中文标题"
    assert short_title(Paper(title_en="A  title\nover lines")) == "A title over lines"


class DeletionMachine(RuleBasedStateMachine):
    """Deletes, undos, redos, edits and Undo clicks in any order on a real window.

    The notice offers Undo exactly while the last step done was a deletion, and its Undo
    then puts back exactly the papers that deletion took.
    """

    def __init__(self) -> None:
        super().__init__()
        from digest_gui.ui.main_window import MainWindow

        window = MainWindow(settings_store.load())
        window.project.new(
            Digest(title="t", papers=[Paper(id=f"2501.{n:05d}", title_en=f"P{n}") for n in range(6)])
        )
        window.show()
        self.window = window
        self.offered = False  # what the notice should show
        self.before_deletion: list[str] = []  # the ids before the deletion it offers to undo

    def teardown(self) -> None:
        self.window.project.undo_stack.setClean()
        self.window.autosave.discard()
        self.window.close()
        self.window.deleteLater()
        QApplication.processEvents()

    def ids(self) -> list[str]:
        return [paper.id for paper in self.window.project.digest.papers]

    @rule(data=st.data())
    def delete(self, data):
        count = len(self.ids())
        if not count:
            return
        self.window.list_pane.select_row(data.draw(st.integers(0, count - 1)))
        before = self.ids()
        self.window.action_registry["deletePapers"].trigger()
        self.offered, self.before_deletion = True, before

    @rule()
    def undo(self):
        stack = self.window.project.undo_stack
        if stack.canUndo():
            stack.undo()
            self.offered = False

    @rule()
    def redo(self):
        stack = self.window.project.undo_stack
        if stack.canRedo():
            before = self.ids()
            redone = stack.command(stack.index())
            stack.redo()
            self.offered = isinstance(redone, RemovePapersCommand)
            self.before_deletion = before

    @rule()
    def edit(self):
        if self.ids():
            self.window.project.set_field(0, "title_zh", self.window.project.digest.papers[0].title_zh + "字")
            self.offered = False

    @precondition(lambda self: self.offered)
    @rule()
    def click_undo(self):
        self.window.undo_notice.button.click()
        assert self.ids() == self.before_deletion
        self.offered = False

    @invariant()
    def the_notice_offers_undo_only_for_the_last_deletion(self):
        notice = self.window.undo_notice
        assert notice.isVisible() == self.offered
        assert bool(notice.text()) == self.offered


def test_the_undo_offer_always_undoes_the_last_deletion(qtbot, answers, english):
    run_state_machine_as_test(
        DeletionMachine,
        settings=settings(
            max_examples=15,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
