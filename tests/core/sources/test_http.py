"""Every request ends: an overall deadline, a quick cancel, a size limit, Retry-After honoured,
and arXiv's spacing shared by running instances (issue 10, items 10 to 12)."""

from __future__ import annotations

import gzip
import itertools
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest_gui.core.sources import http
from digest_gui.core.sources.http import Cancelled, HttpError, HttpSettings, RateLimiter, Transport
from digest_gui.core.sources.request_progress import RequestProgress
from tests.fake_arxiv import FAST, FakeArxiv, reply, stall


@pytest.fixture
def fake() -> Iterator[FakeArxiv]:
    server = FakeArxiv()
    server.start()
    yield server
    server.stop()


def transport(**changes: float) -> Transport:
    settings = HttpSettings(**{**FAST.__dict__, **changes})
    return Transport(settings, limiter=RateLimiter())


def trickle(handler, fake: FakeArxiv) -> None:
    """Promise a body, then send one byte at a time, each well within the read timeout."""
    handler.send_response(200)
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    while not fake.release.wait(0.1):
        try:
            handler.wfile.write(b" ")
            handler.wfile.flush()
        except OSError:
            return


def test_a_trickling_server_meets_the_deadline(fake):
    fake.script.append(trickle)
    started = time.monotonic()
    with pytest.raises(HttpError) as caught:
        transport(read_timeout=1.0, deadline=1.0).get(fake.url)
    assert caught.value.failure.kind == "too_slow"
    assert str(caught.value) == "arXiv took longer than 1 s to answer"
    assert time.monotonic() - started < 10  # not a speed test: a trickle never ends by itself


def test_cancel_ends_a_request_to_a_silent_server_at_once(fake):
    fake.script.append(stall)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        transport(read_timeout=20.0, deadline=60.0).get(fake.url, cancel=cancel)
    assert time.monotonic() - started < 5  # the read timeout (20 s) was not waited for


def test_cancel_ends_a_trickling_answer(fake):
    fake.script.append(trickle)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(Cancelled):
        transport(read_timeout=20.0, deadline=60.0).get(fake.url, cancel=cancel)


def test_a_gzip_bomb_is_refused_past_the_limit(fake):
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100 * 1024
    fake.script.append(reply(200, bomb, "application/atom+xml", Content_Encoding="gzip"))
    with pytest.raises(HttpError) as caught:
        transport(max_bytes=1024 * 1024).get(fake.url)
    assert caught.value.failure.kind == "too_big"
    assert str(caught.value) == "arXiv sent more than 1 MB; the answer was refused"


def test_a_body_past_the_limit_is_refused(fake):
    fake.script.append(reply(200, b"x" * 300_000, "application/atom+xml"))
    with pytest.raises(HttpError, match="more than"):
        transport(max_bytes=100_000).get(fake.url)


def test_an_answer_within_the_limit_arrives_whole(fake):
    data = b"<feed>" + b"y" * 200_000 + b"</feed>"
    fake.script.append(reply(200, gzip.compress(data), "application/atom+xml", Content_Encoding="gzip"))
    assert transport(max_bytes=300_000).get(fake.url) == data


def test_a_long_retry_after_is_honoured_and_announced(fake):
    # Above the old 120 s cut: the wait is the server's, and the caller hears of it.
    fake.script.append(reply(503, b"busy", Retry_After="150"))
    heard: list[float] = []
    cancel = threading.Event()

    def on_progress(request: RequestProgress) -> None:
        if request.wait:
            heard.append(request.wait)
            cancel.set()  # the test does not wait 150 s

    with pytest.raises(Cancelled):
        transport(max_wait=3600).get(fake.url, cancel=cancel, on_progress=on_progress)
    assert heard == [150.0]


def test_a_retry_after_beyond_the_ceiling_fails_saying_how_long(fake):
    fake.script.append(reply(429, b"slow down", Retry_After="7200"))
    with pytest.raises(HttpError) as caught:
        transport(max_wait=3600).get(fake.url)
    assert caught.value.failure.kind == "asked_to_wait"
    assert "7200 s" in str(caught.value)
    assert len(fake.seen) == 1


def test_the_default_ceiling_is_an_hour():
    assert HttpSettings().max_wait == 3600
    assert HttpSettings().deadline > HttpSettings().read_timeout


def test_the_app_limiter_shares_its_spacing_through_a_file(tmp_path):
    assert http.LIMITER._shared_file is not None
    path = tmp_path / "spacing"
    first, second = RateLimiter(lambda: path), RateLimiter(lambda: path)
    first.wait(0.5)
    started = time.monotonic()
    second.wait(0.5)  # another limiter (another process) on the same file waits its turn
    assert time.monotonic() - started >= 0.3
    assert path.is_file()


_CHILD = textwrap.dedent(
    """
    import sys
    from digest_gui.core.sources.http import LIMITER, HttpSettings, Transport
    settings = HttpSettings(min_interval=1.0, connect_timeout=2, read_timeout=5, retries=0)
    transport = Transport(settings)
    for _ in range(2):
        transport.get(sys.argv[1])
    """
)


def test_two_processes_keep_arxivs_spacing_between_them(fake, tmp_path):
    root = Path(__file__).resolve().parents[3]
    children = [
        subprocess.Popen([sys.executable, "-c", _CHILD, fake.url], cwd=root, env=_env(root)) for _ in range(2)
    ]
    for child in children:
        assert child.wait(timeout=60) == 0
    times = sorted(seen.time for seen in fake.seen)
    assert len(times) == 4
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.9, gaps


def _env(root: Path) -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(root)}


def test_each_try_and_each_wait_is_reported_with_why_the_last_try_failed(fake):
    fake.script.extend([stall, reply(503, b"busy")])  # then the default answer
    reports: list[RequestProgress] = []
    body = transport(read_timeout=0.3).get(fake.url, on_progress=reports.append)
    assert body.startswith(b"<?xml")
    kinds = [(r.attempt, r.tries, r.wait > 0, r.problem.kind if r.problem else "") for r in reports]
    assert kinds == [
        (1, 3, False, ""),  # asking
        (2, 3, True, "no_answer"),  # waiting before retry 1, because the first try timed out
        (2, 3, False, "no_answer"),  # retry 1 under way
        (3, 3, True, "http_status"),  # waiting before retry 2, because of the 503
        (3, 3, False, "http_status"),
    ]
    assert (reports[1].retry, reports[1].retries) == (1, 2)
    assert reports[1].wait == pytest.approx(FAST.backoff)
    assert reports[3].wait == pytest.approx(FAST.backoff * 2)
