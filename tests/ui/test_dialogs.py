"""The questions themselves: each button gives its answer (a timer clicks it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from digest_gui.ui import dialogs
from digest_gui.ui.dialogs import Choice


def _click_later(text: str) -> list[str]:
    """Click the button labelled text once the box is up; never leave a box open."""
    missing: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        missing.append(text)
        box.reject()

    QTimer.singleShot(0, click)
    return missing


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("Save As…", Choice.SAVE_AS),
        ("Overwrite", Choice.OVERWRITE),
        ("Reload", Choice.RELOAD),
        ("Cancel", Choice.CANCEL),
    ],
)
def test_changed_on_disk_answers(qapp, button, expected):
    missing = _click_later(button)
    assert dialogs.ask_changed_on_disk(None, "today.digest") == expected
    assert missing == []


@pytest.mark.parametrize(
    ("button", "expected"),
    [("Restore", Choice.RESTORE), ("Discard", Choice.DISCARD), ("Later", Choice.LATER)],
)
def test_restore_answers(qapp, button, expected):
    missing = _click_later(button)
    assert dialogs.ask_restore(None, "today.digest", "2026-11-26 05:00:00") == expected
    assert missing == []
