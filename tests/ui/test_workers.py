"""ui/workers.py: results, progress, failures (logged with their traceback), cancel, lanes, drain."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pytest

from digest_gui.core.errors import DigestError
from digest_gui.core.sources.http import Cancelled
from digest_gui.logs import setup_logging, shutdown_logging
from digest_gui.ui import workers
from digest_gui.ui.workers import CancelToken, Lane, Report, Task, failure_line, run_task


@pytest.fixture(autouse=True)
def drained(qapp):
    yield
    assert workers.drain(10000), "a task outlived its test"
    assert workers.active_tasks() == []


@pytest.fixture
def log_file(tmp_path: Path):
    path = setup_logging(tmp_path / "logs")
    yield path
    shutdown_logging()


@dataclass
class Heard:
    """What a task delivered, in the order it came."""

    order: list[str] = field(default_factory=list)
    progress: list[object] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)

    def __getitem__(self, name: str) -> object:
        return {"order": self.order, "progress": self.progress, **self.values}[name]

    def __contains__(self, name: str) -> bool:
        return name in self.values


def outcome_of(qtbot, task: Task) -> Heard:
    """What the task delivered, once finished() has come."""
    heard = Heard()

    def hear(name: str) -> Callable[..., None]:
        def record(*value: object) -> None:
            heard.order.append(name)
            if name == "progress":
                heard.progress.append(value[0])
            else:
                heard.values[name] = value[0] if value else True

        return record

    for name in ("progress", "succeeded", "failed", "cancelled"):
        getattr(task, name).connect(hear(name))
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    return heard


def test_a_result_arrives_on_the_gui_thread(qtbot):
    threads: list[threading.Thread] = []

    def work(_cancel: CancelToken, _report: Report) -> int:
        threads.append(threading.current_thread())
        return 42

    task = run_task(work, name="answer")
    delivered_on: list[threading.Thread] = []
    task.succeeded.connect(lambda _result: delivered_on.append(threading.current_thread()))
    heard = outcome_of(qtbot, task)
    assert heard["succeeded"] == 42 and heard["order"] == ["succeeded"]
    assert threads and threads[0] is not threading.main_thread()
    assert delivered_on == [threading.main_thread()]
    assert not task.is_running() and task.wait(0)


def test_progress_items_arrive_in_order_before_the_result(qtbot):
    def work(_cancel: CancelToken, report: Report) -> str:
        for number in range(5):
            report(("paper", number))
        return "done"

    heard = outcome_of(qtbot, run_task(work, name="progress"))
    assert heard["progress"] == [("paper", number) for number in range(5)]
    assert heard["order"] == ["progress"] * 5 + ["succeeded"]


def test_a_failure_is_one_line_and_its_traceback_is_in_the_log(qtbot, log_file):
    def deep_inside() -> None:
        raise ValueError("the answer was not JSON\nline two of the message")

    def work(_cancel: CancelToken, _report: Report) -> None:
        deep_inside()

    heard = outcome_of(qtbot, run_task(work, name="parser"))
    assert heard["failed"] == "ValueError: the answer was not JSON"
    assert "succeeded" not in heard and "Traceback" not in str(heard["failed"])
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR digest_gui.workers.parser" in text
    assert "Traceback (most recent call last)" in text and "in deep_inside" in text


def test_a_core_error_is_shown_as_it_is_written():
    assert failure_line(DigestError("arXiv answered HTTP 503")) == "arXiv answered HTTP 503"
    assert failure_line(KeyError("id")) == "KeyError: 'id'"
    assert failure_line(RuntimeError()) == "RuntimeError"


def test_cancel_reaches_the_callable_and_cancelled_comes(qtbot):
    started = threading.Event()

    def work(cancel: CancelToken, _report: Report) -> None:
        started.set()
        if not cancel.wait(10):
            raise AssertionError("never cancelled")
        raise Cancelled()

    task = run_task(work, name="waiting")
    assert started.wait(10) and task.is_running()
    task.cancel()
    heard = outcome_of(qtbot, task)
    assert heard["order"] == ["cancelled"]
    assert task.token.is_set() and isinstance(task.token, threading.Event)


def test_a_lane_runs_one_task_at_a_time_in_order(qtbot):
    lane = Lane("ordered")
    running = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()

    def work(number: int, _cancel: CancelToken, _report: Report) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threading.Event().wait(0.01)  # long enough for a second thread to start, were there one
        with lock:
            order.append(number)
            running -= 1

    tasks = [lane.run(partial(work, number)) for number in range(6)]
    qtbot.waitUntil(lambda: not any(task.is_running() for task in tasks), timeout=10000)
    assert order == list(range(6)) and most == 1


def test_drain_waits_for_running_tasks_and_delivers_their_results(qtbot):
    release = threading.Event()
    results: list[str] = []

    def work(_cancel: CancelToken, _report: Report) -> str:
        release.wait(10)
        return "late"

    task = run_task(work, name="slow")
    task.succeeded.connect(results.append)
    assert workers.active_tasks() == [task]
    assert not workers.drain(50)  # still waiting on the release
    release.set()
    assert workers.drain(10000)
    assert results == ["late"] and workers.active_tasks() == []


def test_a_task_whose_handle_is_dropped_still_finishes(qtbot):
    done = threading.Event()

    def work(_cancel: CancelToken, _report: Report) -> None:
        done.set()

    run_task(work, name="forgotten")  # the caller keeps no handle (a closed dialog)
    assert workers.drain(10000) and done.is_set()


def test_the_relay_is_deleted_on_the_gui_thread_even_when_the_worker_ends_late(qtbot, monkeypatch):
    """A Qt object deleted outside its thread can crash the process (a CI segfault in the fetch tests).

    The worker is held up between its last emit and its end, as a descheduled thread is,
    while the GUI thread handles finished() at once: the relay must still be freed there.
    """
    import time
    import weakref

    class LateToSay(threading.Event):
        def set(self) -> None:
            time.sleep(0.05)
            super().set()

    class Held:
        """What a task's function holds: a caller's object, which may be a Qt one."""

    monkeypatch.setattr(workers.threading, "Event", LateToSay)
    freed_on: list[tuple[str, str]] = []

    def note(what: str) -> None:
        freed_on.append((what, threading.current_thread().name))

    for _ in range(5):
        held = Held()
        weakref.finalize(held, note, "held")
        task = run_task(lambda _cancel, _report, held=held: held and None, name="late")
        del held  # the caller lets go: the function has the only reference
        assert task._relay is not None
        weakref.finalize(task._relay, note, "relay")
        with qtbot.waitSignal(task.finished, timeout=10000):
            pass
        assert workers.drain(10000)
    qtbot.waitUntil(lambda: len(freed_on) == 10, timeout=10000)
    assert {thread for _what, thread in freed_on} == {"MainThread"}
