"""Run the real digest-gui window (cli.main) in this process, start a request, close when told.

Used by tests/ui/test_quit_during_request.py and bench/bench_requests.py as
`python -m tests.quit_helper PROJECT FLAG fetch|draft`: once the window is up it fetches (F5)
or drafts (Ctrl+D) every paper, and closes the window as a user would as soon as the file FLAG
exists. It prints "closing <monotonic time>" when it closes the window.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from digest_gui import cli
    from digest_gui.ui.app import create_application

    project, flag, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    app = create_application()
    started = False

    def poke() -> None:
        nonlocal started
        windows = [widget for widget in QApplication.topLevelWidgets() if hasattr(widget, "fetcher")]
        # Its menus and shortcuts come after its first frame (MainWindow.complete).
        if not windows or not windows[0].isVisible() or not windows[0].is_complete():
            return
        window = windows[0]
        if not started:
            started = True
            window.action_registry["fetchMissing" if mode == "fetch" else "draftMissing"].trigger()
        elif flag.exists():
            timer.stop()
            print(f"closing {time.monotonic()}", flush=True)
            window.close()

    timer = QTimer(app)
    timer.timeout.connect(poke)
    timer.start(20)
    return cli.main([project])


if __name__ == "__main__":
    sys.exit(main())
