"""Saving next to other files: read-only files, links, long names, newer versions, backups."""

from __future__ import annotations

import json
import os
import time

import pytest

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import load_project, save_project
from digest_gui.ui import settings as settings_store
from tests.ui.test_app import _new_window


@pytest.fixture
def window(qtbot, answers, reference_text, tmp_path):
    window = _new_window(qtbot)
    window.project.new(import_markdown(reference_text).digest)
    yield window
    window.project.undo_stack.setClean()
    window.project._unsaved_content = False
    window.autosave.discard()


def test_a_read_only_project_file_is_replaced_only_when_the_user_says_so(window, answers, tmp_path):
    path = tmp_path / "p.digest"
    answers.save_path = str(path)
    assert window.files.save_as()
    path.chmod(0o444)
    before = path.read_bytes()
    window.project.set_field(0, "abstract_zh", "改过的一句话。")
    answers.replace_read_only = False
    assert not window.files.save()
    assert answers.asked[-1] == "replace_read_only"
    assert path.read_bytes() == before
    answers.replace_read_only = True
    assert window.files.save()
    assert load_project(path).papers[0].abstract_zh == "改过的一句话。"
    assert path.stat().st_mode & 0o777 == 0o444  # still protected


def test_a_read_only_export_is_replaced_only_when_the_user_says_so(window, answers, tmp_path, qtbot):
    out = tmp_path / "digest.md"
    out.write_text("mine", encoding="utf-8")
    out.chmod(0o444)
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(out)
    with qtbot.waitSignal(window.files.exports.finished):
        assert window.files.export("md")  # rendered, then refused: the file is read-only
    assert "replace_read_only" in answers.asked
    assert out.read_text(encoding="utf-8") == "mine"
    answers.replace_read_only = True
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export("md")
    assert out.read_text(encoding="utf-8") != "mine"


def test_exports_and_saves_to_a_symlink_write_through_it(window, answers, tmp_path, qtbot):
    real = tmp_path / "site" / "digest.html"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "digest.html"
    link.symlink_to(real)
    window.export_gate.accept_current()  # the example digest's warnings
    answers.save_path = str(link)
    with qtbot.waitSignal(window.files.exported):
        assert window.files.export("html")
    assert link.is_symlink() and "<html" in real.read_text(encoding="utf-8").lower()

    project = tmp_path / "synced" / "p.digest"
    project.parent.mkdir()
    save_project(load_project_or_empty(), project)
    project_link = tmp_path / "p.digest"
    project_link.symlink_to(project)
    answers.save_path = str(project_link)
    assert window.files.save_as()
    assert project_link.is_symlink()
    assert len(load_project(project).papers) == 23


def load_project_or_empty():
    from digest_gui.core.model import Digest

    return Digest(title="empty")


def test_a_legal_250_byte_file_name_saves(window, answers, tmp_path):
    name = "论文" * 40 + "x" * 3 + ".digest"  # 250 bytes in UTF-8
    assert len(name.encode("utf-8")) == 250
    answers.save_path = str(tmp_path / name)
    assert window.files.save_as()
    assert answers.errors == []
    assert len(load_project(tmp_path / name).papers) == 23


def test_a_project_of_a_newer_version_opens_read_only(window, answers, tmp_path):
    path = tmp_path / "future.digest"
    data = {
        "format": "digest-gui-project",
        "version": 7,
        "title": "来自未来",
        "papers": [{"id": "2403.18546", "title_zh": "新版本写的", "future_field": {"x": 1}}],
        "future_top": [1, 2],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    assert window.open_path(str(path))
    assert window.project.read_only and window.project.path == path
    assert window.project.digest.papers[0].title_zh == "新版本写的"
    assert len(answers.infos) == 1 and "newer" in answers.infos[0]
    assert "read-only" in window.windowTitle()
    assert all(field.isReadOnly() for field in window.editor.fields.values())
    # Save never writes over it: it asks for another name (declined here).
    window.project.set_field(0, "summary_zh", "改动")
    answers.save_path = ""
    assert not window.files.save()
    assert answers.asked[-1] == "save_path"
    answers.save_path = str(path)  # the same file chosen again: refused clearly
    assert not window.files.save()
    assert answers.errors and "read-only" in answers.errors[-1]
    assert path.read_bytes() == before
    answers.save_path = str(tmp_path / "copy.digest")
    assert window.files.save()
    assert not window.project.read_only
    assert not any(field.isReadOnly() for field in window.editor.fields.values())
    assert path.read_bytes() == before


def test_a_damaged_project_offers_its_backups(window, answers, tmp_path):
    path = tmp_path / "p.digest"
    answers.save_path = str(path)
    assert window.files.save_as()
    for text in ("第一次", "第二次", "第三次"):
        window.project.set_field(0, "abstract_zh", text)
        assert window.files.save()
    path.write_bytes(path.read_bytes()[:100])  # another tool truncated it
    answers.open_backup = ""
    assert not window.open_path(str(path))
    assert answers.asked[-1] == "open_backup"
    backups = window.files.backups.backups(path)
    assert [load_project(b.file).papers[0].abstract_zh for b in backups][:2] == ["第二次", "第一次"]
    assert len(backups) == 3  # the first save replaced nothing
    answers.open_backup = str(backups[0].file)
    assert window.open_path(str(path))
    assert window.project.path == path and window.project.is_modified()
    assert window.project.digest.papers[0].abstract_zh == "第二次"
    assert window.files.save()
    assert load_project(path).papers[0].abstract_zh == "第二次"


def test_temporaries_of_killed_saves_are_removed_when_the_project_opens(window, answers, tmp_path):
    path = tmp_path / "p.digest"
    answers.save_path = str(path)
    assert window.files.save_as()
    leftover = tmp_path / ".p.digest.k1ll3d00.tmp"
    leftover.write_text('{"torn', encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    assert window.open_path(str(path))
    assert not leftover.exists()


def test_recent_files_are_saved_as_they_change(window, answers, tmp_path):
    path = tmp_path / "p.digest"
    answers.save_path = str(path)
    assert window.files.save_as()
    # Read back without the window ever closing (a crash would not close it).
    assert settings_store.load().recent_files[0] == str(path)


def test_a_start_holds_the_opening_upkeep_until_its_first_frame(window, answers, tmp_path):
    """app.run_window holds the recent files' synced write and the look for leftovers of
    killed saves until the first frame: both are done, once, when released."""
    path = tmp_path / "p.digest"
    save_project(window.project.digest, path)
    leftover = tmp_path / ".p.digest.k1ll3d00.tmp"
    leftover.write_text('{"torn', encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    window.files.hold_upkeep()
    assert window.open_path(str(path))
    assert window.open_path(str(path))  # opened again: still one write when released
    assert window.settings.recent_files[0] == str(path)  # the Recent menu knows at once
    assert str(path) not in settings_store.load().recent_files
    assert leftover.exists()
    window.files.release_upkeep()
    assert settings_store.load().recent_files[0] == str(path)
    assert not leftover.exists()
    # From then on, at once.
    other = tmp_path / "q.digest"
    save_project(window.project.digest, other)
    assert window.open_path(str(other))
    assert settings_store.load().recent_files[:2] == [str(other), str(path)]


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_a_read_only_folder_offers_save_as(tmp_path):
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from tests.conftest import REPO

    nobody = 65534
    work = Path(tempfile.mkdtemp(prefix="digest-gui-as-nobody-"))
    command = [
        sys.executable,
        "-B",
        str(Path(__file__).with_name("read_only_folder_window_check.py")),
        str(work),
    ]
    if os.geteuid() == 0:
        # Root ignores permission bits: the check runs as nobody, in a folder it owns.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to become an ordinary user")
        os.chown(work, nobody, nobody)
        command = [setpriv, f"--reuid={nobody}", f"--regid={nobody}", "--clear-groups", "--", *command]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LC_ALL": "C.UTF-8",
        "HOME": str(work),
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        **{name: str(work / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")},
        "XDG_STATE_HOME": str(work / "xdg_state_home"),
        "XDG_RUNTIME_DIR": str(work),
    }
    try:
        run = subprocess.run(
            command, cwd=work, env=env, capture_output=True, text=True, timeout=120, check=False
        )
    finally:
        for where, _folders, _files in os.walk(work):
            os.chmod(where, 0o755)
        shutil.rmtree(work, ignore_errors=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "read-only folder window check passed" in run.stdout


def test_a_new_project_is_offered_under_its_date_and_exports_follow_it(window, answers, monkeypatch):
    import datetime
    from pathlib import Path

    from digest_gui.core.model import LISTING_DATE_KEY, Digest, Paper
    from digest_gui.ui import dialogs

    offered: list[str] = []

    def ask_save_path(_parent, _title, suggested, _filter):
        offered.append(Path(suggested).name)
        return ""  # Cancel

    monkeypatch.setattr(dialogs, "ask_save_path", ask_save_path)
    window.project.new(Digest(papers=[Paper(id="2501.00001")]))
    window.files.save()  # the first save asks where
    window.files.export("md", checked=True)  # past the quality notice
    today = datetime.date.today().isoformat()
    assert offered == [f"{today}.digest", f"{today}.md"]
    window.project.digest.extra[LISTING_DATE_KEY] = "2024-03-28"  # the listing's day, where known
    window.files.save_as()
    window.files.export("html", checked=True)
    assert offered[2:] == ["2024-03-28.digest", "2024-03-28.html"]
