"""The one way the window runs work off the GUI thread.

A task is a plain callable, usually a core function, called on a worker thread as
`function(cancel, report)`: `cancel` is a CancelToken (a threading.Event, which core code
takes as it is) and `report(item)` hands a progress item to the GUI thread. What the
callable returns, reports or raises reaches the caller as plain data through the signals
of its Task handle, always on the GUI thread:

    task = run_task(partial(fetch_listings, categories), name="listing")
    task.succeeded.connect(self._on_listing_succeeded)
    task.failed.connect(self._on_listing_failed)      # one readable line
    ...
    task.cancel()                                      # the callable sees cancel.is_set()

A failure logs its full traceback (logger `digest_gui.workers.<name>`); the caller only
gets one line, the exception's type and message. Tasks run on one shared pool, or on a
Lane (one task at a time, in the order they were started) where order matters, as for
autosave writes. `drain(ms)` waits for every task still running (on quit, in tests).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

# Cancelled from core.errors, not core.sources.http: that would load requests (70 ms)
# before the first frame.
from digest_gui.core.errors import Cancelled, DigestError
from digest_gui.core.failures import failure_of
from digest_gui.ui.failures import failure_text

log = logging.getLogger("digest_gui.workers")

Report = Callable[[Any], None]
TaskFunction = Callable[["CancelToken", Report], Any]

# Fetching, a drafting batch, a listing and a connection test may all run at once and each
# mostly waits on the network: the shared pool must not make one wait for another.
MAX_THREADS = 16


class CancelToken(threading.Event):
    """Set when the task should stop; core functions read it as their `cancel` event."""

    def cancel(self) -> None:
        self.set()

    def cancelled(self) -> bool:
        return self.is_set()


def failure_line(error: BaseException) -> str:
    """What the user is told of a failure: one line, never a traceback."""
    if isinstance(error, DigestError):
        # A core failure (kind + arguments), worded in the interface language.
        text = failure_text(failure_of(error))
    else:
        text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    lines = text.strip().splitlines()
    return lines[0] if lines else type(error).__name__


# How long the Task waits, once finished() has come, for its worker to let go of the relay:
# the worker does that right after emitting finished(), so this bound is never reached.
_RELEASE_WAIT_S = 5.0


class _Relay(QObject):
    """Carries one run's results from the worker thread to its Task, queued.

    Made on the GUI thread and kept by the Task until finished() has arrived there: the
    worker only emits (a report callback it was given may outlive the run in some cycle),
    and the last reference, hence the deletion, is always on the GUI thread.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Task(QObject):
    """The GUI thread's handle on one piece of background work.

    Exactly one of succeeded(result), failed(line) or cancelled() comes, then finished();
    progress(item) comes for each item reported before that. All arrive on the GUI thread.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self._done = threading.Event()
        self._relay: _Relay | None = None
        # Kept until finished() too: what the function holds (a lambda's Qt object) is then
        # freed here, on the GUI thread, never by the worker letting go of the last reference.
        self._function: TaskFunction | None = None

    def cancel(self) -> None:
        """Ask the callable to stop (it reads the token); what it reports still arrives."""
        self.token.set()

    def is_running(self) -> bool:
        """Whether the callable has not returned yet."""
        return not self._done.is_set()

    def wait(self, milliseconds: int | None = 30000) -> bool:
        """Wait until the callable has returned (None: however long); its signals are then on their way."""
        return self._done.wait(None if milliseconds is None else max(0, milliseconds) / 1000)

    def _runnable(self, function: TaskFunction) -> _Runnable:
        self._relay = _Relay()
        self._function = function
        self._listen_to(self._relay)
        return _Runnable(self._relay, self.name, self.token, function, self._done)

    def _listen_to(self, relay: _Relay) -> None:
        # Connected to slots of the Task, which lives on the GUI thread: the calls are queued
        # there (a plain C++ connection, whatever happens to the relay), and whatever is
        # connected to the Task's own signals then runs on the GUI thread, lambdas included.
        relay.progress.connect(self._on_relay_progress)
        relay.succeeded.connect(self._on_relay_succeeded)
        relay.failed.connect(self._on_relay_failed)
        relay.cancelled.connect(self._on_relay_cancelled)
        relay.finished.connect(self._on_relay_finished)

    @Slot(object)
    def _on_relay_progress(self, item: object) -> None:
        self.progress.emit(item)

    @Slot(object)
    def _on_relay_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(str)
    def _on_relay_failed(self, line: str) -> None:
        self.failed.emit(line)

    @Slot()
    def _on_relay_cancelled(self) -> None:
        self.cancelled.emit()

    @Slot()
    def _on_relay_finished(self) -> None:
        _active.discard(self)
        self.finished.emit()
        # Nothing more comes. The worker emitted finished() and may not have let go of the
        # relay and the function yet: it does so before it sets _done, so after this wait
        # (microseconds) the Task holds the last references and they are freed here, on the
        # GUI thread. Without it, about 1 task in 500 deleted its relay on the worker thread.
        self._done.wait(_RELEASE_WAIT_S)
        self._relay = None
        self._function = None


class _Runnable(QRunnable):
    """Calls the task's function on a pool thread; touches no widget."""

    def __init__(
        self, relay: _Relay, name: str, token: CancelToken, function: TaskFunction, done: threading.Event
    ) -> None:
        super().__init__()
        self._relay: _Relay | None = relay
        self._function: TaskFunction | None = function
        self._name = name
        self._token = token
        self._done = done

    def run(self) -> None:
        # Neither is kept past the run: the function may hold a key, the relay is the Task's.
        relay, self._relay = self._relay, None
        function, self._function = self._function, None
        if relay is None or function is None:
            raise RuntimeError("a task runs once")
        result: Any = None
        try:
            result = function(self._token, relay.progress.emit)
        except Cancelled:
            relay.cancelled.emit()
        except Exception as error:
            logger = log.getChild(self._name) if self._name else log
            # The traceback goes to the log file; the window shows one line. It is logged as
            # text: a record holding the traceback would keep this thread's frames alive
            # wherever records are kept.
            level = logging.WARNING if isinstance(error, DigestError) else logging.ERROR
            details = "".join(traceback.format_exception(error)).rstrip()
            logger.log(level, "task %s failed\n%s", self._name, details)
            relay.failed.emit(failure_line(error))
        else:
            relay.succeeded.emit(result)
        finally:
            relay.finished.emit()
            # Let go of the relay, the function and its result before saying done: the Task
            # waits for _done before dropping the last references, on the GUI thread.
            del relay, function, result
            self._done.set()  # after the last emit: once wait() returns, everything is posted


# Tasks whose finished() has not reached the GUI thread yet: kept alive until then, so a
# caller may drop its handle (a dialog closing during a test) without losing the task.
_active: set[Task] = set()
_shared_pool: QThreadPool | None = None


def _pool() -> QThreadPool:
    global _shared_pool
    if _shared_pool is None:
        _shared_pool = QThreadPool()
        _shared_pool.setMaxThreadCount(max(MAX_THREADS, QThreadPool.globalInstance().maxThreadCount()))
    return _shared_pool


class Lane:
    """Tasks run one at a time, in the order they were started (autosave writes)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)

    def run(self, function: TaskFunction, *, name: str = "") -> Task:
        """Queue function behind the lane's earlier tasks; return its handle."""
        return _start(self._pool, function, name or self.name)


def run_task(function: TaskFunction, *, name: str) -> Task:
    """Call function(cancel, report) on a worker thread; return its handle at once."""
    return _start(_pool(), function, name)


def _start(pool: QThreadPool, function: TaskFunction, name: str) -> Task:
    task = Task(name)
    _active.add(task)
    pool.start(task._runnable(function))
    return task


def active_tasks() -> list[Task]:
    """Tasks whose finished() has not been delivered yet."""
    return list(_active)


def cancel_all() -> None:
    """Ask every running task to stop (on quit; a request under way then ends at once)."""
    for task in list(_active):
        task.cancel()


def drain(milliseconds: int = 30000) -> bool:
    """Wait for every running task, then deliver what they sent; False if one is still running."""
    deadline = time.monotonic() + milliseconds / 1000
    for task in list(_active):
        if not task.wait(round((deadline - time.monotonic()) * 1000)):
            return False
    if QCoreApplication.instance() is not None:
        # Only the results' queued signals (no input, no paint), so a quitting window or
        # the next test never receives them late.
        QCoreApplication.sendPostedEvents()
    return True
