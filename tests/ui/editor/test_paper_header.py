"""The editor's header shows what arXiv sent that a reviewer needs, compactly and as plain text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Paper
from digest_gui.core.sources import http
from digest_gui.ui.editor.paper_header import PaperHeader
from digest_gui.ui.papers.drops import read_mime
from tests.fake_arxiv import FakeArxiv


@pytest.fixture
def fake(monkeypatch) -> Iterator[FakeArxiv]:
    server = FakeArxiv()
    server.start()
    monkeypatch.setenv("DIGEST_GUI_ARXIV_API", server.url)
    http.LIMITER.reset()
    yield server
    server.stop()
    http.LIMITER.reset()


def test_a_fetched_paper_shows_affiliations_journal_doi_and_comment(window, fake, qtbot):
    window.resize(1024, 640)
    mime = QMimeData()
    mime.setUrls([QUrl("https://arxiv.org/abs/2501.00001")])
    window.add_content(read_mime(mime), 0)
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=15000)
    window.list_pane.select_row(0)
    header = window.editor.findChild(PaperHeader)
    authors, facts = header.authors.full_text(), header.facts.full_text()
    assert authors == "Siang Chen (Tsinghua University; Shenzhen Institute), Wei Tang"
    assert facts.startswith("IEEE Robotics and Automation Letters 9 (2024) · 12 pages, 5 figures;")
    assert "cs.RO cs.CV" in facts and "v3, submitted 2024-03-27, updated 2024-03-29" in facts
    assert 'href="https://doi.org/10.1109/LRA.2024.0001"' in header.doi.text()
    assert "10.1109/LRA.2024.0001" in header.doi.toolTip()
    # One line each, cut with "…" where the width ends; the whole text is the tooltip.
    qtbot.waitUntil(lambda: header.facts.text() != "")
    assert header.facts.text().endswith("…") and header.facts.toolTip() == facts
    line = header.facts.fontMetrics().lineSpacing()
    assert header.height() <= 2 * line + 20  # two lines, never three
    # The fields stay on screen at 1024x640.
    abstract = window.editor.fields["abstract_zh"]
    top = abstract.mapTo(window, abstract.rect().topLeft()).y()
    assert top + 80 < window.height()


def test_text_from_arxiv_is_never_markup(qtbot):
    header = PaperHeader()
    qtbot.addWidget(header)
    header.resize(3000, 60)
    header.show()
    paper = Paper(
        authors=["<b>Bold</b> Author"],
        comment='<img src="file:///etc/passwd"> 12 pages',
        journal_ref="J. <i>Italic</i>",
        doi='10.1/"><script>x</script>',
        extra={"affiliations": [["<a href='x'>Lab</a>"]]},
    )
    header.show_paper(paper)
    assert header.authors.text() == "<b>Bold</b> Author (<a href='x'>Lab</a>)"
    assert '<img src="file:///etc/passwd"> 12 pages' in header.facts.text()
    assert "<script>" not in header.doi.text()
    assert header.doi.text().count("<a ") == 1


def test_a_paper_not_fetched_says_so_and_the_header_follows_the_selection(window, qtbot):
    header = window.editor.findChild(PaperHeader)
    window.project.add_papers([Paper(id="2501.09999", url="https://arxiv.org/abs/2501.09999")], 0)
    window.list_pane.select_row(0)
    QApplication.processEvents()
    assert header.not_fetched.isVisible()
    assert not header.doi.isVisible() and not header.authors.isVisible()
    paper = window.project.digest.papers[0].copy()
    paper.journal_ref = "Nature 1 (2026)"
    window.project.replace_paper(0, paper, "test")
    assert header.facts.full_text() == "Nature 1 (2026)"
    assert not header.not_fetched.isVisible()
