"""The elided line: one line of data cut to its width with "…", whole (as written) in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from digest_gui.ui.widgets.elided_line import ElidedLine

COMMENT = "12 pages, 5 figures;\n  code at https://example.org/code"


def test_a_long_line_is_cut_to_its_width_and_whole_in_its_tooltip(qtbot):
    line = ElidedLine()
    qtbot.addWidget(line)
    line.show()
    line.set_full_text(COMMENT)
    whole = "12 pages, 5 figures; code at https://example.org/code"  # one line, spaces as one
    assert line.full_text() == whole and line.toolTip() == whole and line.isVisible()
    line.resize(line.fontMetrics().horizontalAdvance(whole) * 2, 20)
    assert line.text() == whole
    line.resize(line.fontMetrics().horizontalAdvance(whole) // 2, 20)
    assert line.text().endswith("…") and whole.startswith(line.text()[:-1])
    assert line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width()
    assert line.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    line.resize(0, 20)
    assert line.text() == ""  # no room: nothing, not a lone "…"


def test_no_text_hides_it_and_markup_is_shown_as_written(qtbot):
    line = ElidedLine()
    qtbot.addWidget(line)
    line.show()
    line.set_full_text("")
    assert not line.isVisible() and line.toolTip() == ""
    line.set_full_text("<b>Bold</b> Author")
    assert line.isVisible() and line.textFormat() == Qt.TextFormat.PlainText
    assert line.toolTip() != "<b>Bold</b> Author" and "&lt;b&gt;" in line.toolTip()  # escaped, not bold
