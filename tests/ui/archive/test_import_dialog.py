"""File → Import Folder into Archive…: progress, Cancel, and the unreadable files listed."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from digest_gui.core.archive import folder_import
from digest_gui.ui.archive import import_dialog
from tests.archive_papers import topic_digest
from tests.core.archive.conftest import write_digest
from tests.ui.archive.conftest import archived_paths


def a_folder(tmp_path, days: int = 4):
    folder = tmp_path / "site"
    for day in range(days):
        write_digest(
            folder / f"2026-01-{day + 1:02d}.md", topic_digest("robotics", 3, seed=day, first_number=day * 10)
        )
    (folder / "notes.md").write_text("just notes\n", encoding="utf-8")
    return folder


def start_import(window, monkeypatch, folder):
    monkeypatch.setattr(import_dialog, "ask_archive_folder", lambda _parent, _start: str(folder))
    window.action_registry["importArchiveFolder"].trigger()
    dialog = window.archive.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_folder_is_imported_with_progress_and_unreadable_files_listed(window, qtbot, monkeypatch, tmp_path):
    folder = a_folder(tmp_path)
    dialog = start_import(window, monkeypatch, folder)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert dialog.bar.value() == dialog.bar.maximum() == 5
    assert dialog.state.text() == "5 files: 4 added, 0 updated, 0 unchanged, 1 could not be read"
    assert dialog.unreadable.isVisible()
    assert dialog.unreadable.toPlainText().startswith(f"{folder / 'notes.md'}\tline ")
    assert len(archived_paths()) == 4
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    dialog.reject()
    assert not dialog.isVisible()


def test_cancel_stops_the_import_and_keeps_what_was_imported(window, qtbot, monkeypatch, tmp_path):
    folder = a_folder(tmp_path)
    entered, clicked = threading.Event(), threading.Event()
    real_add = folder_import.add_file

    def add_then_wait(indexer, path):
        state = real_add(indexer, path)
        entered.set()
        clicked.wait(10)  # the first file is in; the user clicks Cancel meanwhile
        return state

    monkeypatch.setattr(folder_import, "add_file", add_then_wait)
    dialog = start_import(window, monkeypatch, folder)
    qtbot.waitUntil(entered.is_set, timeout=10000)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.state.text() == "Cancelling…"
    clicked.set()
    qtbot.waitUntil(
        lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None, timeout=20000
    )
    assert dialog.state.text() == "Cancelled; the files imported so far stay in the archive."
    assert len(archived_paths()) == 1
