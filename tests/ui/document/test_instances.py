"""The instance guard: a lock whose process id was reused by another program is stale."""

from __future__ import annotations

import json
import subprocess
import sys

from digest_gui.core.storage.instances import ProjectLocks
from digest_gui.ui.document.instances import InstanceGuard
from digest_gui.ui.document.project import Project


def test_a_live_process_that_is_no_digest_gui_does_not_hold_the_project(qapp, tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    other = Project()
    guard = InstanceGuard(other, locks, other)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        locks.acquire(project_file, "digest-gui-nobody-listens-here")
        file = locks.file_for(project_file)
        file.write_text(json.dumps({**json.loads(file.read_text()), "pid": child.pid}), encoding="utf-8")
        assert locks.holder(project_file) is not None  # by the process id alone it looks held
        assert guard.holder(project_file) is None  # but nobody answers: stale
    finally:
        child.kill()
        child.wait()


def test_a_live_instance_answers_and_holds_it(qapp, tmp_path, qtbot):
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    holder_project, asking_project = Project(), Project()
    holder_guard = InstanceGuard(holder_project, locks, holder_project)
    asking_guard = InstanceGuard(asking_project, locks, asking_project)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        locks.acquire(project_file, holder_guard.server_name)
        file = locks.file_for(project_file)
        file.write_text(json.dumps({**json.loads(file.read_text()), "pid": child.pid}), encoding="utf-8")
        holder = asking_guard.holder(project_file)
        assert holder is not None and holder.server == holder_guard.server_name
        with qtbot.waitSignal(holder_guard.raise_requested, timeout=5000):
            assert asking_guard.switch_to(holder)
    finally:
        child.kill()
        child.wait()
