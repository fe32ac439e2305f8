"""An archive in a temporary folder, and digests written as real files to put in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest_gui.core.archive.store import open_archive
from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.model import Digest


@pytest.fixture
def archive(tmp_path):
    with open_archive(tmp_path / "archive.sqlite3", timeout=0.2) as opened:
        yield opened


def write_digest(path: Path, digest: Digest) -> Path:
    """The digest exported as Markdown at path (folders made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(export_markdown(digest), encoding="utf-8")
    return path
