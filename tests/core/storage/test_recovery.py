"""Recovery files: what a crash leaves behind, found again at the next start."""

from __future__ import annotations

import os
import subprocess
import sys

from digest_gui.core.model import Digest, Paper
from digest_gui.core.storage.recovery import RecoveryStore, key_for


def _digest(text: str) -> Digest:
    return Digest(title="t", papers=[Paper(id="2403.18546", title_zh=text)])


def test_written_recovery_of_a_dead_process_is_an_orphan(tmp_path):
    store = RecoveryStore(tmp_path)
    key = key_for("/home/u/today.digest", "s1")
    store.write(key, _digest("未保存的一句话"), "/home/u/today.digest")
    # Our own process is alive, but its files count: this is how a restart in the same
    # process (tests) sees them. A live *other* process keeps its files.
    orphans = store.orphans()
    assert [o.original_path for o in orphans] == ["/home/u/today.digest"]
    assert orphans[0].load().papers[0].title_zh == "未保存的一句话"


def test_files_of_another_running_process_are_left_alone(tmp_path):
    store = RecoveryStore(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        store.write("untitled-x", _digest("a"), None)
        file = store.file_for("untitled-x")
        text = file.read_text(encoding="utf-8").replace(f'"pid": {os.getpid()}', f'"pid": {child.pid}')
        file.write_text(text, encoding="utf-8")
        assert store.orphans() == []
    finally:
        child.kill()
        child.wait()
    assert len(store.orphans()) == 1


def test_discard_and_unreadable_files(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("k", _digest("a"), None)
    (tmp_path / "junk.recovery.json").write_text("{not json", encoding="utf-8")
    assert len(store.orphans()) == 1
    store.discard("k")
    store.discard("k")  # twice is fine
    assert store.orphans() == []


def test_keys_differ_per_file_and_per_untitled_session():
    assert key_for("/a.digest", "s") != key_for("/b.digest", "s")
    assert key_for(None, "s1") != key_for(None, "s2")
    # Per running instance: two windows on one project never remove each other's file.
    assert key_for("/a.digest", "s1") != key_for("/a.digest", "s2")


def test_temporaries_of_killed_recovery_writes_are_removed(tmp_path):
    import time

    store = RecoveryStore(tmp_path)
    store.write("k", _digest("a"), None)
    leftover = tmp_path / ".k.recovery.json.zz99yy88.tmp"
    leftover.write_text('{"torn', encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    store.remove_stale_temporaries()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.recovery.json"]


def test_a_lone_surrogate_or_a_nan_does_not_stop_the_recovery_file(tmp_path):
    import json

    store = RecoveryStore(tmp_path / "recovery")
    digest = Digest(
        title="标题\ud800",
        papers=[Paper(id="2403.18546", summary_zh="总结\udc00", extra={"w": float("nan")})],
    )
    file = store.write("k", digest, None)

    def refuse(name: str):
        raise AssertionError(f"{name} written: not JSON")

    raw = json.loads(file.read_text(encoding="utf-8"), parse_constant=refuse)
    assert raw["project"]["papers"][0]["w"] is None
    (found,) = store.orphans()
    assert found.load().papers[0].summary_zh == "总结\ufffd"
