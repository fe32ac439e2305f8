"""`python -m digest_gui` runs the same command line as the `digest-gui` script."""

import sys

from digest_gui.cli import main

sys.exit(main())
