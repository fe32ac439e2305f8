"""PySide6's per-module check gives the same answers, without keeping every module's source."""

from __future__ import annotations

import linecache
import sys

import digest_gui.ui.main_window  # noqa: F401  (the window's modules, imported as at start)
from digest_gui.ui.qt_imports import speed_up_pyside_imports


def test_the_check_is_replaced_and_answers_as_pysides_own():
    assert speed_up_pyside_imports()
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "digest_gui", False)
    import digest_gui.core.model
    import digest_gui.ui.editor.paper_editor

    assert check(digest_gui.ui.editor.paper_editor) is True
    assert check(digest_gui.core.model) is False
    assert check(sys) is False  # a built-in module: PySide6's own answer


def test_the_window_modules_sources_are_not_kept_in_memory():
    import digest_gui.ui.preview.view as view

    assert view.__file__ not in linecache.cache
