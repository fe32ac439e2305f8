"""What the window loads before its first frame: nothing that only later work needs.

Start-up time is measured in bench/bench_startup.py; this guards the cheapest way to lose
it again, an import that drags a network or logging stack in front of the first frame.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

# Loaded when a fetch, a draft or the log file first needs them, never at start.
LATER = (
    "requests",
    "urllib3",
    "openai",
    "lxml",
    "arxiv",
    "logging.handlers",
    "ziamath",
    "keyring",
    "digest_gui.core.publish",
    "digest_gui.core.formats.feed",
    # The exports' renderer: the preview renders with cmark-gfm (render_github.py).
    "markdown",
    "digest_gui.core.formats.render_html",
    "css_inline",
)


def test_starting_the_window_loads_no_network_or_log_file_stack():
    script = (
        "import json, sys\n"
        "import digest_gui.cli, digest_gui.ui.app, digest_gui.ui.main_window\n"
        f"print(json.dumps([name for name in {LATER!r} if name in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []
