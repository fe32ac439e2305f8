"""Shared test set-up: headless Qt and private folders for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """Point every config, data and cache folder at a temporary one: no test touches the user's."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(home))
    # No test reaches arXiv: anything not pointed at a test server meets a closed port.
    monkeypatch.setenv("DIGEST_GUI_ARXIV_API", "http://127.0.0.1:9/api/query")
    monkeypatch.setenv("DIGEST_GUI_ARXIV_RSS", "http://127.0.0.1:9/rss/")
    yield home
    # A test that set up logging (the window, the command line) wrote under its own home;
    # the file is closed before that folder goes.
    from digest_gui.logs import shutdown_logging

    shutdown_logging()


@pytest.fixture
def reference_text() -> str:
    """The reference digest, the first golden file of the export."""
    return (FIXTURES / "reference-digest.md").read_text(encoding="utf-8")
