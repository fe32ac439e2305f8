"""The Hypothesis profiles of tests/conftest.py: reproducible in CI, nothing kept in the checkout."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings
from hypothesis.configuration import storage_directory
from hypothesis.database import DirectoryBasedExampleDatabase

from tests.conftest import HYPOTHESIS_HOME, REPO


def test_both_profiles_are_registered():
    ci = settings.get_profile("ci")
    assert ci.derandomize and ci.database is None and ci.deadline is None and ci.print_blob
    dev = settings.get_profile("dev")
    assert isinstance(dev.database, DirectoryBasedExampleDatabase)


def test_the_profile_in_use_follows_the_ci_variable():
    in_ci = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
    assert settings.default.derandomize is in_ci
    assert (settings.default.database is None) is in_ci


def test_examples_and_caches_live_outside_the_checkout():
    assert not HYPOTHESIS_HOME.resolve().is_relative_to(REPO)
    for name in ("examples", "unicode_data", "constants"):
        storage = storage_directory(name, intent_to_write=False)
        # A Path in older Hypothesis releases, an object holding one (.path) in newer ones.
        where = Path(getattr(storage, "path", storage)).resolve()
        assert where.is_relative_to(HYPOTHESIS_HOME.resolve()), where
