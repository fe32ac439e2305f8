"""Problems marked at the field: highlighted text with the check's message, glossary terms
underlined with their Chinese, a summary's count in the warning colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from digest_gui.core.model import GlossaryEntry
from digest_gui.ui.editor.field_marks import LAYER, WARNING, scheme_of
from digest_gui.ui.editor.marks import layer as layer_of
from digest_gui.ui.editor.marks import set_layer
from tests.ui.conftest import commit_text


@pytest.fixture(autouse=True)
def no_tooltip_left(qtbot):
    """A tooltip shown by a test is gone before the next one (and before the application)."""
    yield
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def marked(field, kind: str = "issue") -> list[str]:
    """The texts of a field that its quality layer marks (issues: highlighted; terms: underlined)."""
    texts = []
    for selection in layer_of(field, LAYER):
        is_term = selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
        if is_term == (kind == "term"):
            texts.append(selection.cursor.selectedText())
    return texts


def hover(qtbot, field, text: str) -> str:
    """The tooltip shown when the mouse rests on the middle of text in the field."""
    at = field.toPlainText().index(text) + len(text) // 2
    cursor = QTextCursor(field.document())
    cursor.setPosition(at)
    rect = field.cursorRect(cursor)
    pos = QPoint(rect.x() + 1, rect.center().y())
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    event = QHelpEvent(QEvent.Type.ToolTip, pos, field.viewport().mapToGlobal(pos))
    QApplication.sendEvent(field.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def paper_with_problems(window, qtbot):
    """The first paper, with numbers a draft added, a formula it dropped and a long summary."""
    project = window.project
    paper = project.digest.papers[0]
    project.set_glossary(
        [GlossaryEntry("heatmap", "热图", "not 热力图"), GlossaryEntry("point cloud", "点云")]
    )
    project.set_field(0, "abstract_en", paper.abstract_en.replace("Specifically,", "With $k$ anchors,"))
    project.set_field(
        0, "abstract_zh", paper.abstract_zh.replace("具体来说，", "在 256 个锚点上准确率达到 92%，")
    )
    window.list_pane.select_row(0)
    qtbot.waitUntil(lambda: "256" in marked(window.editor.fields["abstract_zh"]))


def test_the_offending_text_is_highlighted_with_the_check_s_message(window, qtbot):
    paper_with_problems(window, qtbot)
    fields = window.editor.fields
    assert marked(fields["abstract_zh"]) == ["256", "92%"]
    assert marked(fields["abstract_en"]) == ["$k$"]  # the formula the translation lacks
    assert (
        hover(qtbot, fields["abstract_zh"], "256") == "Numbers added: has 256, 92%, which the English lacks"
    )
    assert hover(qtbot, fields["abstract_en"], "$k$") == (
        "Formula missing: lacks $k$ of the English abstract"
    )
    assert hover(qtbot, fields["abstract_zh"], "快速而稳健") == ""  # unmarked text: no tooltip


def test_glossary_terms_are_underlined_in_the_english_with_their_chinese(window, qtbot):
    paper_with_problems(window, qtbot)
    fields = window.editor.fields
    assert marked(fields["title_en"], "term") == ["Heatmap"]
    assert "point cloud" in marked(fields["abstract_en"], "term")
    assert "heatmaps" in marked(fields["abstract_en"], "term")
    assert marked(fields["abstract_zh"], "term") == []  # the English side only
    assert hover(qtbot, fields["title_en"], "Heatmap") == "Glossary: “heatmap” → 热图\nnot 热力图"


def test_marks_follow_typing_at_once_and_leave_with_the_problem(window, qtbot):
    paper_with_problems(window, qtbot)
    field = window.editor.fields["abstract_zh"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.Start)
    commit_text(field, "共 512 个样本。")
    qtbot.waitUntil(lambda: marked(field)[:1] == ["512"])  # before the watcher's pause, at its place
    assert marked(field) == ["512", "256", "92%"]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: marked(field) == [])


def test_a_summary_over_its_limit_shows_its_count_in_the_warning_colour(window, qtbot):
    window.list_pane.select_row(7)  # [^8]: 81 characters, the limit is 80
    count = window.editor.counts["summary_zh"]
    qtbot.waitUntil(lambda: count.property("overLimit") is True)
    assert QColor(WARNING[scheme_of(count)]).name() in count.styleSheet()
    assert count.toolTip() == "81 characters; the limit is 80 (Preferences)"
    assert marked(window.editor.fields["summary_zh"]) == [window.project.digest.papers[7].summary_zh[80:]]
    window.list_pane.select_row(0)
    qtbot.waitUntil(lambda: count.property("overLimit") is False)
    assert count.styleSheet() == ""


def test_other_layers_of_a_field_are_kept(window, qtbot):
    paper_with_problems(window, qtbot)
    field = window.editor.fields["abstract_zh"]
    set_layer(field, "search", list(layer_of(field, LAYER))[:1])
    before = len(field.extraSelections())
    window.field_marks.refresh()
    assert len(field.extraSelections()) == before  # the quality layer replaced, the other kept
    assert len(layer_of(field, "search")) == 1


def test_the_marks_follow_the_interface_language(window, qtbot, marking_translator):
    paper_with_problems(window, qtbot)
    QApplication.installTranslator(marking_translator)
    qtbot.waitUntil(lambda: hover(qtbot, window.editor.fields["title_en"], "Heatmap").startswith("[Glossary"))


def test_a_problem_of_the_whole_field_is_said_wherever_it_is_hovered(window, qtbot):
    window.project.set_field(0, "summary_zh", "误差为 $S=\\{0,1\\}^n$ 的方法。")  # GitHub eats the \\
    window.list_pane.select_row(0)
    field = window.editor.fields["summary_zh"]
    qtbot.waitUntil(lambda: "summary_zh" in window.field_marks.field_wide)
    assert hover(qtbot, field, "误差").startswith("GitHub alters: GitHub shows it as")


def test_marks_after_a_character_outside_the_bmp_cover_their_words(window, qtbot):
    project = window.project
    project.set_glossary([GlossaryEntry("heatmap", "热图")])
    project.set_field(0, "title_en", "Let 𝑥 and 𝑦 guide a heatmap")  # U+1D465: two UTF-16 units
    window.list_pane.select_row(0)
    field = window.editor.fields["title_en"]
    qtbot.waitUntil(lambda: marked(field, "term") == ["heatmap"])
