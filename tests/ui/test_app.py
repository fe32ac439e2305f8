"""Starting the application: what opens first, screenshots, and recovery after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtGui import QImage

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import load_project, save_project
from digest_gui.ui import settings as settings_store
from digest_gui.ui.app import create_application, open_initial
from digest_gui.ui.dialogs import Choice
from digest_gui.ui.main_window import MainWindow
from tests.conftest import FIXTURES, REPO


def _env(home) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def _new_window(qtbot) -> MainWindow:
    create_application()
    window = MainWindow(settings_store.load())
    qtbot.addWidget(window)
    return window


def _drop_changes(window: MainWindow) -> None:
    window.project.undo_stack.setClean()
    window.project._unsaved_content = False
    window.autosave.discard()


def test_screenshot_draws_the_window_and_exits(tmp_path, private_user_folders):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "digest_gui", "--screenshot", str(out), "--size", "1200x800"],
        cwd=tmp_path,
        env=_env(private_user_folders),
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # A drawn window, not a blank rectangle: many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 800, 23)}
    assert len(colours) > 20
    # No recovery file or settings change is left behind by a screenshot.
    assert not list((private_user_folders / "xdg_data_home").rglob("*.recovery.json"))


def test_a_project_given_on_the_command_line_opens(qtbot, answers, tmp_path, reference_text):
    path = tmp_path / "given.digest"
    save_project(import_markdown(reference_text).digest, path)
    window = _new_window(qtbot)
    open_initial(window, str(path), interactive=True)
    assert window.project.path == path
    assert not window.project.is_modified()


def test_a_digest_given_on_the_command_line_is_imported(qtbot, answers):
    window = _new_window(qtbot)
    open_initial(window, str(FIXTURES / "reference-digest.md"), interactive=True)
    assert window.project.path is None
    assert window.project.model.rowCount() == 23
    assert window.project.is_modified()
    _drop_changes(window)


def test_later_starts_reopen_the_last_project(qtbot, answers, tmp_path, reference_text):
    path = tmp_path / "yesterday.digest"
    save_project(import_markdown(reference_text).digest, path)
    settings = settings_store.load()
    settings.add_recent(str(path))
    settings_store.save(settings)
    window = _new_window(qtbot)
    open_initial(window, None, interactive=True)
    assert window.project.path == path


_CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application
    from digest_gui.ui.main_window import MainWindow
    from tests.ui.conftest import commit_text

    app = create_application()
    window = MainWindow(settings_store.load())
    window.show()
    window.open_path(sys.argv[1])
    field = window.editor.fields["abstract_zh"]
    field.setFocus()
    commit_text(field, "崩溃之前写下的一句话。")
    window.list_pane.select_row(2)
    commit_text(window.editor.fields["title_zh"], "第三篇的新标题")
    print("typed", flush=True)
    app.exec()
    """
)


@pytest.mark.slow
def test_changes_survive_a_kill_and_are_restored_at_the_next_start(
    qtbot, answers, tmp_path, private_user_folders, reference_text
):
    project = tmp_path / "work.digest"
    save_project(import_markdown(reference_text).digest, project)
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(project)],
        cwd=REPO,
        env=_env(private_user_folders),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
        recovery_dir = private_user_folders / "xdg_data_home" / "digest-gui" / "recovery"
        deadline = time.monotonic() + 20
        while not list(recovery_dir.glob("*.recovery.json")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list(recovery_dir.glob("*.recovery.json")), "no recovery file within the autosave delay"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    # The project file itself was never saved.
    assert load_project(project).papers[0].abstract_zh != "崩溃之前写下的一句话。"

    answers.restore = Choice.RESTORE
    window = _new_window(qtbot)
    open_initial(window, None, interactive=True)
    assert answers.asked == ["restore"]
    papers = window.project.digest.papers
    assert "崩溃之前写下的一句话。" in papers[0].abstract_zh
    assert "第三篇的新标题" in papers[2].title_zh
    assert window.project.path == project
    assert window.project.is_modified()
    window.files.save()
    assert "第三篇的新标题" in load_project(project).papers[2].title_zh


@pytest.mark.parametrize("choice", [Choice.DISCARD, Choice.LATER])
def test_declined_recovery_is_discarded_or_kept(qtbot, answers, tmp_path, choice):
    from digest_gui.core.storage.recovery import RecoveryStore

    store = RecoveryStore(settings_store.data_dir() / "recovery")
    digest = import_markdown((FIXTURES / "reference-digest.md").read_text(encoding="utf-8")).digest
    store.write("untitled-old", digest, None)
    answers.restore = choice
    window = _new_window(qtbot)
    open_initial(window, None, interactive=True)
    assert answers.asked == ["restore"]
    assert len(store.orphans()) == (0 if choice == Choice.DISCARD else 1)
    assert window.project.digest.title  # the example digest opened instead


_COPY_AND_QUIT = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application, load_example
    from digest_gui.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(settings_store.load())
    load_example(window.project)
    window.show()
    window.list_pane.select_row(2)
    window.list_pane.copy_links()
    window.files.copy_markdown()
    QTimer.singleShot(0, window.close)
    raise SystemExit(app.exec())
    """
)


def test_the_app_quits_cleanly_after_using_the_clipboard(tmp_path, private_user_folders):
    script = tmp_path / "quit.py"
    script.write_text(_COPY_AND_QUIT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=REPO,
        env=_env(private_user_folders),
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_project_double_clicked_while_running_opens_on_macos(qtbot, answers, tmp_path, reference_text):
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from digest_gui.ui.app import _FileOpenFilter

    path = tmp_path / "clicked.digest"
    save_project(import_markdown(reference_text).digest, path)
    window = _new_window(qtbot)
    app = QApplication.instance()
    opener = _FileOpenFilter(window, app)
    app.installEventFilter(opener)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(path)))
    finally:
        app.removeEventFilter(opener)
    assert window.project.path == path
