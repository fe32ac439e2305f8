"""Autosave: unsaved changes reach the recovery file within seconds, and leave with a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.storage.recovery import RecoveryStore
from digest_gui.ui.document import autosave as autosave_module
from digest_gui.ui.document.autosave import Autosave
from digest_gui.ui.document.project import Project


@pytest.fixture
def setup(qapp, tmp_path, reference_text, monkeypatch):
    monkeypatch.setattr(autosave_module, "DELAY_MS", 50)
    project = Project()
    project.new(import_markdown(reference_text).digest)
    store = RecoveryStore(tmp_path / "recovery")
    return project, store, Autosave(project, store)


def test_an_edit_is_written_to_the_recovery_file(setup, qtbot):
    project, store, _autosave = setup
    project.set_field(0, "abstract_zh", "刚写的一句话。")
    qtbot.waitUntil(lambda: len(store.orphans()) == 1, timeout=5000)
    assert store.orphans()[0].load().papers[0].abstract_zh == "刚写的一句话。"


def test_saving_removes_the_recovery_file(setup, qtbot, tmp_path):
    project, store, autosave = setup
    project.set_field(0, "abstract_zh", "x")
    autosave.write_now()
    assert store.orphans()
    project.save(tmp_path / "p.digest")
    autosave.write_now()
    assert store.orphans() == []


def test_undo_back_to_the_saved_state_removes_it(setup, qtbot):
    project, store, autosave = setup
    project.set_field(0, "abstract_zh", "x")
    autosave.write_now()
    project.undo_stack.undo()
    qtbot.waitUntil(lambda: store.orphans() == [], timeout=5000)


def test_the_delay_is_within_the_five_seconds_promised():
    assert autosave_module.DELAY_MS <= 5000


def test_typing_that_goes_on_in_one_undo_step_is_written_too(setup, qtbot):
    project, store, _autosave = setup
    project.set_field(0, "abstract_zh", "第一句。")
    qtbot.waitUntil(lambda: len(store.orphans()) == 1, timeout=5000)
    project.set_field(0, "abstract_zh", "第一句。第二句。")  # merges into the same undo step
    assert project.undo_stack.count() == 1
    qtbot.waitUntil(
        lambda: store.orphans()[0].load().papers[0].abstract_zh == "第一句。第二句。", timeout=5000
    )


def test_changes_that_never_pause_are_still_written(setup, qtbot, monkeypatch):
    # As when drafts land every fraction of a second for minutes: the pause never comes.
    project, store, _autosave = setup
    monkeypatch.setattr(autosave_module, "MAX_DELAY_MS", 300)
    timer = QTimer()
    timer.setInterval(20)
    count = iter(range(10_000))
    timer.timeout.connect(lambda: project.set_field(1, "summary_zh", f"第{next(count)}版"))
    timer.start()
    try:
        qtbot.waitUntil(lambda: len(store.orphans()) == 1, timeout=3000)
    finally:
        timer.stop()


def test_timed_writes_happen_off_the_gui_thread(setup, qtbot, monkeypatch):
    import threading

    project, store, autosave = setup
    threads = []
    real = store.write

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "write", spy)
    project.set_field(0, "abstract_zh", "在后台写入。")
    qtbot.waitUntil(lambda: len(store.orphans()) == 1, timeout=5000)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    autosave.discard()  # waits for the write, then removes the file
    assert store.orphans() == []


def test_two_windows_on_one_project_keep_their_own_recovery(qapp, tmp_path, reference_text):
    # Two instances (two sessions) with the same project: one saving or quitting must not
    # take away the file the other one relies on.
    path = tmp_path / "p.digest"
    store = RecoveryStore(tmp_path / "recovery")
    first, second = Project(), Project()
    for project in (first, second):
        project.new(import_markdown(reference_text).digest)
        project.save(path)
    autosaves = [Autosave(first, store), Autosave(second, store)]
    first.set_field(0, "abstract_zh", "第一个窗口")
    second.set_field(1, "abstract_zh", "第二个窗口")
    for autosave in autosaves:
        autosave.write_now()
    assert autosaves[0].key != autosaves[1].key
    assert len(store.orphans()) == 2
    first.save()
    autosaves[0].write_now()
    autosaves[0].discard()
    left = store.orphans()
    assert [recovery.load().papers[1].abstract_zh for recovery in left] == ["第二个窗口"]
