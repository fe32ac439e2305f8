"""Python's cyclic garbage collection, run on the GUI thread only.

A reference cycle that holds a Qt object (a signal's bound emit kept by a traceback, a
lambda connected to a widget, a closure in a worker's frame) is freed by whichever thread
happens to trigger the collector. When that is a worker thread, the Qt object is deleted
there, outside its own thread, and the process can crash (a segmentation fault "while
garbage-collecting"). calibre and other long-lived PyQt applications turn the automatic
collector off and collect from a timer on the GUI thread instead; so does this module,
with the collector's own thresholds, so the amount of work and memory stays the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up between two looks; a look that finds
# nothing to do costs a microsecond.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns Python's automatic collection off and collects between events instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations the automatic collector would have; return what was freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        freed = 0
        # The oldest generation due takes the younger ones with it, as gc itself does.
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                freed += gc.collect(generation)
                break
        return freed

    def freeze_long_lived(self) -> None:
        """Leave what exists now (a just-opened project, the window) out of later collections.

        A full collection walks every object the process holds: at 23,000 papers that
        took 50 to 175 ms on the window's thread, every few seconds while the user typed.
        A project's papers and the window live as long as the project is open, and are
        freed by reference counting when it closes, so they are put in the permanent
        generation (gc.freeze). What an earlier freeze kept goes back first (unfreeze),
        so opening project after project collects the old ones' cycles as before.
        """
        gc.unfreeze()
        gc.freeze()

    def stop(self) -> None:
        """Give collection back to Python (the application is ending)."""
        self._timer.stop()
        gc.enable()


_collector: GuiThreadCollector | None = None


def freeze_long_lived() -> None:
    """After a project was opened: see GuiThreadCollector.freeze_long_lived (nothing without one)."""
    if _collector is not None:
        _collector.freeze_long_lived()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Start collecting on the GUI thread only (once per application); return the collector."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
