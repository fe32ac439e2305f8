"""File → Export (one action per registered format) and Edit → Copy As in the window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from digest_gui.core.control_chars import clean_digest
from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.formats.exporters import export_digest, exporters, theme_css
from digest_gui.core.formats.rich_text import rich_text_fragment
from tests.core.formats.page_scan import PageScan


@pytest.fixture
def clipboard(qapp):
    """The clipboard, left holding plain text: a QMimeData made in Python must not stay on it
    when the test process ends (PySide6 6.11 crashes at exit; ui/widgets/clipboard.py)."""
    yield QGuiApplication.clipboard()
    QGuiApplication.clipboard().setText("")


def test_the_export_menu_has_every_registered_format_and_each_writes_its_file(
    window, tmp_path, answers, qtbot
):
    menu = window.action_registry.menu("export")
    assert len(menu.actions()) == len(exporters())
    assert [action.text() for action in menu.actions()][:4] == [
        "&Markdown (.md)…",
        "&HTML Page (.html)…",
        "&WeChat HTML (.html)…",
        "&Zhihu HTML (.html)…",
    ]
    window.export_gate.accept_current()  # the example digest's warnings
    for action, exporter in zip(menu.actions(), exporters(), strict=True):
        out = tmp_path / f"out-{exporter.name}{exporter.extension}"
        answers.save_path = str(out)
        with qtbot.waitSignal(window.files.exported):
            action.trigger()
        assert out.read_text(encoding="utf-8") == export_digest(window.project.digest, exporter.name), (
            exporter.name
        )


@pytest.mark.parametrize("platform", ["wechat", "zhihu"])
def test_copy_as_puts_inline_styled_html_and_the_markdown_on_the_clipboard(
    window, clipboard, platform, qtbot
):
    # Rendered on a worker: the window stays responsive, the clipboard fills when it is done.
    with qtbot.waitSignal(window.files.copied):
        window.action_registry["copyWechat" if platform == "wechat" else "copyZhihu"].trigger()
    mime = clipboard.mimeData()
    assert mime.hasHtml() and mime.hasText()
    digest = window.project.digest
    assert mime.text() == export_markdown(digest)
    expected = rich_text_fragment(clean_digest(digest), theme_css("default", "light"), platform)
    assert mime.html() == expected
    scan = PageScan(mime.html())
    assert not {"style", "script", "link"} & set(scan.tags)
    assert not [name for _, name, _ in scan.attributes if name in ("class", "id")]
    assert ("svg" in scan.tags) == (platform == "wechat")
    shown = window.statusBar().currentMessage()
    assert ("WeChat" if platform == "wechat" else "Zhihu") in shown


def test_copy_as_markdown_keeps_its_shortcut_and_puts_text(window, clipboard):
    action = window.action_registry["copyMarkdown"]
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action in window.action_registry.menu("copyAs").actions()
    action.trigger()
    assert clipboard.text() == export_markdown(window.project.digest)
    assert not clipboard.mimeData().hasHtml()
