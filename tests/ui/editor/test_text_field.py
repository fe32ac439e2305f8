"""Text fields: one-line fields grow with their text up to a limit, then scroll."""

from __future__ import annotations

import pytest

from digest_gui.ui.editor.text_field import COMPACT_MAX_LINES, LONG_MIN_LINES, PlainTextField

LONG_TITLE = (
    "Adversarial Nibbler: An Open Red-Teaming Method for Identifying Diverse Harms "
    "in Text-to-Image Generation"
)


@pytest.fixture
def title(qtbot) -> PlainTextField:
    field = PlainTextField("title_en", compact=True)
    qtbot.addWidget(field)
    field.resize(240, 40)
    field.show()
    qtbot.waitExposed(field)
    return field


def visible_lines(field: PlainTextField) -> tuple[int, int]:
    """(lines wholly inside the viewport, lines of the text) as laid out."""
    viewport = field.viewport().rect()
    shown = total = 0
    block = field.firstVisibleBlock()
    offset = field.contentOffset()
    while block.isValid():
        top = field.blockBoundingGeometry(block).translated(offset).top()
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            total += 1
            if viewport.top() <= top + line.y() and top + line.y() + line.height() <= viewport.bottom() + 1:
                shown += 1
        block = block.next()
    return shown, total


def test_a_long_title_shows_every_line(qtbot, title):
    title.set_text(LONG_TITLE)
    qtbot.waitUntil(lambda: visible_lines(title)[1] >= 3)
    shown, total = visible_lines(title)
    assert shown == total  # the third line (and any after) is not cut off
    assert title.verticalScrollBar().maximum() == 0


def test_the_field_follows_its_width_and_text(qtbot, title):
    title.set_text(LONG_TITLE)
    tall = title.height()
    title.resize(700, tall)
    qtbot.waitUntil(lambda: title.height() < tall)
    assert visible_lines(title)[0] == visible_lines(title)[1]
    title.set_text("Short")
    assert title.content_lines() == 1
    one_line = title.height()
    assert one_line < tall
    title.set_text("")
    assert title.height() == one_line  # an empty field keeps one line


def test_past_the_limit_it_scrolls(qtbot, title):
    title.set_text(" ".join([LONG_TITLE] * 6))
    qtbot.waitUntil(lambda: title.verticalScrollBar().maximum() > 0)
    shown, total = visible_lines(title)
    assert total > COMPACT_MAX_LINES
    assert COMPACT_MAX_LINES - 1 <= shown <= COMPACT_MAX_LINES


def test_a_long_field_keeps_a_few_lines(qtbot):
    field = PlainTextField("abstract_en")
    qtbot.addWidget(field)
    line = field.fontMetrics().lineSpacing()
    assert field.minimumSizeHint().height() >= LONG_MIN_LINES * line
