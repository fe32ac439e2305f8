"""digest-gui: write bilingual (English/Chinese) digests of arXiv papers."""

from __future__ import annotations

from functools import cache

APP_NAME = "digest-gui"


@cache
def version() -> str:
    """This build's version, from the installed package's metadata (pyproject.toml)."""
    # Imported here: reading package metadata costs ~20 ms, which start-up need not pay.
    from importlib import metadata

    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:  # a checkout that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    # `digest_gui.__version__` stays available, computed on first use.
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
