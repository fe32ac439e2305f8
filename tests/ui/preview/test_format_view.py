"""The preview's format switch: each export as its target shows it, loading nothing."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QUrl

from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.exporters import exporters
from digest_gui.ui import workers
from digest_gui.ui.preview.format_render import FormatRenderer
from digest_gui.ui.preview.pane import PREVIEW_FORMAT


def test_the_switch_lists_the_live_preview_and_every_format(window):
    combo = window.preview._format_combo
    assert [combo.itemData(index) for index in range(combo.count())] == [
        PREVIEW_FORMAT,
        *(item.name for item in exporters()),
    ]
    assert combo.itemText(0) == "Live preview"


def test_wechat_and_zhihu_show_their_rich_text_with_formulas_drawn(window, qtbot):
    pane = window.preview
    for name in ("html", "wechat", "zhihu"):
        with qtbot.waitSignal(pane.format_shown):
            pane.set_format(name)
        view = pane.format_view()
        assert pane._stack.currentWidget() is view
        text = view.toPlainText()
        assert window.project.digest.papers[0].summary_zh in text
        assert "P \\leq" not in text and "<svg" not in view.toHtml()
        assert len(view.document().formulas) == 2  # both formulas of the reference digest, drawn
    assert "参考链接" in view.toPlainText() or name == "zhihu"


def test_markdown_shows_as_its_text_and_ctrl_1_returns_to_the_live_preview(window, qtbot):
    pane = window.preview
    with qtbot.waitSignal(pane.format_shown):
        pane.set_format("md")
    assert pane.format_view().toPlainText() == export_markdown(window.project.digest).rstrip("\n") or (
        pane.format_view().toPlainText().strip() == export_markdown(window.project.digest).strip()
    )
    window.action_registry["previewPaper"].trigger()
    assert pane.format() == PREVIEW_FORMAT and pane._stack.currentWidget() is pane.view()
    assert pane.mode() == "paper"


def test_a_change_to_the_digest_shows_in_the_format_shortly(window, qtbot):
    pane = window.preview
    pane.set_format("wechat")
    window.project.set_field(0, "summary_zh", "新的总结文字")
    qtbot.waitUntil(lambda: "新的总结文字" in pane.format_view().toPlainText())


def test_links_never_navigate_the_view_and_http_ones_go_to_the_browser(window, qtbot):
    pane = window.preview
    opened = []
    pane.open_external_url = opened.append
    with qtbot.waitSignal(pane.format_shown):
        pane.set_format("zhihu")
    view = pane.format_view()
    view.anchorClicked.emit(QUrl("https://arxiv.org/abs/2403.18546"))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == [QUrl("https://arxiv.org/abs/2403.18546")]
    assert view.source().isEmpty()


def test_the_format_renders_off_the_windows_thread_and_the_newest_edit_wins(window, qtbot):
    pane = window.preview
    with qtbot.waitSignal(pane.format_shown):
        pane.set_format("html")
    shown = []
    pane.format_shown.connect(shown.append)
    # A burst of edits while a rendering runs: the window takes each at once, and what
    # is finally shown holds the last one.
    for number in range(5):
        window.project.set_field(0, "summary_zh", f"第{number}版总结")
        pane._show_format()
    qtbot.waitUntil(lambda: not pane._renderer.busy() and "第4版总结" in pane.format_view().toPlainText())
    assert 1 <= len(shown) <= 2  # the running one may land, then the newest; never one per edit


def test_switching_back_to_the_live_preview_drops_a_pending_rendering(window, qtbot):
    pane = window.preview
    pane.set_format("wechat")
    window.action_registry["previewPaper"].trigger()
    qtbot.waitUntil(lambda: not pane._renderer.busy())
    assert pane._stack.currentWidget() is pane.view()


def test_a_renderer_deleted_while_it_renders_takes_no_result(qtbot, reference_text):
    # A window closed while a format renders: the result arrives after the renderer is gone.
    for name in ("wechat", "no such format"):  # one renders, one fails
        renderer = FormatRenderer()
        renderer.request(name, import_markdown(reference_text).digest)
        task = renderer.task
        assert task is not None
        shiboken6.delete(renderer)
        assert workers.drain(10_000)
        qtbot.waitUntil(lambda task=task: task not in workers.active_tasks())  # its signals are in
