"""Find and replace in the window, driven with keys as a user does."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digest_gui.core.find_replace import FindQuery, find_all
from digest_gui.core.model import Digest, Paper
from digest_gui.ui.editor.marks import layer
from digest_gui.ui.find.controller import MARK_LAYER


def _digest() -> Digest:
    return Digest(
        title="find",
        papers=[
            Paper(id="2401.00001", title_en="Graph networks", title_zh="图网络", abstract_zh="图网络很好。"),
            Paper(
                id="2401.00002",
                title_en="Diffusion models",
                title_zh="扩散模型",
                summary_zh="一个扩散模型",
                abstract_en="A model of diffusion.\nModels diffuse.",
                abstract_zh="我们研究扩散模型。\n模型会扩散。",
            ),
            Paper(id="2401.00003", title_en="Vision", title_zh="视觉", abstract_zh="视觉模型"),
        ],
    )


@pytest.fixture
def finding(window, qtbot):
    window.project.new(_digest())
    window.list_pane.select_row(0)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.list_pane.view.setFocus()
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.isVisible)
    assert window.find_bar.find_edit.hasFocus()
    yield window
    # A plain key last: Qt keeps the modifiers of the last key event as the application's,
    # and a Ctrl left "held" would turn the next test's clicks into Ctrl+clicks.
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_End)


def _type(window, qtbot, text):
    window.find_bar.find_edit.clear()
    window.find_bar.find_edit.setText(text)  # Chinese comes from an input method; setText is its commit
    qtbot.waitUntil(lambda: not window.finder.pending())


def test_ctrl_h_opens_the_bar_and_esc_closes_it(finding, qtbot):
    window = finding
    qtbot.keyClicks(window.find_bar.find_edit, "model")
    qtbot.waitUntil(lambda: window.find_bar.count_label.full_text().startswith("3 result"))
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    # Marks go with it.
    assert all(not layer(field, MARK_LAYER) for field in window.editor.fields.values())
    assert window.preview.view().highlighted_texts() == []


def test_return_and_f3_move_through_papers_and_fields(finding, qtbot):
    window = finding
    _type(window, qtbot, "模型")
    edit = window.find_bar.find_edit
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    # The first match after the start: paper 2's Chinese title, selected in the editor.
    assert window.list_pane.current_row() == 1
    title = window.editor.fields["title_zh"]
    assert title.textCursor().selectedText() == "模型"
    assert window.find_bar.count_label.full_text() == "1 of 5"
    assert edit.hasFocus()  # typing goes on in the bar
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
        match = window.finder.current()
        seen.append((match.row, match.field))
    assert seen == [(1, "summary_zh"), (1, "abstract_zh"), (1, "abstract_zh"), (2, "abstract_zh")]
    assert window.list_pane.current_row() == 2
    assert window.editor.fields["abstract_zh"].textCursor().selectedText() == "模型"
    # Past the end it wraps to the start and says so.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert window.finder.current().row == 1
    assert "continued from the start" in window.status.current()
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.finder.current().row == 2


def test_scope_case_and_whole_words_narrow_the_matches(finding, qtbot):
    window = finding
    bar = window.find_bar
    _type(window, qtbot, "model")
    assert bar.count_label.full_text().startswith("3 result")
    bar.case_button.click()
    qtbot.waitUntil(lambda: bar.count_label.full_text().startswith("2 result"))
    bar.case_button.click()
    bar.word_button.click()
    qtbot.waitUntil(lambda: bar.count_label.full_text().startswith("1 result"))
    bar.word_button.click()
    bar.scope_combo.setCurrentIndex(bar.scope_combo.findData("zh"))
    qtbot.waitUntil(lambda: bar.count_label.full_text() == "No results")
    assert not bar.replace_all_button.isEnabled()


def test_an_invalid_pattern_says_so_in_one_line(finding, qtbot):
    window = finding
    bar = window.find_bar
    bar.regex_button.click()
    _type(window, qtbot, "(模型")
    qtbot.waitUntil(lambda: bar.count_label.full_text().startswith("Invalid pattern"))
    assert "\n" not in bar.count_label.full_text()
    assert not bar.replace_button.isEnabled()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)  # nothing to go to, nothing breaks
    assert window.finder.current() is None


def test_replace_one_then_the_next(finding, qtbot):
    window = finding
    bar = window.find_bar
    _type(window, qtbot, "模型")
    bar.replace_edit.setText("model")
    bar.replace_edit.setFocus()
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # no current match: goes to the first
    assert window.finder.current() is not None and window.project.digest.papers[1].title_zh == "扩散模型"
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # replaces it and goes on
    assert window.project.digest.papers[1].title_zh == "扩散model"
    assert window.finder.current().field == "summary_zh"
    assert bar.count_label.full_text() == "1 of 4"
    window.project.undo_stack.undo()
    assert window.project.digest.papers[1].title_zh == "扩散模型"


def test_replace_all_is_one_undo_step(finding, qtbot):
    window = finding
    bar = window.find_bar
    before = window.project.digest.copy()
    bar.regex_button.click()
    _type(window, qtbot, r"(扩散)(模型)")
    bar.replace_edit.setText(r"\2（\1）")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    papers = window.project.digest.papers
    assert papers[1].title_zh == "模型（扩散）"
    assert papers[1].abstract_zh == "我们研究模型（扩散）。\n模型会扩散。"
    assert re.match(r"Replaced 3 occurrence.* in 3 field", window.status.current())
    assert window.project.undo_stack.undoText() == "Replace All"
    assert window.project.is_modified()
    qtbot.keyClick(window.editor.fields["title_en"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project.digest == before


def test_empty_matches_replace_at_line_starts_without_looping(finding, qtbot):
    window = finding
    bar = window.find_bar
    bar.regex_button.click()
    bar.scope_combo.setCurrentIndex(bar.scope_combo.findData("zh"))
    _type(window, qtbot, "^")
    bar.replace_edit.setText("> ")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.project.digest.papers[1].abstract_zh == "> 我们研究扩散模型。\n> 模型会扩散。"
    assert window.project.digest.papers[0].summary_zh == ""  # an empty field stays empty


def test_matches_are_marked_in_the_editor_and_the_preview(finding, qtbot):
    window = finding
    window.preview.set_mode("paper")
    _type(window, qtbot, "模型")
    window.list_pane.select_row(1)
    marks = layer(window.editor.fields["abstract_zh"], MARK_LAYER)
    assert [selection.cursor.selectedText() for selection in marks] == ["模型", "模型"]
    assert len(layer(window.editor.fields["title_zh"], MARK_LAYER)) == 1
    assert layer(window.editor.fields["title_en"], MARK_LAYER) == []
    qtbot.waitUntil(lambda: window.preview.view().highlighted_texts() != [])
    assert set(window.preview.view().highlighted_texts()) == {"模型"}
    # Typing in a field keeps the marks on the text.
    field = window.editor.fields["title_en"]
    field.setFocus()
    qtbot.keyClicks(field, " x")
    qtbot.waitUntil(lambda: len(layer(window.editor.fields["title_zh"], MARK_LAYER)) == 1)


def test_supplementary_characters_are_selected_whole(finding, qtbot):
    window = finding
    window.project.set_field(0, "title_zh", "😀𠀋图网络")
    window.list_pane.select_row(0)
    _type(window, qtbot, "图网络")
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Return)
    assert window.editor.fields["title_zh"].textCursor().selectedText() == "图网络"


def test_find_starts_from_the_selected_text(finding, qtbot):
    window = finding
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Escape)
    window.list_pane.select_row(1)
    field = window.editor.fields["abstract_en"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    cursor = field.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    qtbot.keyClick(field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.find_edit.text() == "model"
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Return)
    current = window.finder.current()
    assert (current.row, current.field, current.start) == (1, "abstract_en", 2)
    assert QApplication.focusWidget() is window.find_bar.find_edit


def test_a_read_only_project_offers_no_replace(finding, qtbot):
    window = finding
    window.project.read_only = "test"
    _type(window, qtbot, "模型")
    assert not window.find_bar.replace_all_button.isEnabled()
    window.finder.replace_all()
    assert find_all(window.project.digest, FindQuery("模型"))


def test_the_preview_marks_only_the_side_searched(finding, qtbot):
    window = finding
    window.preview.set_mode("paper")
    window.list_pane.select_row(1)
    bar = window.find_bar
    _type(window, qtbot, "model")
    qtbot.waitUntil(lambda: window.preview.view().highlighted_texts() != [])
    assert {text.lower() for text in window.preview.view().highlighted_texts()} == {"model"}
    bar.scope_combo.setCurrentIndex(bar.scope_combo.findData("zh"))
    qtbot.waitUntil(lambda: bar.count_label.full_text() == "No results")
    assert window.preview.view().highlighted_texts() == []
    _type(window, qtbot, "模型")
    assert set(window.preview.view().highlighted_texts()) == {"模型"}


def test_esc_in_an_editor_field_closes_the_bar(finding, qtbot):
    window = finding
    field = window.editor.fields["abstract_zh"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = field.toPlainText()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert field.toPlainText() == before and window.project.undo_stack.count() == 0
