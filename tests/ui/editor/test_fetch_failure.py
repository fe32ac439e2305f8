"""A failed fetch says why in the editor, with Retry; while the paper is fetched again, it says so."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from digest_gui.core.identifiers import ArxivId
from digest_gui.ui.arxiv.fetch import make_fetcher
from tests.fake_arxiv import FAST, reply, stall
from tests.ui.arxiv.test_fetch import fake  # noqa: F401 (the local arXiv fixture)


def add(window, arxiv_id: str) -> int:
    window.project.add_ids([ArxivId(arxiv_id)])
    row = window.project.digest.index_of(arxiv_id)
    window.list_pane.select_row(row)
    return row


def test_a_timed_out_fetch_shows_its_reason_and_retry_fetches_again(window, qtbot, fake):  # noqa: F811
    http = dataclasses.replace(FAST, read_timeout=0.3, retries=1)
    window.fetcher._make_fetcher = lambda: make_fetcher(window.settings, http)
    fake.script.extend([stall, stall])
    row = add(window, "2501.00051")
    notice = window.editor.fetch_notice
    window.action_registry["fetchSelected"].trigger()
    assert notice.text() in ("Waiting to be fetched from arXiv…", "Fetching from arXiv…")
    assert not notice.bar.buttons["retry"].isVisible()
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=15000)
    assert notice.text() == (
        "Not fetched from arXiv: arXiv did not answer within 0.3 s; gave up after 2 tries"
    )
    assert notice.bar.isVisible() and notice.bar.style_name == "error"
    retry = notice.bar.buttons["retry"]
    assert retry.isVisible() and retry.text() == "Retry"
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)  # arXiv answers this time
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=15000)
    assert window.project.digest.papers[row].title_en
    assert notice.text() == ""
    assert not notice.bar.isVisible()


def test_an_unknown_id_says_arxiv_does_not_know_it(window, qtbot, fake):  # noqa: F811
    fake.unknown.add("2501.00052")
    add(window, "2501.00052")
    window.action_registry["fetchSelected"].trigger()
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=15000)
    assert window.editor.fetch_notice.text().startswith("Not fetched from arXiv: ")
    assert "2501.00052" in window.editor.fetch_notice.text()


def test_another_paper_shows_no_notice(window, qtbot, fake):  # noqa: F811
    fake.script.append(reply(404, b"no"))
    add(window, "2501.00053")
    window.action_registry["fetchSelected"].trigger()
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=15000)
    assert window.editor.fetch_notice.text()
    window.list_pane.select_row(0)
    assert window.editor.fetch_notice.text() == ""
