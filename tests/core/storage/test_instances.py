"""Lock files: which running instance holds a project; stale locks never block."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from digest_gui.core.storage.instances import STALE_AFTER_S, ProjectLocks, host_name


def _lock(locks: ProjectLocks, project, pid: int, host: str | None = None) -> None:
    locks.acquire(project, "server-x")
    file = locks.file_for(project)
    data = json.loads(file.read_text(encoding="utf-8"))
    data.update(pid=pid, host=host or host_name())
    file.write_text(json.dumps(data), encoding="utf-8")


def test_a_live_other_instance_holds_the_project(tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project = tmp_path / "p.digest"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _lock(locks, project, child.pid)
        holder = locks.holder(project)
        assert holder is not None and holder.pid == child.pid and holder.server == "server-x"
        assert holder.on_this_host()
        locks.release(project)  # not ours: stays
        assert locks.holder(project) is not None
    finally:
        child.kill()
        child.wait()
    # Its process is gone (a crash): the lock is stale and blocks nothing.
    assert locks.holder(project) is None


def test_our_own_lock_is_no_obstacle_and_release_removes_it(tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project = tmp_path / "p.digest"
    locks.acquire(project, "")
    assert locks.holder(project) is None
    locks.release(project)
    assert not locks.file_for(project).exists()


def test_a_lock_from_another_host_counts_until_it_is_no_longer_refreshed(tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project = tmp_path / "p.digest"
    _lock(locks, project, 1, host="elsewhere.example")
    holder = locks.holder(project)
    assert holder is not None and not holder.on_this_host()
    long_ago = time.time() - STALE_AFTER_S - 10
    os.utime(locks.file_for(project), (long_ago, long_ago))
    assert locks.holder(project) is None


def test_the_host_name_is_the_one_the_system_gives():
    import socket

    assert host_name() == (socket.gethostname() or "localhost")
