"""Window tests of the archive: an archive file holding the reference digest, and waiting for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest_gui.core.archive.indexing import archived_sources, index_file
from digest_gui.core.archive.store import archive_path, open_archive
from tests.conftest import FIXTURES


@pytest.fixture
def reference_archived(tmp_path) -> Path:
    """The reference digest, copied into tmp_path and archived there."""
    digest = tmp_path / "2026-03-01.md"
    digest.write_bytes((FIXTURES / "reference-digest.md").read_bytes())
    with open_archive() as archive:
        index_file(archive, digest)
    return digest


def archived_paths() -> list[str]:
    """The sources the user's archive holds now."""
    if not archive_path().exists():
        return []
    with open_archive() as archive:
        return [source.path for source in archived_sources(archive)]
