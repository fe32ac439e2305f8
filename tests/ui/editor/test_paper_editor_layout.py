"""The editor's layout as a user sees it at narrow and wide sizes: nothing cut off or run together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from digest_gui.core.formats.project_file import load_project
from digest_gui.ui.document.project import Project
from digest_gui.ui.editor.paper_editor import COUNTED, TAB_ORDER, PaperEditor
from tests.conftest import FIXTURES

LONG_TITLE_PROJECT = FIXTURES / "long-title.digest"


@pytest.fixture
def editor(qtbot, english) -> PaperEditor:
    project = Project()
    project.new(load_project(LONG_TITLE_PROJECT))
    editor = PaperEditor(project)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_row(0)
    return editor


def geometry_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def settle(editor: PaperEditor, width: int, height: int = 700) -> None:
    editor.resize(max(width, editor.minimumSizeHint().width()), height)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("width", [380, 460, 620, 900, 1400])
def test_names_and_counts_never_run_together(editor, width):
    settle(editor, width)
    for name in COUNTED:
        label, count = editor._labels[name], editor.counts[name]
        label_box, count_box = geometry_in(label, editor), geometry_in(count, editor)
        assert label_box.top() < count_box.bottom() and count_box.top() < label_box.bottom()  # one line
        shown = label.fontMetrics().horizontalAdvance(QLabelText.shown(label))
        assert label_box.left() + shown + 6 <= count_box.left(), (name, width)
        assert count.width() >= count.sizeHint().width()  # the count is whole
        if label.is_elided():
            assert label.toolTip() == label.text()


class QLabelText:
    @staticmethod
    def shown(label) -> str:
        """What the label paints (its QLabel text), not its whole text."""
        return QLabel.text(label)


@pytest.mark.parametrize("width", [380, 620, 1400])
def test_the_long_title_is_read_whole(editor, width):
    settle(editor, width)
    title = editor.fields["title_en"]
    assert title.toPlainText().startswith("Adversarial Nibbler")
    if width <= 620:
        assert title.content_lines() >= 3
    assert title.verticalScrollBar().maximum() == 0
    assert title.height() >= title.content_lines() * title.fontMetrics().lineSpacing()


def test_the_two_sides_of_a_row_start_level(editor):
    settle(editor, 620)
    for english, chinese in (("title_en", "title_zh"), ("summary_en", "summary_zh")):
        left = geometry_in(editor.fields[english], editor)
        right = geometry_in(editor.fields[chinese], editor)
        assert left.top() == right.top()


def test_the_abstracts_share_the_rest_of_the_height(editor):
    settle(editor, 900, 1000)
    english, chinese = editor.fields["abstract_en"], editor.fields["abstract_zh"]
    assert english.height() == chinese.height()
    summary_bottom = geometry_in(editor.fields["summary_zh"], editor).bottom()
    abstract_box = geometry_in(english, editor)
    # Taller than their minimum, down to the editor's bottom edge.
    assert english.height() > english.minimumSizeHint().height()
    assert abstract_box.top() > summary_bottom
    assert editor.height() - abstract_box.bottom() < 40


def test_a_short_editor_scrolls_rather_than_squeezing_the_abstracts(editor):
    settle(editor, 900, 360)
    english = editor.fields["abstract_en"]
    assert english.height() >= english.minimumSizeHint().height()
    scroll = editor._stack.currentWidget()
    assert scroll.verticalScrollBar().maximum() > 0


def test_the_editor_is_never_cut_off_at_the_side(qtbot, editor):
    scroll = editor._stack.currentWidget()
    form = scroll.widget()
    # The form's minimum width reaches the editor's (and so the splitter's) once laid out.
    qtbot.waitUntil(lambda: editor.minimumSizeHint().width() >= form.minimumSizeHint().width())
    settle(editor, editor.minimumSizeHint().width())
    assert form.width() <= scroll.viewport().width()
    for name in TAB_ORDER:
        box = geometry_in(editor.fields[name], scroll.viewport())
        assert box.right() <= scroll.viewport().width()
