"""Return and Tab in the editor stay on the side being written; the English is reached on purpose."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.field_keys import CHINESE_ORDER, ENGLISH_ORDER
from digest_gui.ui.editor.paper_editor import PaperEditor


@pytest.fixture
def editor(qtbot, reference_text) -> Iterator[PaperEditor]:
    project = Project()
    project.new(import_markdown(reference_text).digest)
    editor = PaperEditor(project)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.set_row(0)
    yield editor
    # A plain key last: Qt keeps the last key event's modifiers as the application's, and a
    # Shift left "held" would turn the next test's clicks into Shift+clicks.
    qtbot.keyClick(editor.fields["title_en"], Qt.Key.Key_End)


def _focus(editor, qtbot, name):
    field = editor.fields[name]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return field


def _focused(editor) -> str:
    return next((name for name, field in editor.fields.items() if field is QApplication.focusWidget()), "")


def test_return_in_a_chinese_title_moves_to_the_chinese_summary(editor, qtbot):
    english_before = editor.project.digest.papers[0].abstract_en
    title = _focus(editor, qtbot, "title_zh")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert "\n" not in editor.project.digest.papers[0].title_zh
    assert _focused(editor) == "summary_zh"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert _focused(editor) == "abstract_zh"
    # The next keys land in the translation, never in the English abstract.
    qtbot.keyClicks(QApplication.focusWidget(), "x")
    assert editor.project.digest.papers[0].abstract_en == english_before
    assert "x" in editor.project.digest.papers[0].abstract_zh


def test_return_in_the_abstract_translation_breaks_the_line(editor, qtbot):
    field = _focus(editor, qtbot, "abstract_zh")
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _focused(editor) == "abstract_zh"
    assert editor.project.digest.papers[0].abstract_zh.endswith("\n")


def test_shift_return_goes_back_without_a_line_break(editor, qtbot):
    summary = _focus(editor, qtbot, "summary_zh")
    before = editor.project.digest.papers[0].summary_zh
    qtbot.keyClick(summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _focused(editor) == "title_zh"
    assert editor.project.digest.papers[0].summary_zh == before


def test_tab_cycles_the_chinese_fields_only(editor, qtbot):
    _focus(editor, qtbot, "title_zh")
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_focused(editor))
    assert seen == [*CHINESE_ORDER[1:], CHINESE_ORDER[0], *CHINESE_ORDER[1:], CHINESE_ORDER[0]]
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        seen.append(_focused(editor))
    assert seen == ["abstract_zh", "summary_zh", "title_zh"]


def test_from_the_english_side_tab_goes_on_to_the_chinese(editor, qtbot):
    _focus(editor, qtbot, "title_en")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _focused(editor) == "title_zh"
    # Return in an English one-line field moves down the English side.
    _focus(editor, qtbot, "title_en")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _focused(editor) == "summary_en"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _focused(editor) == "abstract_en"


def test_go_to_side_moves_to_the_same_rows_other_field(editor, qtbot):
    _focus(editor, qtbot, "summary_zh")
    editor.field_keys.go_to_side("en")
    assert _focused(editor) == "summary_en"
    editor.field_keys.go_to_side("en")  # already there: stays
    assert _focused(editor) == "summary_en"
    editor.field_keys.go_to_side("zh")
    assert _focused(editor) == "summary_zh"
    assert set(ENGLISH_ORDER) | set(CHINESE_ORDER) == set(editor.fields)


def test_alt_left_and_alt_right_in_the_window(window, qtbot):
    window.list_pane.select_row(0)
    field = window.editor.fields["abstract_zh"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.editor.fields["abstract_en"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.editor.fields["abstract_zh"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)  # no Alt left "held" for the next test
    shortcuts = {row[0]: row[1] for row in window.action_registry.shortcut_rows()}
    assert shortcuts["Go to English Side"] and shortcuts["Go to Chinese Side"]
