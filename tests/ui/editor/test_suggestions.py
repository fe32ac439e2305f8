"""A draft's suggestion under the field it would replace: read whole, accepted or ignored by key or click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digest_gui.core.drafting.drafts import SUGGESTION_KEY
from digest_gui.core.merge import OFFER_KEY
from digest_gui.ui.editor.suggestions import suggestion_segments

TITLE = "在混乱场景中高效的基于热图引导的六自由度抓取检测"
SUGGESTED = "在杂乱场景中高效的基于热图引导的六自由度抓取检测方法"


@pytest.fixture
def suggesting(window, qtbot):
    """The first paper, its Chinese title with a draft's suggestion waiting, the title field focused."""
    project = window.project
    paper = project.digest.papers[0].copy()
    assert paper.title_zh == TITLE
    paper.extra[SUGGESTION_KEY] = {"title_zh": SUGGESTED, "summary_zh": "一句不同的总结。"}
    project.replace_paper(0, paper, "draft")
    project.undo_stack.clear()
    window.list_pane.select_row(0)
    field = window.editor.fields["title_zh"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return window


def test_the_suggestion_shows_under_its_field_with_the_characters_that_differ(suggesting):
    editor = suggesting.editor
    box = editor.suggestions.boxes["title_zh"]
    assert box.isVisible() and box.title.text() == "Draft:"
    assert editor.field_columns["title_zh"].indexOf(box) == 1  # right under the field
    # Whole, never cut off: the words that go struck out, the new ones highlighted.
    kinds = {(s.kind, s.text) for s in suggestion_segments(TITLE, SUGGESTED)}
    assert kinds == {
        ("equal", "在"),
        ("delete", "混"),
        ("insert", "杂"),
        ("equal", TITLE[2:]),
        ("insert", "方法"),
    }
    assert box.text.toPlainText() == "在混杂" + TITLE[2:] + "方法"
    assert box.text.height() >= box.text.document().size().height()
    assert "Alt+Enter" in box.accept_button.toolTip() and "Esc" in box.ignore_button.toolTip()


def test_alt_enter_in_the_field_accepts_it_as_one_undo_step(suggesting, qtbot):
    window = suggesting
    field = window.editor.fields["title_zh"]
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    paper = window.project.digest.papers[0]
    assert paper.title_zh == SUGGESTED and field.toPlainText() == SUGGESTED
    assert paper.extra[SUGGESTION_KEY] == {"summary_zh": "一句不同的总结。"}  # the other field's waits
    assert not window.editor.suggestions.boxes["title_zh"].isVisible()
    assert QApplication.focusWidget() is field
    window.action_registry["undo"].trigger()
    assert window.project.digest.papers[0].title_zh == TITLE
    assert window.editor.suggestions.boxes["title_zh"].isVisible()


def test_esc_in_the_field_ignores_it(suggesting, qtbot):
    window = suggesting
    qtbot.keyClick(window.editor.fields["title_zh"], Qt.Key.Key_Escape)
    paper = window.project.digest.papers[0]
    assert paper.title_zh == TITLE and paper.extra[SUGGESTION_KEY] == {"summary_zh": "一句不同的总结。"}
    assert window.project.undo_stack.undoText() == "Ignore the Draft"


def test_alt_delete_ignores_the_suggestion_of_the_field_with_focus(suggesting, qtbot):
    window = suggesting
    summary = window.editor.fields["summary_zh"]
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    qtbot.keyClick(summary, Qt.Key.Key_Delete, Qt.KeyboardModifier.AltModifier)
    paper = window.project.digest.papers[0]
    assert paper.extra[SUGGESTION_KEY] == {"title_zh": SUGGESTED}


def test_the_menu_action_takes_the_first_suggestion_when_no_field_has_one(suggesting, qtbot):
    window = suggesting
    window.list_pane.view.setFocus()
    window.action_registry["acceptSuggestion"].trigger()
    assert window.project.digest.papers[0].title_zh == SUGGESTED
    assert QApplication.focusWidget() is window.editor.fields["title_zh"]


def test_esc_without_a_suggestion_does_nothing_to_the_paper(suggesting, qtbot):
    window = suggesting
    abstract = window.editor.fields["abstract_zh"]
    abstract.setFocus()
    qtbot.waitUntil(abstract.hasFocus)
    qtbot.keyClick(abstract, Qt.Key.Key_Escape)
    assert window.project.undo_stack.count() == 0


def test_arxivs_differing_title_waits_under_the_english_title(window, qtbot):
    paper = window.project.digest.papers[2].copy()
    paper.extra[OFFER_KEY] = {"title_en": paper.title_en + " (Extended)"}
    window.project.replace_paper(2, paper, "fetch")
    window.list_pane.select_row(2)
    box = window.editor.suggestions.boxes["title_en"]
    assert box.isVisible() and box.title.text() == "arXiv:"
    assert not window.editor.offer_bar.isVisible()  # nothing else to say in the bar
    field = window.editor.fields["title_en"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert OFFER_KEY not in window.project.digest.papers[2].extra


def test_a_rewrite_shows_the_new_text_alone():
    assert [s.kind for s in suggestion_segments("完全不同的文字", "另外一句话")] == ["equal"]
    assert suggestion_segments("", "新的") == suggestion_segments("   ", "新的")


def test_a_narrow_column_shows_the_buttons_as_icons_and_never_widens_the_editor(suggesting, qtbot):
    box = suggesting.editor.suggestions.boxes["title_zh"]
    wide, narrow = Qt.ToolButtonStyle.ToolButtonTextBesideIcon, Qt.ToolButtonStyle.ToolButtonIconOnly
    box.resize(400, box.height())
    assert box.accept_button.toolButtonStyle() == wide
    box.resize(150, box.height())
    assert box.accept_button.toolButtonStyle() == narrow and box.ignore_button.toolButtonStyle() == narrow
    assert box.minimumSizeHint().width() <= 150


def test_esc_ignores_the_suggestion_before_it_closes_the_find_bar(suggesting, qtbot):
    window = suggesting
    field = window.editor.fields["title_zh"]
    window.finder.open()
    assert window.find_bar.isVisible()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the suggestion waiting under the field goes first
    assert window.find_bar.isVisible()
    assert window.project.undo_stack.undoText() == "Ignore the Draft"
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # then the bar
    assert not window.find_bar.isVisible()
