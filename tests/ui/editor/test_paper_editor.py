"""The side-by-side editor, driven with real key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.paper_editor import PaperEditor


@pytest.fixture
def editor(qtbot, reference_text) -> PaperEditor:
    project = Project()
    project.new(import_markdown(reference_text).digest)
    editor = PaperEditor(project)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.set_row(0)
    return editor


def test_shows_the_selected_paper(editor):
    assert editor.fields["title_en"].toPlainText().startswith("Efficient Heatmap-Guided")
    assert editor.fields["title_zh"].toPlainText() == "在混乱场景中高效的基于热图引导的六自由度抓取检测"
    editor.set_row(14)
    assert editor.fields["title_en"].toPlainText() == "A Foundation Graph Model"


def test_typing_changes_the_paper_and_undo_restores_it(editor, qtbot):
    field = editor.fields["summary_zh"]
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, "OK")
    paper = editor.project.digest.papers[0]
    assert paper.summary_zh.endswith("OK")
    editor.project.undo_stack.undo()
    assert not paper.summary_zh.endswith("OK")
    assert field.toPlainText() == paper.summary_zh


def test_undo_shortcut_is_left_to_the_window(editor):
    field = editor.fields["abstract_zh"]
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert event.matches(QKeySequence.StandardKey.Undo)
    QApplication.sendEvent(field, event)
    assert not event.isAccepted()


def test_pasting_rich_text_inserts_plain_text(editor):
    field = editor.fields["abstract_zh"]
    field.clear()
    mime = QMimeData()
    mime.setHtml("<p><b>粗体</b> and <a href='x'>link</a></p>")
    mime.setText("粗体 and link")
    field.insertFromMimeData(mime)
    assert field.toPlainText() == "粗体 and link"
    assert editor.project.digest.papers[0].abstract_zh == "粗体 and link"


def test_pasted_control_characters_are_left_out(editor):
    field = editor.fields["abstract_zh"]
    field.clear()
    mime = QMimeData()
    mime.setText("粘\x03贴\x02的\x00文字\r\n第二行")
    field.insertFromMimeData(mime)
    assert field.toPlainText() == "粘贴的文字\n第二行"
    assert editor.project.digest.papers[0].abstract_zh == "粘贴的文字\n第二行"


def test_character_counts_follow_the_text(editor, qtbot):
    field = editor.fields["summary_zh"]
    field.setPlainText("一二三")
    assert editor.counts["summary_zh"].text() == "3 character(s)"


def test_status_is_one_click(editor, qtbot):
    qtbot.mouseClick(editor.status_buttons["drafted"], Qt.MouseButton.LeftButton)
    assert editor.project.digest.papers[0].status == "drafted"
    assert editor.status_buttons["new"].isVisible() and not editor.status_buttons["needs-review"].isVisible()
    editor.project.set_status([0], "needs-review")  # Ctrl+U, or changed English
    button = editor.status_buttons["needs-review"]
    assert button.isVisible() and button.isChecked() and button.text() == "Needs review"
    assert not editor.status_buttons["new"].isVisible()
    qtbot.mouseClick(editor.status_buttons["reviewed"], Qt.MouseButton.LeftButton)
    assert editor.project.digest.papers[0].status == "reviewed" and not button.isVisible()


# Return and Tab between the fields: tests/ui/editor/test_field_keys.py


def test_changes_from_undo_show_in_the_field_of_another_paper(editor):
    editor.project.set_field(3, "title_zh", "别的")
    editor.set_row(3)
    assert editor.fields["title_zh"].toPlainText() == "别的"
    editor.project.undo_stack.undo()
    assert editor.fields["title_zh"].toPlainText() != "别的"


def test_no_paper_shows_the_placeholder(editor):
    editor.project.new()
    editor.set_row(0)
    assert editor.paper() is None


def test_english_summary_sits_level_with_the_chinese_summary_and_is_edited(editor, qtbot):
    english, chinese = editor.fields["summary_en"], editor.fields["summary_zh"]
    qtbot.waitUntil(lambda: english.isVisible())
    # Same row of the grid: English side on the left, level with the Chinese summary.
    assert (
        english.mapTo(editor, english.rect().topLeft()).y()
        == chinese.mapTo(editor, chinese.rect().topLeft()).y()
    )
    assert (
        english.mapTo(editor, english.rect().topLeft()).x()
        < chinese.mapTo(editor, chinese.rect().topLeft()).x()
    )
    english.setFocus()
    qtbot.waitUntil(english.hasFocus)
    qtbot.keyClicks(english, "This paper grasps fast.")
    paper = editor.project.digest.papers[0]
    assert paper.summary_en == "This paper grasps fast."
    assert editor.counts["summary_en"].text() == "23 character(s)"
    editor.project.undo_stack.undo()
    assert paper.summary_en == ""
    assert english.toPlainText() == ""
    editor.project.set_field(0, "summary_en", "Set elsewhere.")
    assert english.toPlainText() == "Set elsewhere."
