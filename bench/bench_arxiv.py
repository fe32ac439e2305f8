"""arXiv fetching: requests per paper, papers shown from the cache, and window stalls.

Run with `make bench`. Everything talks to a local stand-in for the arXiv API (the one
the tests use); nothing leaves this machine.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="digest-gui-bench-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(Path(_HOME) / _name.lower())

from PySide6.QtCore import QElapsedTimer, QEventLoop, QMimeData, QTimer, QUrl  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from digest_gui.core.identifiers import ArxivId  # noqa: E402
from digest_gui.core.sources import http  # noqa: E402
from digest_gui.core.sources.arxiv_api import ArxivFetcher, ArxivSettings, MetadataCache  # noqa: E402
from digest_gui.core.sources.http import HttpSettings  # noqa: E402
from tests.fake_arxiv import FakeArxiv  # noqa: E402

QUICK = HttpSettings(min_interval=0.05, connect_timeout=2, read_timeout=10, retries=1, backoff=0.05)


def ids(count: int, start: int = 1) -> list[ArxivId]:
    return [ArxivId(f"2501.{n:05d}") for n in range(start, start + count)]


def requests_per_paper(fake: FakeArxiv) -> tuple[int, int]:
    fetcher = ArxivFetcher(
        ArxivSettings(api_url=fake.url, http=QUICK), MetadataCache(Path(_HOME) / "cache-a")
    )
    outcomes = fetcher.fetch(ids(300))
    assert all(outcome.ok for outcome in outcomes)
    return fetcher.requests_made, len(outcomes)


def _window(fake: FakeArxiv):
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.arxiv.fetch import make_fetcher
    from digest_gui.ui.main_window import MainWindow

    os.environ["DIGEST_GUI_ARXIV_API"] = fake.url
    create_application()
    window = MainWindow(settings_store.load())
    # arXiv's real spacing of 3 s between requests, so the stall is measured as users meet it.
    polite = HttpSettings(min_interval=3.0, connect_timeout=2, read_timeout=10, retries=1, backoff=0.05)
    window.fetcher._make_fetcher = lambda: make_fetcher(window.settings, polite)
    window.resize(1400, 860)
    window.show()
    QApplication.processEvents()
    return window


def _drop(window, items: list[ArxivId]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl(f"https://arxiv.org/abs/{item.id}") for item in items])
    from digest_gui.ui.papers.drops import read_mime

    window.add_content(read_mime(mime), None)


def _run_until_idle(window, deadline: float = 60.0) -> None:
    """Run the event loop (as the app does, waiting in Qt) until the fetch is done."""
    loop = QEventLoop()
    end = time.monotonic() + deadline
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(
        lambda: loop.quit() if not window.fetcher.busy() or time.monotonic() > end else None
    )
    check.start()
    loop.exec()
    check.stop()
    QApplication.processEvents()


def _reset(window) -> None:
    window.project.new()
    QApplication.processEvents()


def cached_show_times(window, fake: FakeArxiv) -> list[float]:
    """Drop 100 known papers; time until all show their titles (no request made)."""
    batch = ids(100, 1001)
    _drop(window, batch)
    _run_until_idle(window)  # warm the cache
    times = []
    for _ in range(7):
        _reset(window)
        before = len(fake.seen)
        started = time.perf_counter()
        _drop(window, batch)
        _run_until_idle(window)
        window.repaint()
        times.append((time.perf_counter() - started) * 1000)
        assert len(fake.seen) == before, "the cache should have answered"
        assert all(paper.title_en for paper in window.project.digest.papers)
    return times


def longest_stall(window, fake: FakeArxiv) -> tuple[float, float]:
    """Longest event-loop gap while 300 papers are fetched from a server that takes 1 s."""

    def slow(handler, server):
        time.sleep(1.0)
        server.answer(handler)

    _reset(window)
    fake.script.extend([slow, slow, slow])
    gaps: list[int] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    timer.start()
    started = time.perf_counter()
    _drop(window, ids(300, 5001))
    _run_until_idle(window)
    timer.stop()
    assert sum(1 for paper in window.project.digest.papers if paper.title_en) == 300
    return float(max(gaps)), time.perf_counter() - started


def main() -> int:
    fake = FakeArxiv()
    fake.start()
    http.LIMITER.reset()
    try:
        requests, papers = requests_per_paper(fake)
        window = _window(fake)
        cached = cached_show_times(window, fake)
        stall, took = longest_stall(window, fake)
    finally:
        fake.stop()
    cached_median = statistics.median(cached)
    print(f"Python {sys.version.split()[0]}; offscreen; a local stand-in for the arXiv API\n")
    print("| measurement | result | target | |")
    print("| --- | ---: | ---: | --- |")
    ratio = requests / papers
    print(
        f"| requests per paper added ({requests} for {papers}) | 1/{papers // requests} | <= 1/100 | "
        f"{'pass' if ratio <= 0.01 else 'FAIL'} |"
    )
    print(
        f"| 100 known papers dropped to all shown from the cache, median of {len(cached)} "
        f"(max {max(cached):.0f} ms) | {cached_median:.0f} ms | <= 200 ms | "
        f"{'pass' if cached_median <= 200 else 'FAIL'} |"
    )
    print(
        f"| longest event-loop stall, 300 papers fetched from a server taking 1 s per request, "
        f"3 s apart ({took:.1f} s in all) | {stall:.0f} ms | <= 100 ms | "
        f"{'pass' if stall <= 100 else 'FAIL'} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
