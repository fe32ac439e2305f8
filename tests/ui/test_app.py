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
from tests.window_process import polled, running_window


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


def test_a_real_start_writes_the_recent_files_after_its_first_frame(
    tmp_path, private_user_folders, reference_text
):
    """`digest-gui FILE` holds the recent files' write for its first frame, then makes it
    (a crash later in the session still finds the file in the Recent menu)."""
    project = tmp_path / "given.digest"
    save_project(import_markdown(reference_text).digest, project)
    mark = tmp_path / "frame.txt"
    env = {**_env(private_user_folders), "DIGEST_GUI_FIRST_FRAME": str(mark)}
    with running_window([str(project)], env, tmp_path):
        recent = polled(lambda: settings_store.load().recent_files, "the recent files' write")
        assert recent[:1] == [str(project)]
        assert mark.is_file()  # the first frame came


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
    # A QMimeData with HTML, made in Python once the worker has rendered it; then quit.
    window.files.copied.connect(lambda _platform: QTimer.singleShot(0, window.close))
    assert window.files.copy_rich_text("wechat")
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


def _kill_after_autosave(tmp_path, home, project) -> list:
    """Run the typing child on project, SIGKILL it once autosave wrote; return the recovery files."""
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(project)],
        cwd=REPO,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    recovery_dir = home / "xdg_data_home" / "digest-gui" / "recovery"
    try:
        assert child.stdout.readline().strip() == "typed"
        deadline = time.monotonic() + 20
        while not list(recovery_dir.glob("*.recovery.json")) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    files = list(recovery_dir.glob("*.recovery.json"))
    assert files, "no recovery file within the autosave delay"
    return files


@pytest.mark.slow
def test_reopening_the_project_from_the_command_line_offers_the_recovery_and_keeps_it(
    qtbot, answers, tmp_path, private_user_folders, reference_text
):
    project = tmp_path / "p.digest"
    save_project(import_markdown(reference_text).digest, project)
    files = _kill_after_autosave(tmp_path, private_user_folders, project)
    # What double-clicking p.digest does: `digest-gui p.digest`. It must ask, and the
    # recovery file must outlive the autosave delay while the question is open.
    second = subprocess.Popen(
        [sys.executable, "-m", "digest_gui", str(project)],
        cwd=tmp_path,
        env=_env(private_user_folders),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        asked = False
        while not asked and time.monotonic() < deadline and second.poll() is None:
            logs = list(private_user_folders.rglob("digest-gui.log"))
            asked = any("offering the recovery file" in log.read_text(encoding="utf-8") for log in logs)
            time.sleep(0.1)
        assert asked, "no recovery offer when the project was opened from the command line"
        # Longer than the autosave delay that used to remove the file ~2 s after the open.
        until = time.monotonic() + 3.5
        while time.monotonic() < until:
            assert all(file.exists() for file in files)
            time.sleep(0.1)
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait()
    assert all(file.exists() for file in files)  # unanswered: kept for the next time

    # Opened again through File → Open (the recent list and drops use the same path): Restore.
    answers.restore = Choice.RESTORE
    answers.open_path = str(project)
    window = _new_window(qtbot)
    window.files.open()
    assert answers.asked == ["open_path", "restore"]
    assert "崩溃之前写下的一句话。" in window.project.digest.papers[0].abstract_zh
    assert window.project.is_modified()
    assert not any(file.exists() for file in files)  # removed once restored
    window.files.save()
    assert "第三篇的新标题" in load_project(project).papers[2].title_zh


def _crash_leftover(project, text: str, *, with_base: bool = True) -> None:
    """A recovery file for project as a killed instance leaves it (written by another session)."""
    from digest_gui.core.storage.recovery import RecoveryStore, key_for
    from digest_gui.ui.document.project import DiskState

    store = RecoveryStore(settings_store.data_dir() / "recovery")
    digest = load_project(project)
    digest.papers[0].abstract_zh = text
    disk = DiskState.of(project)
    if with_base:
        store.write(
            key_for(str(project), "gone"), digest, str(project), (disk.mtime_ns, disk.size, disk.sha256)
        )
    else:  # as older builds wrote it
        store.write(key_for(str(project), "gone"), digest, str(project))


@pytest.mark.parametrize("how", ["recent", "later-then-recent", "command-line"])
def test_every_way_of_opening_offers_the_recovery(qtbot, answers, tmp_path, reference_text, how):
    project = tmp_path / "p.digest"
    save_project(import_markdown(reference_text).digest, project)
    _crash_leftover(project, "恢复我")
    settings = settings_store.load()
    settings.add_recent(str(project))
    settings_store.save(settings)
    window = _new_window(qtbot)
    if how == "recent":
        answers.restore = Choice.RESTORE
        window.files.open(window.settings.recent_files[0])
    elif how == "later-then-recent":
        answers.restore = Choice.LATER
        open_initial(window, None, interactive=True)  # asked once at the start: Later
        assert answers.asked == ["restore"]
        assert window.project.path == project and not window.project.is_modified()
        answers.restore = Choice.RESTORE
        window.files.open(str(project))  # the recent list, a while later
    else:
        answers.restore = Choice.RESTORE
        open_initial(window, str(project), interactive=True)
    assert answers.asked[-1] == "restore"
    assert window.project.digest.papers[0].abstract_zh == "恢复我"
    assert window.project.path == project


def test_later_keeps_the_recovery_past_the_autosave_delay(
    qtbot, answers, tmp_path, reference_text, monkeypatch
):
    from digest_gui.core.storage.recovery import RecoveryStore
    from digest_gui.ui.document import autosave as autosave_module

    monkeypatch.setattr(autosave_module, "DELAY_MS", 20)
    project = tmp_path / "p.digest"
    save_project(import_markdown(reference_text).digest, project)
    _crash_leftover(project, "还在")
    answers.restore = Choice.LATER
    window = _new_window(qtbot)
    window.files.open(str(project))
    assert answers.asked == ["restore"]
    qtbot.waitUntil(lambda: not window.autosave.pending(), timeout=5000)
    store = RecoveryStore(settings_store.data_dir() / "recovery")
    assert [recovery.load().papers[0].abstract_zh for recovery in store.orphans()] == ["还在"]


@pytest.mark.parametrize("with_base", [True, False])
def test_restore_over_a_newer_file_asks_before_saving(qtbot, answers, tmp_path, reference_text, with_base):
    project = tmp_path / "p.digest"
    save_project(import_markdown(reference_text).digest, project)
    os.utime(project, (time.time() - 60, time.time() - 60))  # saved a minute before the crash
    _crash_leftover(project, "崩溃前的修改", with_base=with_base)
    # Another program (a second window, a sync client) saves a newer file after the crash.
    newer = load_project(project)
    newer.papers[1].abstract_zh = "别处保存的新内容"
    save_project(newer, project)
    answers.restore = Choice.RESTORE
    answers.changed_on_disk = Choice.CANCEL
    window = _new_window(qtbot)
    open_initial(window, None, interactive=True)
    assert window.project.digest.papers[0].abstract_zh == "崩溃前的修改"
    assert window.files.save() is False
    assert answers.asked == ["restore", "changed_on_disk"]
    assert load_project(project).papers[1].abstract_zh == "别处保存的新内容"
    _drop_changes(window)


_SECOND = textwrap.dedent(
    """
    import sys
    from digest_gui.ui import dialogs
    from digest_gui.ui import settings as settings_store
    from digest_gui.ui.app import create_application, open_initial
    from digest_gui.ui.dialogs import Choice
    from digest_gui.ui.main_window import MainWindow

    asked = []
    def in_use(_parent, name, owner, can_switch):
        asked.append(f"{name}|{can_switch}")
        return Choice(sys.argv[2])
    dialogs.ask_project_in_use = in_use
    dialogs.ask_restore = lambda *_args: asked.append("restore") or Choice.LATER
    app = create_application()
    window = MainWindow(settings_store.load())
    window.show()
    open_initial(window, sys.argv[1], interactive=True)
    print(asked, window.files.safeguards.switched_away, bool(window.project.read_only),
          window.project.path is not None, flush=True)
    window.close()  # a clean quit: removes what this instance wrote, nothing of the other's
    """
)

_TYPING_HOLDER = "from digest_gui.logs import start_logging\nstart_logging()\n" + _CHILD


@pytest.mark.slow
def test_a_project_another_instance_holds_is_switched_to_or_viewed_read_only(
    tmp_path, private_user_folders, reference_text
):
    project = tmp_path / "p.digest"
    save_project(import_markdown(reference_text).digest, project)
    env = _env(private_user_folders)
    script = tmp_path / "second.py"
    script.write_text(_SECOND, encoding="utf-8")

    def second(choice: str) -> str:
        run = subprocess.run(
            [sys.executable, str(script), str(project), choice],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    # The first instance: a real window that opened the project and has unsaved typing.
    holder_script = tmp_path / "holder.py"
    holder_script.write_text(_TYPING_HOLDER, encoding="utf-8")
    first = subprocess.Popen(
        [sys.executable, str(holder_script), str(project)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    locks = private_user_folders / "xdg_data_home" / "digest-gui" / "locks"
    recovery_dir = private_user_folders / "xdg_data_home" / "digest-gui" / "recovery"
    try:
        assert first.stdout.readline().strip() == "typed"
        deadline = time.monotonic() + 30
        while not (list(locks.glob("*.lock")) and list(recovery_dir.glob("*.recovery.json"))):
            assert time.monotonic() < deadline, (
                "the first instance recorded neither its project nor its changes"
            )
            time.sleep(0.1)
        lock, recovery = list(locks.glob("*.lock")), list(recovery_dir.glob("*.recovery.json"))
        assert second("read_only") == "['p.digest|True'] False True True"
        # The read-only window quit cleanly: the first instance's lock and recovery are intact.
        assert all(file.exists() for file in lock + recovery)
        assert second("switch") == "['p.digest|True'] True False False"
        logs = list(private_user_folders.rglob("digest-gui.log"))
        assert any(
            "asked this window to come to the front" in log.read_text(encoding="utf-8") for log in logs
        )
        assert first.poll() is None  # the first window lives on, untouched
        assert all(file.exists() for file in lock + recovery)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    # Its lock is stale now (the process is gone): the project opens for editing without the
    # question, and the changes the killed window left are offered (answered Later: kept).
    assert second("cancel") == "['restore'] False False True"
    assert all(file.exists() for file in recovery)


def test_the_imports_done_in_turns_are_those_the_window_completes_with():
    """run_window imports complete()'s heaviest modules ahead, a turn each: they must be
    what complete() imports (else the turns would load something unneeded)."""
    import inspect

    from digest_gui.ui.main_window import HEAVY_LATER, MainWindow

    source = inspect.getsource(MainWindow.complete)
    for name in HEAVY_LATER:
        assert f"from {name} import" in source
