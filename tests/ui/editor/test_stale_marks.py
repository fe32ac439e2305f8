"""Changed English under a reviewed translation: marked, shown beside what was reviewed, confirmed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import dumps_project, loads_project
from digest_gui.core.merge import OFFER_KEY
from digest_gui.core.model import Status
from digest_gui.core.stale_english import STALE_KEY
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.paper_editor import PaperEditor


@pytest.fixture
def editor(qtbot, reference_text) -> PaperEditor:
    project = Project()
    project.new(import_markdown(reference_text).digest)  # every paper reviewed
    editor = PaperEditor(project)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    editor.set_row(0)
    return editor


def type_at_end(qtbot, field, text: str) -> None:
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, text)


def test_typing_in_the_english_of_a_reviewed_paper_marks_it(editor, qtbot):
    project = editor.project
    before = project.digest.papers[0].copy()
    type_at_end(qtbot, editor.fields["title_en"], " Again")
    paper = project.digest.papers[0]
    assert paper.status is Status.NEEDS_REVIEW
    assert paper.extra[STALE_KEY] == {"title_en": before.title_en}
    section = editor.notices.stale.sections["title_en"]
    assert section.isVisible() and not editor.notices.stale.sections["abstract_en"].isVisible()
    before_view, after_view = section.views[0]
    assert before_view.toPlainText() == before.title_en
    assert after_view.toPlainText() == before.title_en + " Again"
    # The new word is highlighted in the field itself.
    marks = editor.fields["title_en"].extraSelections()
    assert [mark.cursor.selectedText() for mark in marks] == [" Again"]
    assert editor.status_buttons[Status.NEEDS_REVIEW].isChecked()

    # The typing and the mark are one undo step, which restores the paper exactly.
    project.undo_stack.undo()
    assert project.digest.papers[0] == before
    assert not section.isVisible() and editor.fields["title_en"].extraSelections() == []
    project.undo_stack.redo()
    assert project.digest.papers[0].extra[STALE_KEY] == {"title_en": before.title_en}


def test_typing_the_english_back_drops_the_mark(editor, qtbot):
    field = editor.fields["title_en"]
    type_at_end(qtbot, field, "x")
    assert editor.project.digest.papers[0].status is Status.NEEDS_REVIEW
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    paper = editor.project.digest.papers[0]
    assert paper.status is Status.REVIEWED and STALE_KEY not in paper.extra


def test_confirm_clears_the_mark_and_the_paper_is_reviewed_again(editor, qtbot):
    type_at_end(qtbot, editor.fields["title_en"], " v2")
    section = editor.notices.stale.sections["title_en"]
    qtbot.mouseClick(section.confirm_button, Qt.MouseButton.LeftButton)
    paper = editor.project.digest.papers[0]
    assert paper.status is Status.REVIEWED and STALE_KEY not in paper.extra
    assert not section.isVisible()
    assert editor.project.undo_stack.undoText() == "Confirm Translation"
    editor.project.undo_stack.undo()
    assert editor.project.digest.papers[0].status is Status.NEEDS_REVIEW


def test_accepting_arxivs_newer_abstract_shows_the_changed_sentence(editor, qtbot):
    project = editor.project
    paper = project.digest.papers[0].copy()
    first, rest = paper.abstract_en.split(". ", 1)
    newer = first + ". We add a retrieval step. " + rest
    paper.version = 1
    paper.extra[OFFER_KEY] = {"abstract_en": newer, "version": 2}
    project.replace_paper(0, paper, "fetch")
    box = editor.suggestions.boxes["abstract_en"]
    assert box.isVisible() and box.title.text() == "arXiv v2:"
    assert "We add a retrieval step." in box.text.toPlainText()
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    after = project.digest.papers[0]
    assert after.abstract_en == newer and after.status is Status.NEEDS_REVIEW
    section = editor.notices.stale.sections["abstract_en"]
    assert section.isVisible()
    # Only the changed sentence, not the whole abstract, beside the reviewed one.
    assert [(a.toPlainText(), b.toPlainText()) for a, b in section.views] == [
        ("(nothing)", "We add a retrieval step.")
    ]
    # The marks go with the project file and come back.
    text = dumps_project(project.digest)
    assert loads_project(text.encode("utf-8")).papers[0] == after


def test_marking_the_paper_reviewed_clears_every_mark(editor, qtbot):
    type_at_end(qtbot, editor.fields["title_en"], " v2")
    type_at_end(qtbot, editor.fields["abstract_en"], " More.")
    assert set(editor.project.digest.papers[0].extra[STALE_KEY]) == {"title_en", "abstract_en"}
    qtbot.mouseClick(editor.status_buttons[Status.REVIEWED], Qt.MouseButton.LeftButton)
    paper = editor.project.digest.papers[0]
    assert paper.status is Status.REVIEWED and STALE_KEY not in paper.extra
    assert not editor.notices.stale.panel.isVisible()
    editor.project.undo_stack.undo()
    assert set(editor.project.digest.papers[0].extra[STALE_KEY]) == {"title_en", "abstract_en"}


def test_the_english_of_a_paper_never_reviewed_changes_without_a_mark(editor, qtbot):
    editor.project.set_status([0], Status.DRAFTED)
    type_at_end(qtbot, editor.fields["abstract_en"], " More.")
    paper = editor.project.digest.papers[0]
    assert paper.status is Status.DRAFTED and STALE_KEY not in paper.extra
