"""One start of a program that writes marks into the file DIGEST_GUI_FIRST_FRAME names (as
digest_gui/ui/first_frame.py does, and bench_startup.py's floor and bench_retext.py's
wrapper), waited for until its marks say enough, then killed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def start_until(
    command: list[str],
    env: dict[str, str],
    mark: Path,
    timeout_s: float,
    enough: Callable[[str], bool],
    *,
    own_session: bool = False,
) -> tuple[float, str, str]:
    """Start `command` and read its mark file until `enough(text)`, it ends or `timeout_s`
    passes; then kill it (with own_session, its whole session: helper processes too).
    Returns (time.time() at launch, the mark file's text, the end of its stderr)."""
    mark.unlink(missing_ok=True)
    env = {**env, "DIGEST_GUI_FIRST_FRAME": str(mark)}
    launched = time.time()
    child = subprocess.Popen(
        command,
        env=env,
        cwd="/tmp",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=own_session,
    )
    deadline = time.monotonic() + timeout_s
    text = ""
    while time.monotonic() < deadline and child.poll() is None:
        text = mark.read_text(encoding="utf-8") if mark.exists() else ""
        if enough(text):
            break
        time.sleep(0.005)
    if own_session:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
    else:
        child.kill()
    _, err = child.communicate()
    return launched, text, err.decode(errors="replace")[-400:]
