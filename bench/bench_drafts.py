"""Drafting in the window: the longest event-loop stall while a batch of drafts comes in.

Run with `make bench`. The window talks to the local stand-in for an OpenAI-compatible
server that the tests use (tests/fake_openai.py), every answer delayed by DELAY seconds,
PARALLEL requests at once; nothing leaves this machine. A 1 ms QTimer ticks throughout;
the longest gap between two ticks is the longest time the window could not answer a key
or paint. Measured twice, in a shown window with the digest preview and the quality panel:

- the example digest (23 papers) with PAPERS English-only papers added and drafted;
- a 2,300-paper project (the reference digest repeated, as in bench_core.py) in which
  PAPERS papers lack their Chinese, drafted with Draft All Without Chinese.

This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="digest-gui-bench-drafts-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(Path(_HOME) / _name.lower())
os.environ.pop("DIGEST_GUI_LLM_API_KEY", None)

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from digest_gui.core.model import Paper  # noqa: E402
from tests.fake_openai import FakeOpenAI, slow  # noqa: E402

PAPERS = 100
DELAY = 0.5  # seconds per answer
PARALLEL = 2
BIG = 2_300
TARGET_MS = 100.0


def english_paper(number: int) -> Paper:
    arxiv_id = f"2601.{number:05d}"
    return Paper(
        id=arxiv_id,
        version=1,
        url=f"https://arxiv.org/abs/{arxiv_id}",
        title_en=f"Heatmap-Guided Grasp Detection in Cluttered Scenes, Part {number}",
        abstract_en="Fast and robust grasping in clutter matters. We reach 92% success in real scenes. " * 6,
        status="fetched",
    )


def make_window(fake: FakeOpenAI):
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.main_window import MainWindow

    os.environ["DIGEST_GUI_LLM_BASE_URL"] = fake.url
    os.environ["DIGEST_GUI_LLM_MODEL"] = "bench-model"
    create_application()
    settings = settings_store.load()
    settings.llm_parallel = PARALLEL
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.preview.set_mode("digest")
    window.quality_panel.show()
    QApplication.processEvents()
    return window


def settle(window, seconds: float = 1.0) -> None:
    """Let the window finish what opening the digest started (measured in bench_window.py)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    while window.quality.busy() or window.preview.view().update_pending():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def run_batch(window, start) -> tuple[float, float]:
    """Start a batch, run the event loop (as the app does) until it ends; (longest gap ms, seconds)."""
    state = {"gap": 0.0, "last": 0.0}
    clock = QElapsedTimer()
    loop = QEventLoop()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now
        if not window.drafter.busy() and state["started"]:
            loop.quit()

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    state["started"] = False
    clock.start()
    ticker.start()
    began = time.perf_counter()
    start()
    state["started"] = True
    loop.exec()
    ticker.stop()
    return state["gap"], time.perf_counter() - began


def small_digest(window) -> tuple[float, float, int]:
    from digest_gui.ui.app import load_example

    load_example(window.project)
    window.project.add_papers([english_paper(n) for n in range(1, PAPERS + 1)], 0)
    window.list_pane.view.clearSelection()
    settle(window)
    gap, seconds = run_batch(window, lambda: window.drafter.draft_rows(list(range(PAPERS))))
    drafted = sum(1 for paper in window.project.digest.papers if paper.status == "drafted")
    return gap, seconds, drafted


def big_digest(window) -> tuple[float, float, int]:
    from bench_core import reference_digest, repeated

    digest = repeated(reference_digest(), BIG)
    step = BIG // PAPERS
    for index in range(0, step * PAPERS, step):
        paper = digest.papers[index]
        paper.title_zh = paper.summary_zh = paper.abstract_zh = ""
        paper.status = "fetched"
    window.project.new(digest)
    settle(window, 2.0)
    gap, seconds = run_batch(window, window.drafter.draft_missing)
    drafted = sum(1 for paper in window.project.digest.papers if paper.status == "drafted")
    return gap, seconds, drafted


def main() -> int:
    fake = FakeOpenAI()
    fake.rules.append(("", slow(DELAY)))  # every request, after DELAY seconds
    fake.start()
    try:
        window = make_window(fake)
        small = small_digest(window)
        window.autosave.discard()
        big = big_digest(window)
        window.autosave.discard()
        window.hide()
    finally:
        fake.stop()
    print(f"Python {sys.version.split()[0]}; offscreen; a local stand-in for an OpenAI-compatible server\n")
    print("| measurement | result | target | |")
    print("| --- | ---: | ---: | --- |")
    for name, (gap, seconds, drafted) in (
        (f"example digest + {PAPERS} papers", small),
        (f"{BIG:,}-paper project, {PAPERS} without Chinese", big),
    ):
        print(
            f"| longest event-loop stall, {name}: {drafted} drafted, answers {DELAY} s each, "
            f"{PARALLEL} at once ({seconds:.1f} s in all) | {gap:.0f} ms | <= {TARGET_MS:.0f} ms | "
            f"{'pass' if gap <= TARGET_MS and drafted == PAPERS else 'FAIL'} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
