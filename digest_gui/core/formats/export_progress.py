"""How far an export is, for whoever asked, without every exporter passing a callback on.

An exporter is one function of (digest, options) so that a new format registers in a few
lines (exporters.py). The long loops inside the renderers (a paper at a time) call `step`;
the window, which runs exports on a worker with a progress bar and Cancel, wraps the call
in `reporting(callback)`. The callback is held in a context variable, so it belongs to the
thread (and task) that set it: an export the preview runs at the same time on another
thread reports nothing to this one. The callback may raise `Cancelled` to stop the export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Progress = Callable[[int, int], None]  # (done, total)

_PROGRESS: ContextVar[Progress | None] = ContextVar("export_progress", default=None)
# A callback hears of every this-many-hundredths of the work, not of every paper.
_STEPS = 100


@contextmanager
def reporting(callback: Progress) -> Iterator[None]:
    """Within the block, exports on this thread report (done, total) to `callback`."""
    token = _PROGRESS.set(callback)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


def step(done: int, total: int) -> None:
    """Say that `done` of `total` units are done (called often; reported a hundred times)."""
    callback = _PROGRESS.get()
    if callback is None or total <= 0:
        return
    if done == total or done * _STEPS // total != (done - 1) * _STEPS // total:
        callback(done, total)
