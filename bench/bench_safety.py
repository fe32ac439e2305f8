"""How long the window stalls while crash protection writes a 2,300-paper project.

Run with `make bench`. Offscreen, with XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME in
a temporary folder (the recovery files go there). The project is the reference digest
repeated to 2,300 papers (bench_core.py). Measured:

- autosave stall: in a shown MainWindow whose project was edited (and the window given
  time to follow), the longest gap between ticks of a 1 ms timer while the autosave
  timer writes the recovery file WRITES times on its worker thread (each write waited
  for); target <= 100 ms;
- write: wall time of one recovery write of the project (what the worker thread does),
  median of WRITES, for comparison (it must not be spent on the window's thread).

This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from bench_core import reference_digest, repeated
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

PAPERS = 2_300
KEY_ROW = 1_150
WRITES = 10
TARGET_STALL_MS = 100


def _isolate(folder: Path) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        path = folder / name.removeprefix("XDG_").removesuffix("_HOME").lower()
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)


def autosave_stall(window, writes: int) -> tuple[float, list[float]]:
    """The longest tick gap (ms) while `writes` autosaves run; and each write's duration (ms).

    The project is edited once first (and the window given time to follow: preview,
    quality checks); then only the autosave writes run while the ticks are timed.
    """
    from digest_gui.core.storage.recovery import RecoveryStore

    autosave = window.autosave
    project = window.project
    project.set_field(KEY_ROW, "abstract_zh", project.model.paper(KEY_ROW).abstract_zh + "。")
    settle = QEventLoop()
    QTimer.singleShot(1500, settle.quit)
    settle.exec()

    state = {"last": 0.0, "gap": 0.0, "done": 0}
    clock = QElapsedTimer()
    loop = QEventLoop()

    def on_tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        state["gap"] = max(state["gap"], now - state["last"])
        state["last"] = now

    def write() -> None:
        if state["done"] >= writes:
            QTimer.singleShot(100, loop.quit)
            return
        state["done"] += 1
        autosave._timer.timeout.emit()  # as if the pause after an edit had passed
        waiter.start()

    def check_written() -> None:
        if autosave.pending():
            return
        waiter.stop()
        QTimer.singleShot(20, write)

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(on_tick)
    waiter = QTimer()
    waiter.setInterval(5)
    waiter.timeout.connect(check_written)
    clock.start()
    ticker.start()
    QTimer.singleShot(50, write)
    loop.exec()
    ticker.stop()
    if autosave.last_error or not autosave.store.orphans():
        print(f"warning: the recovery file was not written ({autosave.last_error})", file=sys.stderr)

    # The same write timed on its own (what the worker thread spends).
    store = RecoveryStore(Path(os.environ["XDG_DATA_HOME"]) / "bench-recovery")
    times = []
    for _ in range(writes):
        start = time.perf_counter()
        store.write("bench", project.digest, None)
        times.append((time.perf_counter() - start) * 1000)
    return state["gap"], times


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="digest-gui-bench-safety-") as name:
        _isolate(Path(name))
        app = QApplication.instance() or QApplication(sys.argv)
        from digest_gui.ui import settings as settings_store
        from digest_gui.ui.main_window import MainWindow

        window = MainWindow(settings_store.load())
        window.project.new(repeated(reference_digest(), PAPERS))
        window.show()
        app.processEvents()
        gap, times = autosave_stall(window, WRITES)
        target = f"target <= {TARGET_STALL_MS} ms"
        print(f"autosave of {PAPERS:,} papers, longest window stall: {gap:.1f} ms ({target})")
        median = statistics.median(times)
        print(
            f"one recovery write of {PAPERS:,} papers (worker thread): median {median:.1f} ms, "
            f"max {max(times):.1f} ms (no target: off the window's thread)"
        )
        window.project.undo_stack.setClean()
        window.autosave.discard()
        window.close()


if __name__ == "__main__":
    main()
