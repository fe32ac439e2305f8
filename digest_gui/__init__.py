"""digest-gui: write bilingual (English/Chinese) digests of arXiv papers."""

from __future__ import annotations

from importlib import metadata

APP_NAME = "digest-gui"

try:
    __version__ = metadata.version(APP_NAME)
except metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
