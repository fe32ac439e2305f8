"""Undo commands: each one's redo and undo give back exactly the digest before and after."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.model import Digest, GlossaryEntry, Paper
from digest_gui.ui.document import commands
from digest_gui.ui.document.commands import (
    TYPING_BURST_SECONDS,
    EditFieldCommand,
    InsertPapersCommand,
    RemovePapersCommand,
    ReorderPapersCommand,
    ReplacePaperCommand,
    SetGlossaryCommand,
    SetStatusCommand,
    field_action,
)
from digest_gui.ui.document.paper_model import PaperModel


@pytest.fixture
def model(qapp, reference_text: str) -> PaperModel:
    return PaperModel(import_markdown(reference_text).digest)


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


def _reversed_order(model: PaperModel) -> list[int]:
    return list(reversed(range(model.rowCount())))


def _replacement(model: PaperModel) -> Paper:
    paper = model.paper(1).copy()
    paper.title_en, paper.abstract_en, paper.status = "Fetched title", "Fetched abstract", "fetched"
    paper.authors = ["A. Author", "B. Author"]
    return paper


COMMANDS: dict[str, Callable[[PaperModel], QUndoCommand]] = {
    "edit field": lambda model: EditFieldCommand(model, 1, "title_zh", model.paper(1).title_zh, "新标题"),
    "set status": lambda model: SetStatusCommand(model, [0, 2, 5], "new"),
    "replace paper": lambda model: ReplacePaperCommand(model, 1, _replacement(model), "Fetch"),
    "insert papers": lambda model: InsertPapersCommand(
        model, 2, [Paper(id="2501.00001"), Paper(id="2501.00002", title_zh="二")]
    ),
    "insert at the end": lambda model: InsertPapersCommand(model, model.rowCount(), [Paper(id="2501.00003")]),
    "remove papers": lambda model: RemovePapersCommand(model, [5, 0, 2, 2]),
    "remove the last paper": lambda model: RemovePapersCommand(model, [model.rowCount() - 1]),
    "reorder papers": lambda model: ReorderPapersCommand(model, _reversed_order(model), 0),
    "set glossary": lambda model: SetGlossaryCommand(model, [GlossaryEntry("grasp", "抓取", "robotics")]),
}


@pytest.mark.parametrize("make", COMMANDS.values(), ids=COMMANDS.keys())
def test_redo_then_undo_restores_the_digest_exactly(model, stack, make):
    before = model.digest.copy()
    stack.push(make(model))  # push runs redo
    after = model.digest.copy()
    assert after != before
    assert model.rowCount() == len(model.digest.papers)
    stack.undo()
    assert model.digest == before
    stack.redo()
    assert model.digest == after


@pytest.mark.parametrize("make", COMMANDS.values(), ids=COMMANDS.keys())
def test_repeated_undo_and_redo_alternate_between_the_same_two_digests(model, stack, make):
    before = model.digest.copy()
    stack.push(make(model))
    after = model.digest.copy()
    for _ in range(4):
        stack.undo()
        assert model.digest == before
        stack.redo()
        assert model.digest == after


def test_a_sequence_of_commands_undoes_back_to_the_start(model, stack):
    states = [model.digest.copy()]
    for make in COMMANDS.values():
        stack.push(make(model))
        states.append(model.digest.copy())
    for state in reversed(states[:-1]):
        stack.undo()
        assert model.digest == state
    assert not stack.canUndo()
    for state in states[1:]:
        stack.redo()
        assert model.digest == state


def test_a_command_keeps_its_own_copies_of_the_papers(model, stack):
    replacement = _replacement(model)
    stack.push(ReplacePaperCommand(model, 1, replacement, "Fetch"))
    replacement.title_en = "changed afterwards"
    model.paper(1).authors.append("C. Author")  # an edit the command does not know of
    stack.undo()
    stack.redo()
    assert model.paper(1).title_en == "Fetched title"
    assert model.paper(1).authors == ["A. Author", "B. Author"]


class _Clock:
    """Stands in for time.monotonic in the commands module: the test says when each edit is."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> _Clock:
    clock = _Clock()
    monkeypatch.setattr(commands.time, "monotonic", clock)
    return clock


def _type(model: PaperModel, stack: QUndoStack, row: int, name: str, text: str) -> None:
    stack.push(EditFieldCommand(model, row, name, getattr(model.paper(row), name), text))


def test_a_burst_of_typing_is_one_step(model, stack, clock):
    original = model.paper(0).title_zh
    for text in ("新", "新标", "新标题"):
        clock.now += TYPING_BURST_SECONDS / 2
        _type(model, stack, 0, "title_zh", text)
    assert stack.count() == 1
    assert stack.undoText() == field_action("title_zh")
    stack.undo()
    assert model.paper(0).title_zh == original
    stack.redo()
    assert model.paper(0).title_zh == "新标题"


def test_a_pause_starts_a_new_step(model, stack, clock):
    original = model.paper(0).title_zh
    _type(model, stack, 0, "title_zh", "新")
    clock.now += TYPING_BURST_SECONDS + 0.1
    _type(model, stack, 0, "title_zh", "新标")
    assert stack.count() == 2
    stack.undo()
    assert model.paper(0).title_zh == "新"
    stack.undo()
    assert model.paper(0).title_zh == original


def test_typing_in_another_field_or_paper_is_a_new_step(model, stack, clock):
    _type(model, stack, 0, "title_zh", "甲")
    _type(model, stack, 0, "summary_zh", "乙")
    _type(model, stack, 1, "summary_zh", "丙")
    assert stack.count() == 3


def test_typing_back_to_the_original_text_leaves_no_step(model, stack, clock):
    original = model.paper(0).title_zh
    _type(model, stack, 0, "title_zh", original + "x")
    _type(model, stack, 0, "title_zh", original)
    assert stack.count() == 0  # the merged command was obsolete, and the stack dropped it
    assert model.paper(0).title_zh == original


def test_undo_asks_to_show_what_changed(model, stack, qtbot):
    stack.push(EditFieldCommand(model, 2, "abstract_zh", model.paper(2).abstract_zh, "新"))
    with qtbot.waitSignal(model.focus_requested) as shown:
        stack.undo()
    assert shown.args == [2, "abstract_zh"]
    stack.push(RemovePapersCommand(model, [3, 4]))
    with qtbot.waitSignal(model.focus_requested) as shown:
        stack.undo()
    assert shown.args == [3, ""]
    stack.push(ReorderPapersCommand(model, _reversed_order(model), 0))
    with qtbot.waitSignal(model.focus_requested) as shown:
        stack.undo()
    assert shown.args == [model.rowCount() - 1, ""]  # the paper now first was last


def test_removing_every_paper_and_undoing(model, stack):
    before = model.digest.copy()
    stack.push(RemovePapersCommand(model, list(range(model.rowCount()))))
    assert model.rowCount() == 0 and model.digest.papers == []
    stack.undo()
    assert model.digest == before


def test_commands_on_an_empty_digest(qapp, stack):
    model = PaperModel(Digest())
    stack.push(InsertPapersCommand(model, 0, [Paper(id="2501.00001")]))
    stack.push(SetGlossaryCommand(model, [GlossaryEntry("a", "甲")]))
    stack.undo()
    stack.undo()
    assert model.digest == Digest()
