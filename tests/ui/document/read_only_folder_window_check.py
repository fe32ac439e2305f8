"""Saving into a read-only folder offers Save As and loses nothing: the check, runnable alone.

Root is not stopped by permission bits, so the test runs this file in a subprocess as an
ordinary user when the tests run as root (`python read_only_folder_window_check.py WORK`).
"""

from __future__ import annotations

import sys
from pathlib import Path


def check(work: Path) -> None:
    """Save As into a locked folder: asked to save elsewhere, saved there, nothing left behind."""
    from digest_gui.core.formats.project_file import load_project
    from digest_gui.core.model import Digest, Paper
    from digest_gui.ui import dialogs
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.main_window import MainWindow

    locked = work / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    elsewhere = work / "elsewhere.digest"
    paths = iter([str(locked / "p.digest"), str(elsewhere)])
    asked: list[tuple[str, str]] = []
    dialogs.ask_save_path = lambda *_args: asked.append(("save_path", "")) or next(paths)
    dialogs.ask_save_elsewhere = lambda _parent, message: asked.append(("save_elsewhere", message)) or True
    dialogs.show_error = lambda _parent, _title, message: asked.append(("error", message))

    create_application()
    window = MainWindow(settings_store.load())
    window.project.new(
        Digest(title="t", papers=[Paper(id="2403.18546", title_zh="一个字也不丢")]), unsaved=True
    )
    assert window.files.save_as(), asked
    assert [name for name, _ in asked] == ["save_path", "save_elsewhere", "save_path"], asked
    message = asked[1][1]
    assert "Permission denied" in message and str(locked / "p.digest") in message, message
    assert load_project(elsewhere).papers[0].title_zh == "一个字也不丢"
    assert window.project.path == elsewhere and not window.project.is_modified()
    assert list(locked.iterdir()) == []
    window.autosave.discard()


if __name__ == "__main__":
    check(Path(sys.argv[1]))
    print("read-only folder window check passed")
