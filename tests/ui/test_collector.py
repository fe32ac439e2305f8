"""Garbage collection happens on the GUI thread only (digest_gui/ui/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from digest_gui.ui.app import create_application
from digest_gui.ui.collector import GuiThreadCollector, collect_on_gui_thread


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def make_cycle() -> weakref.ref[Node]:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_the_application_turns_automatic_collection_off(qapp):
    create_application()
    assert not gc.isenabled()
    assert collect_on_gui_thread(qapp) is collect_on_gui_thread(qapp)  # one per application


def test_a_cycle_made_on_a_worker_thread_is_freed_by_the_gui_thread(qapp, qtbot):
    collect_on_gui_thread(qapp)
    freed_on: list[str] = []
    holder: list[weakref.ref[Node]] = []

    def work() -> None:
        holder.append(make_cycle())
        # More cycles than the youngest generation's threshold: the automatic collector
        # would have run here, on this thread.
        holder.extend(make_cycle() for _ in range(gc.get_threshold()[0] * 2))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert holder[0]() is not None  # the worker did not collect it
    qtbot.waitUntil(lambda: holder[0]() is None, timeout=5000)
    freed_on.append(threading.current_thread().name)
    assert freed_on == ["MainThread"]


def test_collect_due_follows_the_thresholds(qapp):
    owner = QObject()
    collector = GuiThreadCollector(owner)
    try:
        gc.collect()
        ref = make_cycle()
        assert collector.collect_due() == 0 and ref() is not None  # below the threshold
        for _ in range(gc.get_threshold()[0] + 1):
            Node()
            make_cycle()
        collector.collect_due()
        assert ref() is None
    finally:
        collector._timer.stop()
