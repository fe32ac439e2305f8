"""The instance guard: a lock whose process id was reused by another program is stale; a
starting instance, which listens only after its first frame, is waited for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from digest_gui.core.storage.instances import ProjectLocks
from digest_gui.ui.document.instances import STARTING_S, InstanceGuard
from digest_gui.ui.document.project import Project


@contextmanager
def held_by_a_live_process(
    locks: ProjectLocks, project_file: Path, server: str, age: float = 0.0
) -> Iterator[Path]:
    """The project's lock naming `server`, written `age` seconds ago by a process that is alive
    (another program's, not a digest-gui: only the socket tells them apart); its lock file."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        locks.acquire(project_file, server)
        file = locks.file_for(project_file)
        file.write_text(json.dumps({**json.loads(file.read_text()), "pid": child.pid}), encoding="utf-8")
        if age:
            written = time.time() - age
            os.utime(file, (written, written))
        yield file
    finally:
        child.kill()
        child.wait()


def guard(locks: ProjectLocks) -> InstanceGuard:
    project = Project()
    return InstanceGuard(project, locks, project)


def test_a_live_process_that_is_no_digest_gui_does_not_hold_the_project(qapp, tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    asking = guard(locks)
    with held_by_a_live_process(locks, project_file, "digest-gui-nobody-listens-here", age=STARTING_S + 1):
        assert locks.holder(project_file) is not None  # by the process id alone it looks held
        assert asking.holder(project_file) is None  # but nobody answers: stale


def test_a_live_instance_answers_and_holds_it(qapp, tmp_path, qtbot):
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    holding, asking = guard(locks), guard(locks)
    holding.listen()
    with held_by_a_live_process(locks, project_file, holding.server_name):
        holder = asking.holder(project_file)
        assert holder is not None and holder.server == holding.server_name
        with qtbot.waitSignal(holding.raise_requested, timeout=5000):
            assert asking.switch_to(holder)


def test_a_starting_instance_is_waited_for_until_it_listens(qapp, tmp_path):
    """A window writes its lock when the project opens and listens after its first frame:
    another instance asking in between must not take the young lock for a stale one."""
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    holding, asking = guard(locks), guard(locks)
    # The holder starts listening while the asking instance is already waiting for it: the
    # wait blocks this thread, so the holder is made to listen from inside it, at the first
    # look at the lock's age.
    looks = []
    age = locks.age

    def age_then_listen(path):
        if not looks:
            holding.listen()
        looks.append(path)
        return age(path)

    locks.age = age_then_listen  # type: ignore[method-assign]
    with held_by_a_live_process(locks, project_file, holding.server_name):
        holder = asking.holder(project_file)
    assert looks, "the young lock was asked again"
    assert holder is not None and holder.server == holding.server_name


def test_an_unanswered_lock_is_stale_once_it_is_old_enough(qapp, tmp_path):
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    asking = guard(locks)
    # Young for another 0.3 s: asked again meanwhile, then stale.
    with held_by_a_live_process(locks, project_file, "digest-gui-still-starting", age=STARTING_S - 0.3):
        started = time.monotonic()
        assert asking.holder(project_file) is None
        assert time.monotonic() - started >= 0.25  # it waited while the lock was young


def test_a_window_that_cannot_listen_says_so_in_its_lock(qapp, tmp_path):
    """Its socket refused (here a name longer than a socket's path may be): the lock then
    names no socket, so that another instance does not wait for an answer that cannot come."""
    locks = ProjectLocks(tmp_path / "locks")
    project_file = tmp_path / "p.digest"
    holding = guard(locks)
    holding.server_name = "digest-gui-" + "x" * 300
    holding._acquire(project_file)  # the lock is written when the project opens
    assert json.loads(locks.file_for(project_file).read_text())["server"] == holding.server_name

    holding.listen()

    assert holding.server_name == ""
    assert json.loads(locks.file_for(project_file).read_text())["server"] == ""
