"""The difference view: deletions struck out, insertions highlighted, as tall as its text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor

from digest_gui.core.text_diff import Segment, diff_segments
from digest_gui.ui.editor.diff_view import DELETED_BACKGROUND, INSERTED_BACKGROUND, DiffText


def format_at(view: DiffText, position: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def test_deleted_words_are_struck_out_and_new_ones_highlighted(qtbot):
    view = DiffText()
    qtbot.addWidget(view)
    view.set_segments(diff_segments("a fast model", "a faster model"))
    assert view.toPlainText() == "a fastfaster model"
    deleted, inserted, kept = format_at(view, 2), format_at(view, 6), format_at(view, 0)
    assert deleted.fontStrikeOut() and deleted.background().color() == QColor(DELETED_BACKGROUND)
    assert inserted.background().color() == QColor(INSERTED_BACKGROUND) and not inserted.fontStrikeOut()
    assert not kept.fontStrikeOut()


def test_markup_is_shown_as_written(qtbot):
    view = DiffText()
    qtbot.addWidget(view)
    view.set_segments([Segment("insert", "<b>not bold</b> <img src=x>")])
    assert view.toPlainText() == "<b>not bold</b> <img src=x>"


def test_the_view_grows_with_its_text_and_never_scrolls(qtbot):
    view = DiffText()
    qtbot.addWidget(view)
    view.resize(200, 10)
    view.show()
    view.set_segments([Segment("equal", "word " * 10)])
    short = view.height()
    view.set_segments([Segment("equal", "word " * 200)])
    assert view.height() > short
    assert view.verticalScrollBar().maximum() == 0


def test_an_empty_side_shows_its_placeholder(qtbot):
    view = DiffText()
    qtbot.addWidget(view)
    view.set_segments([], "(nothing)")
    assert view.toPlainText() == "(nothing)"
