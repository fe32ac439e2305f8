"""How fast the live preview follows typing on a 2,300-paper digest, and how fast it opens.

Run with `make bench`. The digest is the reference digest repeated to 2,300 papers (each
copy with its own arXiv ids), shown in a 900x1000 PreviewPane offscreen. Measured:

- keystroke: from model.apply_field(row, "abstract_zh", text + one character) to the
  preview having repainted (the coalescing timer processed, then a synchronous repaint),
  median over KEYSTROKES keystrokes, the selected paper in the middle of the digest;
- stall: the longest gap between ticks of a 1 ms timer while typing 200 characters at
  30 ms intervals, i.e. the longest the event loop could not respond;
- open: from model.apply_digest(2,300 papers) to the first paint finished (digest mode);
- page down: one PageDown through unrendered papers to the repaint finished.

This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_core import reference_digest, repeated
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from digest_gui.core.model import Digest
from digest_gui.ui.document.paper_model import PaperModel
from digest_gui.ui.preview.pane import PreviewPane

PAPERS = 2_300
KEYSTROKES = 40
STALL_KEYSTROKES = 200
STALL_INTERVAL_MS = 30
PAGES = 30
TARGETS = {"keystroke": 50.0, "stall": 100.0, "open": 1500.0}
TYPED = "这是一个用来测量预览速度的句子，"


def settle(pane: PreviewPane) -> None:
    """Run the coalescing timer (and whatever else is queued), then repaint now."""
    view = pane.view()
    QCoreApplication.processEvents()
    while view.update_pending():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    view.viewport().repaint()


def keystroke_times(pane: PreviewPane, model: PaperModel, row: int) -> list[float]:
    text = model.paper(row).abstract_zh
    times = []
    for index in range(KEYSTROKES + 1):
        text += TYPED[index % len(TYPED)]
        start = time.perf_counter()
        model.apply_field(row, "abstract_zh", text)
        settle(pane)
        times.append((time.perf_counter() - start) * 1000)
    if text[-20:] not in pane.rendered_text().replace("\n", ""):
        print("warning: the typed text is not on screen", file=sys.stderr)
    return times[1:]  # the first keystroke warms the caches up


def stall_while_typing(key: Callable[[], None], keystrokes: int = STALL_KEYSTROKES) -> float:
    """The longest gap (ms) between 1 ms ticks while `key` types at STALL_INTERVAL_MS intervals."""
    state = {"typed": 0, "last": 0.0, "gap": 0.0}
    clock = QElapsedTimer()
    loop = QEventLoop()

    def on_tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now

    def on_key() -> None:
        key()
        state["typed"] += 1
        if state["typed"] >= keystrokes:
            typing.stop()
            QTimer.singleShot(200, loop.quit)  # let the last keystroke show

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(on_tick)
    typing = QTimer()
    typing.setTimerType(Qt.TimerType.PreciseTimer)
    typing.setInterval(STALL_INTERVAL_MS)
    typing.timeout.connect(on_key)
    clock.start()
    ticker.start()
    typing.start()
    loop.exec()
    ticker.stop()
    return state["gap"]


def longest_stall(pane: PreviewPane, model: PaperModel, row: int) -> float:
    """The longest gap (ms) between 1 ms ticks while typing into the model at 30 ms intervals."""
    state = {"text": model.paper(row).abstract_zh, "typed": 0}

    def key() -> None:
        state["text"] += TYPED[state["typed"] % len(TYPED)]
        state["typed"] += 1
        model.apply_field(row, "abstract_zh", state["text"])

    return stall_while_typing(key)


def open_time(pane: PreviewPane, model: PaperModel, digest: Digest) -> float:
    start = time.perf_counter()
    model.apply_digest(digest)
    settle(pane)
    return (time.perf_counter() - start) * 1000


def page_down_times(
    pane: PreviewPane, pages: int = PAGES, then: Callable[[PreviewPane], object] | None = None
) -> list[float]:
    """ms from one PageDown to the repaint (and to `then(pane)` having run, if given)."""
    view = pane.view()
    times = []
    for _ in range(pages):
        event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
        start = time.perf_counter()
        QCoreApplication.sendEvent(view, event)
        settle(pane)
        if then is not None:
            then(pane)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    base = reference_digest()
    digest = repeated(base, PAPERS)
    row = PAPERS // 2

    model = PaperModel(Digest())
    pane = PreviewPane(model)
    pane.resize(900, 1000)
    pane.show()
    settle(pane)

    opened = open_time(pane, model, digest)
    pages = page_down_times(pane)
    results: dict[str, dict[str, float]] = {}
    for mode in ("paper", "digest"):
        pane.set_mode(mode)
        pane.set_current_row(row)
        settle(pane)
        if row not in pane.visible_rows():
            print(f"warning: paper {row} is not on screen in {mode} mode", file=sys.stderr)
        times = keystroke_times(pane, model, row)
        results[mode] = {
            "median": statistics.median(times),
            "p90": statistics.quantiles(times, n=10)[-1],
            "max": max(times),
            "stall": longest_stall(pane, model, row),
        }
    app.processEvents()

    def verdict(value: float, target: float) -> str:
        return "pass" if value <= target else "FAIL"

    print(f"Preview of {PAPERS:,} papers, 900x1000 offscreen, paper {row} selected")
    print()
    print("| measurement | mode | result | target | |")
    print("| --- | --- | ---: | ---: | --- |")
    for mode, result in results.items():
        spread = f"p90 {result['p90']:.1f}, max {result['max']:.1f}"
        print(
            f"| keystroke to repaint, median of {KEYSTROKES} ({spread}) "
            f"| {mode} | {result['median']:.1f} ms | <= {TARGETS['keystroke']:.0f} ms "
            f"| {verdict(result['median'], TARGETS['keystroke'])} |"
        )
    for mode, result in results.items():
        print(
            f"| longest event-loop stall, {STALL_KEYSTROKES} keys at {STALL_INTERVAL_MS} ms | {mode} "
            f"| {result['stall']:.1f} ms | <= {TARGETS['stall']:.0f} ms "
            f"| {verdict(result['stall'], TARGETS['stall'])} |"
        )
    print(
        f"| apply_digest({PAPERS:,} papers) to first paint | digest | {opened:.1f} ms "
        f"| <= {TARGETS['open']:.0f} ms (whole window) | {verdict(opened, TARGETS['open'])} |"
    )
    print(
        f"| PageDown to repaint, median of {PAGES} (max {max(pages):.1f}) | digest "
        f"| {statistics.median(pages):.1f} ms | | |"
    )
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
