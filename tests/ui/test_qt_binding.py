"""The Qt binding itself: a release that corrupts the interpreter must not pass."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_returning_nothing_keep_references_to_none(qtbot):
    # PySide6 6.12.0 on Python 3.11 lost one reference to None per such call, which
    # aborts the interpreter ("none_dealloc") after a few thousand calls.
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) - before < 100
