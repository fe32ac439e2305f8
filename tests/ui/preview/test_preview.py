"""The live preview: follows edits, two modes, loads nothing, opens only clicked http(s) links."""

from __future__ import annotations

import urllib.request
from http.server import BaseHTTPRequestHandler
from typing import ClassVar
from unittest import mock

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QToolButton

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.render_html import digest_html
from digest_gui.core.model import Digest, ExportSettings, Paper
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview import layout as preview_layout
from digest_gui.ui.preview.items import EMPTY, Item, build_document, qt_css
from digest_gui.ui.preview.pane import PreviewPane, SafeTextDocument
from tests.local_server import serve
from tests.local_server import stop as stop_server


@pytest.fixture
def digest(reference_text) -> Digest:
    return import_markdown(reference_text).digest


@pytest.fixture
def model(digest) -> PaperModel:
    return PaperModel(digest)


@pytest.fixture
def pane(qtbot, model) -> PreviewPane:
    widget = PreviewPane(model)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _scroll_value(pane: PreviewPane) -> int:
    return pane.view().verticalScrollBar().value()


# ---------------------------------------------------------------------------- following edits


@pytest.mark.parametrize("mode", ["paper", "digest"])
def test_typed_text_shows_in_the_preview(qtbot, pane, model, mode):
    pane.set_mode(mode)
    pane.set_current_row(18)
    paper = model.paper(18)
    model.apply_field(18, "abstract_zh", paper.abstract_zh + "这是新打的字")
    qtbot.waitUntil(lambda: "这是新打的字" in pane.rendered_text())
    model.apply_field(18, "title_zh", "新的中文标题")
    qtbot.waitUntil(lambda: "新的中文标题" in pane.rendered_text())


def test_a_burst_of_edits_renders_once(qtbot, pane, model, monkeypatch):
    pane.set_mode("paper")
    pane.set_current_row(4)
    QApplication.processEvents()
    builds = []
    real_build = preview_layout.build_document

    def counting_build(item, *args):
        builds.append(item.kind)
        return real_build(item, *args)

    monkeypatch.setattr(preview_layout, "build_document", counting_build)
    text = model.paper(4).abstract_zh
    for char in "一二三四五六七八九十":
        text += char
        model.apply_field(4, "abstract_zh", text)
    qtbot.waitUntil(lambda: "一二三四五六七八九十" in pane.rendered_text())
    assert builds == ["entry"]  # the row's HTML did not change: its document is kept


def test_summary_edits_update_the_table_row(qtbot, pane, model):
    pane.set_mode("digest")
    model.apply_field(1, "summary_zh", "表格里的新摘要")
    qtbot.waitUntil(lambda: "表格里的新摘要" in pane.rendered_text())
    assert ("row", 1) in pane.view().visible_items()


def test_inserted_removed_and_moved_papers_renumber(qtbot, pane, model, digest):
    pane.set_mode("digest")
    first_title = digest.papers[0].title_en
    model.apply_insert(0, [Paper(title_en="An inserted paper", summary_zh="插入的论文")])
    qtbot.waitUntil(lambda: "An inserted paper" in pane.rendered_text())
    text = pane.rendered_text()
    assert text.index("An inserted paper") < text.index(first_title)
    assert f"2\n{first_title}" in text  # the first paper is number 2 now
    model.apply_remove([0])
    qtbot.waitUntil(lambda: "An inserted paper" not in pane.rendered_text())
    assert f"1\n{first_title}" in pane.rendered_text()
    order = list(reversed(range(model.rowCount())))
    model.apply_order(order)
    last_title = model.paper(0).title_en
    qtbot.waitUntil(lambda: f"1\n{last_title}" in pane.rendered_text())


def test_replacing_the_digest_shows_the_new_one_from_the_top(qtbot, pane, model):
    pane.set_mode("digest")
    pane.set_current_row(20)
    model.apply_digest(Digest(papers=[Paper(title_en="Only paper", title_zh="唯一的论文")]))
    qtbot.waitUntil(lambda: "Only paper" in pane.rendered_text())
    assert _scroll_value(pane) == 0
    assert pane.view().visible_items()[0] == ("head", -1)


def test_the_view_stays_on_its_paper_when_papers_are_inserted_above(qtbot, pane, model):
    pane.set_mode("digest")
    pane.set_current_row(12)
    assert pane.view().visible_items()[0] == ("entry", 12)
    model.apply_insert(0, [Paper(title_zh="一"), Paper(title_zh="二")])
    qtbot.waitUntil(lambda: pane.view().visible_items()[0] == ("entry", 14))
    assert pane.current_row() == 14  # the selection follows its paper


# ---------------------------------------------------------------------------- modes and scrolling


def test_mode_switch(qtbot, pane):
    pane.set_current_row(3)
    with qtbot.waitSignal(pane.mode_changed) as signal:
        pane.set_mode("paper")
    assert signal.args == ["paper"]
    assert pane.mode() == "paper"
    assert pane.view().visible_items() == [("head", -1), ("row", 3), ("details", -1), ("entry", 3)]
    assert pane.visible_rows() == [3]
    buttons = {button.text(): button for button in pane.findChildren(type(pane._digest_button))}
    with qtbot.waitSignal(pane.mode_changed) as signal:
        qtbot.mouseClick(buttons["Whole digest"], Qt.MouseButton.LeftButton)
    assert signal.args == ["digest"]
    assert pane.mode() == "digest"
    assert buttons["Whole digest"].isChecked() and not buttons["Selected paper"].isChecked()
    assert ("entry", 3) in pane.view().visible_items()
    with pytest.raises(ValueError):
        pane.set_mode("sideways")


def test_paper_mode_without_a_selection_says_so(pane):
    pane.set_mode("paper")
    pane.set_current_row(-1)
    assert pane.view().visible_items() == [("empty", -1)]
    assert "Select a paper" in pane.rendered_text()


def test_set_current_row_scrolls_to_the_entry_in_digest_mode(pane):
    pane.set_mode("digest")
    pane.set_current_row(17)
    assert pane.view().visible_items()[0] == ("entry", 17)
    assert 17 in pane.visible_rows()
    value = _scroll_value(pane)
    assert value > 0
    pane.set_current_row(17)  # already on screen: the view stays
    assert _scroll_value(pane) == value
    pane.set_current_row(2)
    assert pane.view().visible_items()[0] == ("entry", 2)
    assert _scroll_value(pane) < value


def test_keyboard_scrolls(qtbot, pane):
    pane.set_mode("digest")
    view = pane.view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    after_page = _scroll_value(pane)
    assert after_page > 500
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert _scroll_value(pane) > after_page
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.visible_items()[-1] == ("entry", 22)
    assert _scroll_value(pane) == view.verticalScrollBar().maximum()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert _scroll_value(pane) < view.verticalScrollBar().maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert _scroll_value(pane) == 0
    assert view.visible_items()[0] == ("head", -1)


def test_only_what_is_on_screen_is_rendered(qtbot, digest):
    big = Digest(papers=[paper.copy() for _ in range(20) for paper in digest.papers], export=digest.export)
    model = PaperModel(big)
    widget = PreviewPane(model)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.view()
    assert len(big.papers) == 460
    assert view.document_count() < 40
    widget.set_current_row(300)
    assert ("entry", 300) in view.visible_items()
    assert view.document_count() < 60


def test_resizing_keeps_the_first_visible_entry(qtbot, pane):
    pane.set_mode("digest")
    pane.set_current_row(9)
    pane.resize(600, 800)
    qtbot.waitUntil(lambda: pane.view().viewport().width() < 600)
    assert pane.view().visible_items()[0] == ("entry", 9)


# ---------------------------------------------------------------------------- loading nothing


class _CountingHandler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def http_server():
    _CountingHandler.hits = []
    server = serve(_CountingHandler)
    yield server
    stop_server(server)


def test_previewing_loads_nothing_from_the_network_or_disk(qtbot, http_server, tmp_path):
    port = http_server.server_address[1]
    image = tmp_path / "local.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    payloads = [
        f'<img src="http://127.0.0.1:{port}/x.png">',
        '<img src="file:///etc/passwd">',
        f'<img src="{image.as_uri()}">',
        f"![x](http://127.0.0.1:{port}/y.png)",
        f"<http://127.0.0.1:{port}/autolink>",
    ]
    papers = [
        Paper(
            id=f"2403.0000{index}",
            url=f"http://127.0.0.1:{port}/link{index}",
            title_en=payload,
            title_zh=payload,
            summary_zh=payload,
            abstract_en=payload,
            abstract_zh=payload,
        )
        for index, payload in enumerate(payloads)
    ]
    # Headings are not escaped by the export: these do become <img> tags.
    settings = ExportSettings(
        summary_heading=f"摘要 ![h](http://127.0.0.1:{port}/heading.png)",
        details_heading=f"详细 ![d]({image.as_uri()})",
    )
    model = PaperModel(Digest(papers=papers, export=settings))
    widget = PreviewPane(model)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.view()
    for mode in ("paper", "digest"):
        widget.set_mode(mode)
        for row in range(len(papers)):
            widget.set_current_row(row)
            view.viewport().repaint()
        view.scroll_to_end()
        view.viewport().repaint()
        QApplication.processEvents()
        assert payloads[-1] in widget.rendered_text()
    QApplication.processEvents()
    assert _CountingHandler.hits == []
    # The server does answer, so "no hits" means nothing asked.
    urllib.request.urlopen(f"http://127.0.0.1:{port}/probe", timeout=5).close()
    assert _CountingHandler.hits == ["/probe"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:1/x.png",
        "https://example.org/x.png",
        "file:///etc/passwd",
        "qrc:/x.png",
        "x.png",
        "/etc/passwd",
    ],
)
def test_safe_document_loads_no_resource(qtbot, url):
    doc = SafeTextDocument()
    for kind in (
        QTextDocument.ResourceType.ImageResource,
        QTextDocument.ResourceType.StyleSheetResource,
        QTextDocument.ResourceType.HtmlResource,
    ):
        assert doc.loadResource(kind, QUrl(url)) is None


def test_a_plain_document_would_read_a_local_image_but_the_safe_one_does_not(qtbot, tmp_path):
    image = tmp_path / "local.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    html = f'<p><img src="{image.as_uri()}"></p>'
    plain, safe = QTextDocument(), SafeTextDocument()
    for doc in (plain, safe):
        doc.setHtml(html)
        doc.size()  # lays out, which asks for the image
    kind = QTextDocument.ResourceType.ImageResource
    assert plain.resource(kind, QUrl(image.as_uri())) is not None  # the danger is real
    assert safe.resource(kind, QUrl(image.as_uri())) is None


# ---------------------------------------------------------------------------- links


def _click(qtbot, pane: PreviewPane, href: str) -> None:
    position = pane.view().link_position(href)
    assert position is not None, f"no link to {href} on screen"
    qtbot.mouseClick(pane.view().viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_clicking_an_http_link_opens_it_once_outside(qtbot, pane, model):
    opened = mock.Mock()
    pane.open_external_url = opened
    pane.set_mode("paper")
    pane.set_current_row(0)
    url = model.paper(0).url
    assert url.startswith("https://")
    _click(qtbot, pane, url)
    opened.assert_called_once_with(QUrl(url))


def test_hovering_a_link_shows_a_hand_and_the_url(qtbot, pane, model):
    pane.set_mode("paper")
    pane.set_current_row(0)
    view = pane.view()
    url = model.paper(0).url
    qtbot.mouseMove(view.viewport(), view.link_position(url))
    qtbot.waitUntil(lambda: view.viewport().toolTip() == url)
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(view.viewport(), QPoint(5, view.viewport().height() - 5))
    qtbot.waitUntil(lambda: view.viewport().toolTip() == "")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:history.back", "digest.md", "//host/x"])
def test_clicking_other_links_opens_nothing(qtbot, pane, model, url):
    opened = mock.Mock()
    pane.open_external_url = opened
    model.apply_field(0, "url", url)  # the export writes the paper's url as a link
    pane.set_mode("paper")
    pane.set_current_row(0)
    _click(qtbot, pane, url)
    pane.view().activate_link(url)
    pane.view().activate_link("javascript:alert(1)")
    opened.assert_not_called()


def test_clicking_a_footnote_link_scrolls_to_the_entry_and_back(qtbot, pane):
    pane.set_mode("digest")
    view = pane.view()
    _click(qtbot, pane, "#fn:6")
    assert view.visible_items()[0] == ("entry", 5)
    _click(qtbot, pane, "#fnref:6")
    assert view.visible_items()[0] == ("row", 5)


# ---------------------------------------------------------------------------- export and style


def test_html_is_the_digest_page(pane, model):
    page = pane.html()
    assert page == digest_html(model.digest, pane.css())
    assert '"Noto Sans CJK SC"' in pane.css()
    assert '<li id="fn:23">' in page


def test_qt_reads_the_whole_stylesheet(qtbot):
    # Qt drops every rule after one it cannot parse; the last rule must still apply.
    item = Item(EMPTY, html='<p class="placeholder">x</p>')
    doc = build_document(item, qt_css(), 500)
    fragment = doc.begin().begin().fragment()
    assert fragment.charFormat().foreground().color().name() == "#59636e"


# ---------------------------------------------------------------------------- interface language


def _button_texts(pane: PreviewPane) -> list[tuple[str, str]]:
    return [(button.text(), button.toolTip()) for button in pane.findChildren(QToolButton)]


def test_the_preview_follows_the_interface_language_live(qtbot, pane, marking_translator):
    pane.set_mode("paper")
    pane.set_current_row(-1)
    view = pane.view()
    english_buttons = _button_texts(pane)
    assert english_buttons == [
        ("Selected paper", "Preview the selected paper only"),
        ("Whole digest", "Preview the whole digest, scrolled to the selected paper"),
    ]
    assert pane.rendered_text() == "Select a paper to preview it."

    QCoreApplication.installTranslator(marking_translator)
    qtbot.waitUntil(lambda: pane.rendered_text() == "[Select a paper to preview it.]")
    assert _button_texts(pane) == [(f"[{text}]", f"[{tip}]") for text, tip in english_buttons]
    assert pane.view() is view  # retranslated, not rebuilt

    QCoreApplication.removeTranslator(marking_translator)
    qtbot.waitUntil(lambda: pane.rendered_text() == "Select a paper to preview it.")
    assert _button_texts(pane) == english_buttons


def test_the_digest_itself_is_not_translated(qtbot, pane, marking_translator):
    # Headings and table header are the digest's own text, written as the export writes them.
    pane.set_current_row(3)
    shown = pane.rendered_text()
    QCoreApplication.installTranslator(marking_translator)
    qtbot.waitUntil(lambda: pane.findChildren(QToolButton)[0].text() == "[Selected paper]")
    assert pane.rendered_text() == shown
