"""What waits for the first frame that shows the digest, and when it was painted.

The user waits for the list, the selected paper in the editor and the visible part of the
preview; the preview is the last of them to paint. A real start builds only those before
that frame and the rest after it (MainWindow.complete): FirstPaint runs its callbacks, in
the order given, once the event loop has finished the paint that first drew the preview.

For bench/bench_startup.py: with DIGEST_GUI_FIRST_FRAME=FILE in the environment, the first
callback writes to FILE the wall-clock time (time.time(), which the benchmark compares with
its own clock at launch), the resident memory in MiB and the process's CPU time in seconds.
Without the variable nothing is written. With DIGEST_GUI_FIRST_FRAME_EXIT=1 too, the
process then ends at once (bench/bench_instructions.py counts instructions to exactly there).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENVIRONMENT = "DIGEST_GUI_FIRST_FRAME"
EXIT_ENVIRONMENT = "DIGEST_GUI_FIRST_FRAME_EXIT"


def _rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class FirstPaint(QObject):
    """Runs callbacks once, after `widget`'s first paint pass (or after `fallback_ms` if it is
    never painted, say the window starts minimised)."""

    def __init__(self, widget: QWidget, fallback_ms: int = 1000) -> None:
        super().__init__(widget)
        self._callbacks: list[Callable[[], object]] = []
        self._done = False
        self._widget = widget
        widget.installEventFilter(self)
        # Counted from the event loop's first turn: opening a large file before it may take
        # longer than fallback_ms, and the first frame must not wait for what comes after it.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(fallback_ms, self, self._run))

    def then(self, callback: Callable[[], object]) -> None:
        """Run `callback` after the first frame (at once if it has been)."""
        if self._done:
            callback()
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Watched no more: the widget's later events (every keystroke repaints it) pass
            # without a Python call.
            watched.removeEventFilter(self)
            # After the whole paint pass has been flushed, not in the middle of it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


def in_turns(steps: Sequence[Callable[[], object]]) -> None:
    """Run each step in a turn of the event loop of its own: what the user does meanwhile
    (a click, a key, a scroll) is handled between two steps, not after all of them."""
    if steps:
        steps[0]()
        if len(steps) > 1:
            QTimer.singleShot(0, lambda: in_turns(steps[1:]))


def _write_mark(out: Path) -> None:
    cpu = time.process_time()  # of this process until now: steadier than wall time on a busy machine
    out.write_text(f"{time.time():.6f}\n{_rss_mib():.1f}\n{cpu:.6f}\n", encoding="utf-8")
    if os.environ.get(EXIT_ENVIRONMENT) == "1":
        os._exit(0)


def watch_first_frame(first: FirstPaint) -> None:
    """If the benchmark asked, note when the first frame was painted (call before any other `then`)."""
    path = os.environ.get(ENVIRONMENT)
    if path:
        first.then(lambda: _write_mark(Path(path)))
