"""Fetching from arXiv in the window, against a local stand-in for the API."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QMimeData, Qt, QTimer, QUrl

from digest_gui.core.identifiers import ArxivId
from digest_gui.core.sources import http
from digest_gui.ui.papers.drops import read_mime
from tests.fake_arxiv import FakeArxiv, stall


@pytest.fixture
def fake(monkeypatch) -> Iterator[FakeArxiv]:
    server = FakeArxiv()
    server.start()
    monkeypatch.setenv("DIGEST_GUI_ARXIV_API", server.url)
    http.LIMITER.reset()
    yield server
    server.stop()
    http.LIMITER.reset()


def _drop(window, *ids: str, row: int | None = None) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl(f"https://arxiv.org/abs/{arxiv_id}") for arxiv_id in ids])
    window.add_content(read_mime(mime), row)


def _paper(window, arxiv_id: str):
    return window.project.digest.papers[window.project.digest.index_of(arxiv_id)]


def _wait_idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=15000)


def test_dropped_links_are_fetched_in_one_request_and_the_fetch_can_be_undone(window, fake, qtbot):
    _drop(window, "2501.00001", "2501.00002v1", "2501.00003", row=0)
    assert window.fetcher.state(_paper(window, "2501.00002")) in ("pending", "fetching")
    _wait_idle(window, qtbot)
    assert len(fake.seen) == 1
    assert fake.seen[0].ids == ["2501.00001", "2501.00002v1", "2501.00003"]
    paper = _paper(window, "2501.00002")
    assert paper.title_en and paper.abstract_en and paper.authors
    assert (paper.version, paper.status) == (1, "fetched")
    assert "\n" not in paper.title_en
    assert "Fetched 3 papers" in window.statusBar().currentMessage()
    window.action_registry["undo"].trigger()  # the last fetch result
    assert window.project.digest.papers[2].title_en == ""


def test_the_users_text_survives_a_fetch_and_arxivs_is_offered(window, fake, qtbot):
    window.project.add_ids([ArxivId("2501.00010", 3)], 0)
    window.project.set_field(0, "title_en", "My Corrected Title")
    window.project.set_field(0, "title_zh", "我的中文标题")
    window.project.set_field(0, "abstract_zh", "我的翻译。")
    window.list_pane.select_row(0)
    window.action_registry["fetchSelected"].trigger()
    _wait_idle(window, qtbot)
    paper = window.project.digest.papers[0]
    assert (paper.title_en, paper.title_zh, paper.abstract_zh) == (
        "My Corrected Title",
        "我的中文标题",
        "我的翻译。",
    )
    assert paper.abstract_en  # empty before: filled
    editor = window.editor
    # arXiv's English waits under the field it would replace, not in a bar.
    box = editor.suggestions.boxes["title_en"]
    assert box.isVisible() and not editor.offer_bar.isVisible()
    offered = paper.extra["arxiv_offer"]["title_en"]
    assert offered in box.text.toPlainText() or box.text.toPlainText() == offered
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    assert window.project.digest.papers[0].title_en == offered
    assert not box.isVisible()
    window.action_registry["undo"].trigger()
    assert window.project.digest.papers[0].title_en == "My Corrected Title"


def test_a_failed_paper_is_marked_and_can_be_retried(window, fake, qtbot):
    fake.unknown.add("2501.00099")
    _drop(window, "2501.00099")
    _wait_idle(window, qtbot)
    paper = _paper(window, "2501.00099")
    assert paper.extra["fetch_error"] == {"kind": "arxiv_unknown_id", "args": {"id": "2501.00099"}}
    row = window.project.digest.index_of("2501.00099")
    tooltip = window.list_pane.decorations.tooltip(paper, 1)
    assert "does not know" in tooltip
    fake.unknown.clear()
    window.action_registry["fetchMissing"].trigger()
    _wait_idle(window, qtbot)
    assert "fetch_error" not in window.project.digest.papers[row].extra
    assert window.project.digest.papers[row].title_en


@pytest.mark.slow
def test_cancel_keeps_what_was_fetched_and_leaves_the_rest_waiting(window, fake, qtbot, monkeypatch):
    ids = [f"2501.{n:05d}" for n in range(1, 151)]
    fake.script.extend([lambda handler, server: server.answer(handler), stall])
    _drop(window, *ids)
    qtbot.waitUntil(lambda: _paper(window, ids[0]).title_en != "", timeout=10000)
    window.fetch_status.progress.cancel_button.click()
    _wait_idle(window, qtbot)
    fetched = [arxiv_id for arxiv_id in ids if _paper(window, arxiv_id).title_en]
    assert len(fetched) == 100
    rest = [_paper(window, arxiv_id) for arxiv_id in ids[100:]]
    assert all(not paper.title_en and "fetch_error" not in paper.extra for paper in rest)
    assert all(window.fetcher.state(paper) == "" for paper in rest)
    assert not window.fetch_status.progress.isVisible()


def test_a_known_paper_comes_from_the_cache_when_arxiv_is_down(window, fake, qtbot):
    _drop(window, "2501.00042")
    _wait_idle(window, qtbot)
    window.project.remove([window.project.digest.index_of("2501.00042")])
    fake.stop()
    requests_before = len(fake.seen)
    _drop(window, "2501.00042")
    _wait_idle(window, qtbot)
    assert _paper(window, "2501.00042").title_en
    assert len(fake.seen) == requests_before


def test_the_window_stays_responsive_while_arxiv_is_slow(window, fake, qtbot):
    def slow(handler, server):
        time.sleep(1.5)
        server.answer(handler)

    fake.script.append(slow)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def tick() -> None:
        gaps.append(clock.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    _drop(window, "2501.00077")
    _wait_idle(window, qtbot)
    timer.stop()
    assert _paper(window, "2501.00077").title_en
    # The event loop kept turning through the 1.5 s the server took.
    assert max(gaps) < 750, max(gaps)


def test_ids_from_a_project_file_that_are_not_arxiv_ids_are_not_sent(window, fake, qtbot, tmp_path):
    """Issue 10 item 13: F5 checks ids read from a file as pasted ids are checked."""
    from digest_gui.core.formats.project_file import save_project
    from digest_gui.core.merge import fetch_failure
    from digest_gui.core.model import Digest, Paper

    bad = ["../../etc/passwd", "2403.1854", "hep-th/9901001&max_results=9999"]
    digest = Digest(title="odd", papers=[Paper(id=item) for item in bad] + [Paper(id="2501.00001")])
    path = tmp_path / "odd.digest"
    save_project(digest, path)
    window.open_path(str(path))
    assert [paper.id for paper in window.project.digest.papers][:3] == bad
    window.action_registry["fetchMissing"].trigger()
    _wait_idle(window, qtbot)
    assert [seen.ids for seen in fake.seen] == [["2501.00001"]]
    for item in bad:
        failure = fetch_failure(_paper(window, item))
        assert failure is not None and failure.kind == "not_an_arxiv_id"
        assert failure.arguments()["id"] == item
    assert _paper(window, "2501.00001").title_en


def test_the_row_says_how_long_arxiv_asked_to_wait(window, fake, qtbot):
    """Issue 10 item 12: a Retry-After above the old 120 s cut is honoured, and the row says so."""
    from digest_gui.ui.document.paper_model import COLUMN_STATUS
    from tests.fake_arxiv import reply

    fake.script.append(reply(503, b"busy", Retry_After="300"))
    _drop(window, "2501.00031", row=0)
    paper = _paper(window, "2501.00031")
    qtbot.waitUntil(lambda: window.fetcher.state(paper).startswith("waiting"), timeout=15000)
    tooltip = window.list_pane.decorations.tooltip(paper, COLUMN_STATUS)
    assert tooltip == "arXiv asked to wait 300 s before it is asked again"
    assert "300 s" in window.statusBar().currentMessage()
    window.fetcher.cancel()
    _wait_idle(window, qtbot)
    assert len(fake.seen) == 1


def test_the_fetch_task_reports_each_wait_once(window, fake):
    """A wait before a retry reaches the window once, as the request's progress (rows and status bar)."""
    from digest_gui.core.sources.request_progress import RequestProgress
    from digest_gui.ui.arxiv.fetch import _fetch_batch, make_fetcher
    from digest_gui.ui.workers import CancelToken
    from tests.fake_arxiv import FAST, reply

    fake.script.extend([reply(503, b"busy"), stall])  # then the default answer
    reports: list = []
    _fetch_batch(make_fetcher(window.settings, FAST), [ArxivId("2501.00041")], CancelToken(), reports.append)
    progress = [(item.attempt, item.wait > 0) for item in reports if isinstance(item, RequestProgress)]
    assert progress == [(1, False), (2, True), (2, False), (3, True), (3, False)]
    outcomes = [item for item in reports if not isinstance(item, RequestProgress)]
    assert [outcome.requested.id for outcome in outcomes] == ["2501.00041"]
    assert outcomes[0].record is not None
