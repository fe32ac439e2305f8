"""Paper → Glossary without a window: the project, a status line and a folder are all it needs."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QWidget

from digest_gui.core.model import GlossaryEntry
from digest_gui.ui.document.project import Project
from digest_gui.ui.glossary.actions import GlossaryActions
from digest_gui.ui.widgets.status_messenger import StatusMessenger


def _glossary(qtbot, folder: str = "/somewhere") -> tuple[GlossaryActions, Project, QStatusBar]:
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = QStatusBar(parent)
    project = Project(parent)
    project.new()
    return GlossaryActions(project, StatusMessenger(bar), lambda: folder, parent), project, bar


def test_ok_applies_the_entries_as_one_step_and_says_so(qtbot, answers, english):
    seen: list[list[GlossaryEntry]] = []

    def edit(entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
        seen.append(entries)
        return [GlossaryEntry("token", "词元"), GlossaryEntry("agent", "智能体")]

    answers.glossary = edit
    glossary, project, bar = _glossary(qtbot)
    assert glossary.edit()
    assert seen == [[]]
    assert [entry.term for entry in project.digest.glossary] == ["token", "agent"]
    assert bar.currentMessage() == "The glossary has 2 terms"
    project.undo_stack.undo()
    assert project.digest.glossary == []


def test_cancel_or_no_change_leaves_the_project_alone(qtbot, answers):
    glossary, project, bar = _glossary(qtbot)
    answers.glossary = None  # Cancel
    assert not glossary.edit()
    answers.glossary = lambda entries: entries  # OK without a change
    assert not glossary.edit()
    assert not project.is_modified()
    assert bar.currentMessage() == ""
