"""While arXiv keeps a fetch waiting, the status bar says what for: its answer, or the next try."""

from __future__ import annotations

import dataclasses

from digest_gui.core.failures import Failure
from digest_gui.core.identifiers import ArxivId
from digest_gui.core.sources.request_progress import RequestProgress
from digest_gui.ui.arxiv.fetch import make_fetcher
from tests.fake_arxiv import FAST, stall
from tests.ui.arxiv.test_fetch import fake  # noqa: F401 (the local arXiv fixture)


def test_a_stalled_request_says_it_will_be_tried_again_and_when(window, qtbot, fake):  # noqa: F811
    # arXiv accepts and says nothing; the next try comes after a back-off long enough to read.
    http = dataclasses.replace(FAST, read_timeout=0.3, retries=2, backoff=30)
    window.fetcher._make_fetcher = lambda: make_fetcher(window.settings, http)
    fake.script.extend([stall, stall, stall])
    status = window.fetch_status
    ids = [ArxivId("2501.00061"), ArxivId("2501.00062")]
    window.project.add_ids(ids)
    window.fetcher.fetch(ids)
    qtbot.waitUntil(lambda: status.detail.isVisible(), timeout=10000)
    assert status.progress.isVisible() and status.progress.bar.text() == "Fetching 0 of 2"
    text = status.detail.text()
    assert text.startswith("arXiv did not answer within 0.3 s; retry 1 of 2 in ")
    assert text.endswith(" s") and 25 <= int(text.split(" in ")[1].removesuffix(" s")) <= 30
    status.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not window.fetcher.busy(), timeout=10000)
    assert not status.detail.isVisible()


def test_the_wording_of_each_state(window):
    status = window.fetch_status
    problem = Failure.make("http_status", what="arXiv", status=503, reason="Service Unavailable")
    status._on_fetcher_request_progress(RequestProgress("arXiv", 3, 4, 5.0, problem))
    assert status.detail_text() == "arXiv answered HTTP 503 (Service Unavailable); retry 2 of 3 in 5 s"
    status._on_fetcher_request_progress(RequestProgress("arXiv", 2, 4, 3.0))
    assert status.detail_text() == "retry 1 of 3 in 3 s"
    status._on_fetcher_request_progress(RequestProgress("arXiv", 3, 4, 0.0, problem))
    assert status.detail_text() == "waiting for arXiv (retry 2 of 3, 0 s)"
    status._on_fetcher_request_progress(RequestProgress("arXiv", 1, 4))
    assert status.detail_text() == ""  # a first try says nothing for its first seconds
    status._request_since -= 12
    assert status.detail_text() == "waiting for arXiv (12 s)"
    status._on_fetcher_finished(0, 0)
    assert status.detail_text() == "" and not status.detail.isVisible()
