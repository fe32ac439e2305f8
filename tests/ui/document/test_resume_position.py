"""Reopening a project, or restoring it after a crash, comes back to where the user was."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.storage.recovery import RecoveryStore, key_for
from digest_gui.ui import settings as settings_store
from digest_gui.ui.app import create_application
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.document.project import DiskState
from digest_gui.ui.document.resume_position import FILE_NAME, Position, PositionStore
from digest_gui.ui.main_window import MainWindow


def _window(qtbot, size=(1280, 720)) -> MainWindow:
    create_application()
    window = MainWindow(settings_store.load())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def project_file(tmp_path, reference_text):
    path = tmp_path / "day.digest"
    save_project(import_markdown(reference_text).digest, path)
    return path


def _leave_at(window, qtbot, row: int, field: str, cursor: int):
    """Select a paper, click into a field and put the cursor somewhere, as a user does."""
    window.list_pane.select_row(row)
    edit = window.editor.fields[field]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    text_cursor = edit.textCursor()
    text_cursor.setPosition(cursor)
    edit.setTextCursor(text_cursor)


def _leave_scrolled(window, qtbot, project_file) -> tuple[str, int, float]:
    """Open the project, leave the cursor in paper 6's Chinese abstract and the preview
    scrolled 150 px further; where the preview is, as scroll_anchor() gives it."""
    assert window.open_path(str(project_file))
    _leave_at(window, qtbot, 6, "abstract_zh", 12)
    view = window.preview.view()
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 150)
    return view.scroll_anchor()


def _positions_file():
    return settings_store.data_dir() / FILE_NAME


def test_reopening_returns_to_the_paper_field_cursor_and_preview(qtbot, answers, project_file):
    window = _window(qtbot)
    left = _leave_scrolled(window, qtbot, project_file)
    paper_id = window.project.digest.papers[6].id
    window.close()
    assert json.loads(_positions_file().read_text(encoding="utf-8"))["projects"][str(project_file)][
        "paper"
    ] == (paper_id)

    again = _window(qtbot)
    assert again.open_path(str(project_file))
    qtbot.waitUntil(lambda: again.list_pane.current_row() == 6)
    field = again.editor.fields["abstract_zh"]
    qtbot.waitUntil(field.hasFocus)
    assert field.textCursor().position() == 12
    assert again.preview.view().scroll_anchor() == left
    again.close()


def test_the_paper_is_found_by_its_id_when_papers_moved(qtbot, answers, project_file):
    window = _window(qtbot)
    window.open_path(str(project_file))
    window.list_pane.select_row(4)
    paper_id = window.project.digest.papers[4].id
    window.list_pane.view.setFocus()
    window.close()
    # Another tool moved the paper to the top meanwhile.
    from digest_gui.core.formats.project_file import load_project

    digest = load_project(project_file)
    digest.papers.insert(0, digest.papers.pop(4))
    save_project(digest, project_file)
    again = _window(qtbot)
    again.open_path(str(project_file))
    qtbot.waitUntil(lambda: again.list_pane.current_row() == 0)
    assert again.project.digest.papers[0].id == paper_id
    # Picked in the list, not typed in a field: no field takes the focus.
    assert not any(field.hasFocus() for field in again.editor.fields.values())
    again.close()


def test_restoring_after_a_crash_returns_to_where_the_user_was(qtbot, answers, project_file):
    window = _window(qtbot)
    window.open_path(str(project_file))
    _leave_at(window, qtbot, 9, "title_zh", 3)
    # The position is written a moment after the move, as unsaved text is: a crash keeps it.
    qtbot.waitUntil(_positions_file().exists, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            json.loads(_positions_file().read_text(encoding="utf-8"))["projects"][str(project_file)]["row"]
            == 9
        )
    )
    # The crash: a recovery file left by an instance that is gone, and no clean close.
    digest = window.project.digest.copy()
    digest.papers[9].title_zh = "崩溃前改的标题"
    disk = DiskState.of(project_file)
    RecoveryStore(settings_store.data_dir() / "recovery").write(
        key_for(str(project_file), "gone"), digest, str(project_file), (disk.mtime_ns, disk.size, disk.sha256)
    )
    window.autosave.discard()
    window.hide()

    answers.restore = Choice.RESTORE
    again = _window(qtbot)
    again.files.open(str(project_file))
    assert answers.asked[-1] == "restore"
    qtbot.waitUntil(lambda: again.list_pane.current_row() == 9)
    field = again.editor.fields["title_zh"]
    qtbot.waitUntil(field.hasFocus)
    assert field.toPlainText() == "崩溃前改的标题"
    assert field.textCursor().position() == 3
    answers.save_changes = Choice.DISCARD
    again.close()


def test_an_untitled_project_and_a_broken_file_leave_the_first_paper(qtbot, answers, tmp_path):
    _positions_file().parent.mkdir(parents=True, exist_ok=True)
    _positions_file().write_text("{not json", encoding="utf-8")
    window = _window(qtbot)
    window.project.new(window.project.digest.copy())
    QApplication.processEvents()
    assert window.list_pane.current_row() in (0, -1)
    assert PositionStore(settings_store.data_dir()).get("/nowhere") is None


def test_the_store_forgets_the_oldest_projects(tmp_path, monkeypatch):
    from digest_gui.ui.document import resume_position

    monkeypatch.setattr(resume_position, "MAX_PROJECTS", 3)
    store = PositionStore(tmp_path)
    for number in range(5):
        store.put(f"/p{number}", Position(paper=str(number), row=number))
    assert store.get("/p0") is None and store.get("/p1") is None
    assert store.get("/p4").row == 4
    assert Position.from_data({"row": "x"}) is None
    assert Position.from_data({"field": "status"}).field == ""


def test_a_real_start_keeps_the_preview_where_reopening_put_it(qtbot, answers, project_file):
    from digest_gui.ui.first_frame import FirstPaint

    window = _window(qtbot)
    left = _leave_scrolled(window, qtbot, project_file)
    window.close()

    # As run_window starts: the first frame's part, the rest after its first paint.
    again = MainWindow(settings_store.load(), deferred=True)
    qtbot.addWidget(again)
    FirstPaint(again.preview.view().viewport()).then(again.complete)
    again.resize(1280, 720)
    again.show()
    assert again.open_path(str(project_file))
    qtbot.waitUntil(lambda: again.list_pane.current_row() == 6)
    qtbot.waitUntil(again.is_complete)
    qtbot.wait(50)
    assert again.preview.view().scroll_anchor() == left
    again.close()
