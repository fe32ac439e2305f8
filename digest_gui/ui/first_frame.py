"""When the first frame that shows the digest was painted, for bench/bench_startup.py.

The user waits for the list, the selected paper in the editor and the visible part of the
preview; the preview is the last of them to paint. With DIGEST_GUI_FIRST_FRAME=FILE in the
environment, a real start (`digest-gui FILE`, event loop running) writes to FILE, once the
event loop has finished the paint that first drew the preview: the wall-clock time
(time.time(), which the benchmark compares with its own clock at launch), the resident
memory in MiB and the process's CPU time in seconds. Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENVIRONMENT = "DIGEST_GUI_FIRST_FRAME"


def _rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, out: Path) -> None:
        super().__init__(widget)
        self.out = out
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # After the whole paint pass has been flushed, not in the middle of it.
            QTimer.singleShot(0, self._write)
        return False

    def _write(self) -> None:
        cpu = time.process_time()  # of this process until now: steadier than wall time on a busy machine
        self.out.write_text(f"{time.time():.6f}\n{_rss_mib():.1f}\n{cpu:.6f}\n", encoding="utf-8")


def watch_first_frame(widget: QWidget) -> None:
    """If the benchmark asked, note when `widget` (the last to paint) is first painted."""
    path = os.environ.get(ENVIRONMENT)
    if path:
        _FirstPaint(widget, Path(path))
