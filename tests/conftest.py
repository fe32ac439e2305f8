"""Shared test set-up: headless Qt and private folders for every test."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest
from hypothesis import settings as hypothesis_settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

# Set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis keeps its example database and caches in the user's cache folder, never in
# the checkout (where a `.hypothesis/` would be one more thing to ignore and to clean).
HYPOTHESIS_HOME = platformdirs.user_cache_path("digest-gui-tests", appauthor=False) / "hypothesis"
set_hypothesis_home_dir(HYPOTHESIS_HOME)
# CI: the same examples every run (a failure is reproducible from its log, print_blob),
# nothing remembered between runs, and no deadline on a loaded machine.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
# A developer's run: random examples, and the failures found are tried first next time.
hypothesis_settings.register_profile(
    "dev", database=DirectoryBasedExampleDatabase(HYPOTHESIS_HOME / "examples")
)
hypothesis_settings.load_profile(
    "ci" if os.environ.get("CI", "").lower() not in ("", "0", "false", "no") else "dev"
)

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
