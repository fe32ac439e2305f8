"""Crash protection never fails silently: a notice stays while the recovery file cannot be written."""

from __future__ import annotations

import pytest

from digest_gui.core.formats.project_file import load_project
from digest_gui.core.storage.recovery import RecoveryStore
from digest_gui.ui.document import autosave as autosave_module


@pytest.fixture
def fast_autosave(monkeypatch):
    monkeypatch.setattr(autosave_module, "DELAY_MS", 50)
    monkeypatch.setattr(autosave_module, "RETRY_MS", 100)


def test_a_lone_surrogate_typed_then_saved_saves(window, qtbot, tmp_path, fast_autosave):
    path = tmp_path / "p.digest"
    assert window.files._save_to(path)
    window.project.set_field(0, "summary_zh", "半个字符\ud800在这里")  # where typing enters

    assert window.files.save()

    assert load_project(path).papers[0].summary_zh == "半个字符\ufffd在这里"
    assert window.autosave.last_error == ""
    assert not window.autosave_notice.isVisible()


def test_unwritable_recovery_folder_shows_a_notice_until_writing_works(
    window, qtbot, tmp_path, fast_autosave
):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    store = RecoveryStore(blocker / "recovery")  # as root, only this cannot be written
    attempts = []
    write = store.write
    store.write = lambda *args: attempts.append(1) or write(*args)
    window.autosave.store = store
    notice = window.autosave_notice

    window.project.set_field(0, "summary_zh", "没有保存的一句话")

    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "Crash protection is off" in notice.label.text()
    assert "Not a directory" in notice.label.text()
    # Still there after more tries: the retries fail too, and the notice stays.
    qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=5000)
    assert notice.isVisible()

    blocker.unlink()  # room again: the next retry writes, with no edit needed

    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    (found,) = window.autosave.store.orphans()
    assert found.load().papers[0].summary_zh == "没有保存的一句话"


def test_a_failing_discard_on_close_is_no_traceback(window, qtbot, tmp_path, fast_autosave):
    blocker = tmp_path / "data"
    blocker.write_text("x", encoding="utf-8")
    window.autosave.store = RecoveryStore(blocker / "recovery")
    window.autosave.discard()  # the recovery folder cannot even be looked at: nothing to remove
    assert window.autosave.last_error == ""


def test_an_unforeseen_error_in_the_writer_shows_the_notice_too(window, qtbot, fast_autosave, monkeypatch):
    def broken(*_args):
        raise RuntimeError("the writer broke")

    monkeypatch.setattr(window.autosave.store, "write", broken)
    window.project.set_field(0, "summary_zh", "一句话")
    qtbot.waitUntil(window.autosave_notice.isVisible, timeout=5000)
    assert "the writer broke" in window.autosave_notice.label.text()


def test_a_surrogate_in_a_replaced_paper_keeps_crash_protection_and_save_working(window, tmp_path):
    path = tmp_path / "p.digest"
    assert window.files._save_to(path)
    paper = window.project.model.paper(2).copy()
    paper.abstract_zh = "模型的回答\udc80"  # a result that bypassed the boundary cleaning
    window.project.replace_paper(2, paper, "draft")
    window.autosave.write_now()
    assert window.autosave.last_error == ""
    assert window.files.save()
    assert load_project(path).papers[2].abstract_zh == "模型的回答\ufffd"
