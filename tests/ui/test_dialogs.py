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


@pytest.mark.parametrize(("button", "expected"), [("Replace", True), ("Cancel", False)])
def test_replace_read_only_answers(qapp, button, expected):
    missing = _click_later(button)
    assert dialogs.ask_replace_read_only(None, "/tmp/<b>locked</b>.digest") is expected
    assert missing == []


@pytest.mark.parametrize(("button", "expected"), [("Save As…", True), ("Cancel", False)])
def test_save_elsewhere_answers(qapp, button, expected):
    missing = _click_later(button)
    assert dialogs.ask_save_elsewhere(None, "/srv/p.digest: cannot save: Permission denied") is expected
    assert missing == []


@pytest.mark.parametrize(
    ("button", "can_switch", "expected"),
    [
        ("Switch to It", True, Choice.SWITCH),
        ("Open Read-Only", True, Choice.READ_ONLY),
        ("Cancel", True, Choice.CANCEL),
        ("Open Read-Only", False, Choice.READ_ONLY),
    ],
)
def test_project_in_use_answers(qapp, button, can_switch, expected):
    missing = _click_later(button)
    assert dialogs.ask_project_in_use(None, "p.digest", "process 42 on host", can_switch) == expected
    assert missing == []


def test_project_in_use_without_a_window_to_switch_to_offers_no_switch(qapp):
    missing = _click_later("Switch to It")
    assert dialogs.ask_project_in_use(None, "p.digest", "process 42 on elsewhere", False) == Choice.CANCEL
    assert missing == ["Switch to It"]


def test_open_backup_returns_the_chosen_file(qapp):
    from PySide6.QtWidgets import QInputDialog

    def choose() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(10, choose)
            return
        box.setTextValue("Saved 2026-11-25 09:00:00")
        box.accept()

    QTimer.singleShot(0, choose)
    backups = [("Saved 2026-11-26 09:00:00", "/b/new.digest"), ("Saved 2026-11-25 09:00:00", "/b/old.digest")]
    assert dialogs.ask_open_backup(None, "p.digest: line 3: not valid JSON", backups) == "/b/old.digest"


def test_open_backup_shows_the_error_as_plain_text(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QLabel

    formats = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(10, look)
            return
        formats.extend(label.textFormat() for label in box.findChildren(QLabel) if "<img" in label.text())
        box.reject()

    QTimer.singleShot(0, look)
    message = '<img src="/etc/x.png">.digest: not valid JSON'
    assert dialogs.ask_open_backup(None, message, [("Saved 2026-11-26 09:00:00", "/b/new.digest")]) == ""
    assert formats == [Qt.TextFormat.PlainText]
