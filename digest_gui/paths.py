"""Where the application's bundled files are, in a checkout and once installed."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding resources/ (icons, stylesheets, translations, the example digest)."""
    try:
        import digest_gui.resources as package
    except ImportError:  # a checkout that was never installed
        return Path(__file__).resolve().parent.parent / "resources"
    return Path(package.__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. resource_path("examples", "reference-digest.md")."""
    return resources_dir().joinpath(*parts)
