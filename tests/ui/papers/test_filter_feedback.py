"""A filter that hides every paper says so in the editor, with a way out; the count says what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt


def counts(window) -> str:
    return window._counts.text()


def test_a_filter_matching_nothing_says_so_and_clears_with_one_click(window, qtbot):
    pane, placeholder = window.list_pane, window.editor.placeholder
    assert counts(window).startswith("23 papers ·")
    qtbot.keyClicks(pane.filter_edit, "xyz")
    assert pane.proxy.rowCount() == 0
    assert placeholder.isVisible()
    assert placeholder.text() == "No paper matches “xyz”.\n\nThe filter hides the digest's 23 papers."
    assert placeholder.clear_button.isVisible()
    assert counts(window).startswith("0 of 23 papers shown ·")
    qtbot.mouseClick(placeholder.clear_button, Qt.MouseButton.LeftButton)
    assert pane.filter_edit.text() == ""
    assert pane.proxy.rowCount() == 23
    assert counts(window).startswith("23 papers ·")
    assert window.editor.paper() is not None  # back on a paper


def test_a_filter_matching_some_papers_counts_them(window, qtbot):
    qtbot.keyClicks(window.list_pane.filter_edit, "parallel")
    assert counts(window).startswith("4 of 23 papers shown ·")
    window.list_pane.filter_edit.clear()
    assert counts(window).startswith("23 papers ·")


def test_an_empty_digest_still_says_how_to_add_papers(window, qtbot):
    window.project.new()
    placeholder = window.editor.placeholder
    assert placeholder.text().startswith("No paper selected.")
    assert "Ctrl+L" in placeholder.text()
    assert not placeholder.clear_button.isVisible()
    qtbot.keyClicks(window.list_pane.filter_edit, "xyz")  # nothing hidden: nothing to say about it
    assert placeholder.text().startswith("No paper selected.")


def test_the_filter_text_is_shown_as_written(window, qtbot):
    window.list_pane.filter_edit.setText("<b>none</b>")
    label = window.editor.placeholder.label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "“<b>none</b>”" in label.text()
