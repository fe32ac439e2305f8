"""The About text: what this build is made of."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from digest_gui import APP_NAME, version


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def about_text() -> str:
    """One paragraph naming the app's version and those of Qt, PySide6 and arxiv."""
    return "\n".join(
        (
            f"{APP_NAME} {version()}",
            QCoreApplication.translate("about", "Write bilingual (English/Chinese) digests of arXiv papers."),
            "",
            f"Qt {qVersion()} · PySide6 {pyside_version} · arxiv {html.escape(_version('arxiv'))}"
            f" · Markdown {_version('markdown')}",
        )
    )
