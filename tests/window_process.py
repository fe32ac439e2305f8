"""A real window process (`python -m digest_gui ...`), for tests of what a start leaves behind."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def running_window(args: list[str], env: dict[str, str], cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The window started with `args`, its output dropped; killed (as a crash would end it) after."""
    child = subprocess.Popen(
        [sys.executable, "-m", "digest_gui", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield child
    finally:
        child.kill()
        child.wait()


def polled(look: Callable[[], T | None], what: str, seconds: float = 60) -> T:
    """What `look()` returns once it returns something, asked every 50 ms; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = look()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{what} never came")
