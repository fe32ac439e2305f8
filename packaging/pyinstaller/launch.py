"""Entry point of the PyInstaller bundle: the `digest-gui` command line."""

import os
import sys

# A windowed build (Windows, the macOS .app) has no standard streams; the command line
# prints and flushes them, so give it somewhere harmless to write.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from digest_gui.cli import main  # noqa: E402

sys.exit(main())
