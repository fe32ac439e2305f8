"""The instance guard: a lock whose process id was reused by another program is stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from digest_gui.core.storage.instances import ProjectLocks
from digest_gui.ui.document.instances import STARTING_S, InstanceGuard
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
        written = time.time() - STARTING_S - 1  # not a starting instance's lock
        os.utime(file, (written, written))
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
    holder_guard.listen()
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


def test_a_starting_instance_is_waited_for_until_it_listens(qapp, tmp_path, qtbot):
    """A window writes its lock when the project opens and listens after its first frame:
    another instance asking in between must not take the young lock for a stale one."""
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
        # The holder starts listening while the asking instance is already waiting for it:
        # the wait blocks this thread, so the holder is made to listen from inside it, at
        # the first look at the lock's age.
        calls = []
        original = locks.age

        def age(path):
            if not calls:
                holder_guard.listen()
            calls.append(path)
            return original(path)

        locks.age = age  # type: ignore[method-assign]
        holder = asking_guard.holder(project_file)
        assert calls, "the young lock was asked again"
        assert holder is not None and holder.server == holder_guard.server_name
    finally:
        child.kill()
        child.wait()


def test_an_unanswered_lock_is_stale_once_it_is_old_enough(qapp, tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    asking_project = Project()
    asking_guard = InstanceGuard(asking_project, locks, asking_project)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        locks.acquire(project_file, "digest-gui-still-starting")
        file = locks.file_for(project_file)
        file.write_text(json.dumps({**json.loads(file.read_text()), "pid": child.pid}), encoding="utf-8")
        written = time.time() - STARTING_S + 0.3  # young for another 0.3 s
        os.utime(file, (written, written))
        started = time.monotonic()
        assert asking_guard.holder(project_file) is None
        assert time.monotonic() - started >= 0.25  # it waited while the lock was young
    finally:
        child.kill()
        child.wait()
