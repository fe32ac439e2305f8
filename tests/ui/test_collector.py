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


def test_an_opened_project_is_left_out_of_later_collections_until_the_next_one(window, qtbot, tmp_path):
    from digest_gui.core.formats.project_file import save_project

    path = tmp_path / "p.digest"
    save_project(window.project.digest, path)
    gc.unfreeze()
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    paper = window.project.digest.papers[0]
    assert gc.is_tracked(paper)
    assert not any(paper is item for item in gc.get_objects())  # frozen: no collection walks it
    # A cycle made afterwards is still collected; the next project unfreezes the last one.
    cycle = make_cycle()
    gc.collect()
    assert cycle() is None
    frozen = gc.get_freeze_count()
    window.files.new()
    qtbot.waitUntil(lambda: gc.get_freeze_count() != frozen)
