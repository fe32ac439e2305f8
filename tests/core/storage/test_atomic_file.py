"""Atomic replacement: a save killed at any moment leaves the old project or the new one."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import load_project, save_project
from digest_gui.core.model import Digest
from digest_gui.core.storage import atomic_file
from digest_gui.core.storage.atomic_file import atomic_write_bytes, atomic_write_text

REPO_ROOT = Path(__file__).resolve().parents[3]
REFERENCE_MARKDOWN = REPO_ROOT / "tests" / "fixtures" / "reference-digest.md"

KILLS = 120
MAX_KILL_DELAY = 0.030
# Generous: each round normally takes about a tenth of a second.
ROUND_TIMEOUT = 20.0

# Saves its two projects in turn, forever, once it has said it is ready.
SAVER_SCRIPT = """\
import sys
from digest_gui.core.formats.project_file import load_project, save_project

first, second, target = sys.argv[1:]
digests = [load_project(first), load_project(second)]
sys.stdout.write("ready\\n")
sys.stdout.flush()
while True:
    for digest in digests:
        save_project(digest, target)
"""


def temporary_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


# ---------------------------------------------------------------------------- plain writes


def test_write_creates_the_file_with_exactly_the_bytes(tmp_path):
    path = tmp_path / "out.bin"

    atomic_write_bytes(path, b"\x00\xff digest\n")

    assert path.read_bytes() == b"\x00\xff digest\n"
    assert os.listdir(tmp_path) == ["out.bin"]


def test_write_replaces_the_old_content_whole(tmp_path):
    path = tmp_path / "out.md"
    path.write_text("旧的内容，比新的长得多。" * 100, encoding="utf-8")

    atomic_write_text(path, "新的\n")

    assert path.read_bytes() == "新的\n".encode()
    assert os.listdir(tmp_path) == ["out.md"]


def test_text_is_written_as_utf8_without_newline_translation(tmp_path):
    path = tmp_path / "out.md"

    atomic_write_text(path, "摘要\r\n详细\n")

    assert path.read_bytes() == "摘要\r\n详细\n".encode()


def test_write_into_a_relative_path_uses_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    atomic_write_text("relative.md", "内容")

    assert (tmp_path / "relative.md").read_text(encoding="utf-8") == "内容"
    assert temporary_files(tmp_path) == []


def test_interrupted_write_removes_its_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "out.md"
    path.write_bytes(b"old")

    def interrupt(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_file.os, "fsync", interrupt)

    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(path, b"new")

    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.md"]


def test_writing_over_a_folder_fails_and_leaves_no_temporary_file(tmp_path):
    folder = tmp_path / "taken"
    folder.mkdir()

    with pytest.raises(OSError):
        atomic_write_bytes(folder, b"data")

    assert folder.is_dir()
    assert os.listdir(tmp_path) == ["taken"]


# ---------------------------------------------------------------------------- crash test


def large_digest(title: str, copies: int) -> Digest:
    """The reference digest repeated, so that one save takes some milliseconds."""
    reference = import_markdown(REFERENCE_MARKDOWN.read_text(encoding="utf-8")).digest
    digest = Digest(title=title, export=reference.export)
    digest.papers = [paper.copy() for _ in range(copies) for paper in reference.papers]
    return digest


def start_saver(script: Path, first: Path, second: Path, target: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, str(script), str(first), str(second), str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
    )


def wait_until_ready(saver: subprocess.Popen[bytes]) -> None:
    assert saver.stdout is not None
    readable, _, _ = select.select([saver.stdout], [], [], ROUND_TIMEOUT)
    line = saver.stdout.readline() if readable else b""
    if line != b"ready\n":
        saver.kill()
        _, errors = saver.communicate()
        pytest.fail(f"the saver did not start: {errors.decode(errors='replace')}")


def wait_until_exists(path: Path) -> None:
    deadline = time.monotonic() + ROUND_TIMEOUT
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} was never written"
        time.sleep(0.001)


def kill_during_saves(saver: subprocess.Popen[bytes], target: Path, delay: float) -> None:
    try:
        wait_until_ready(saver)
        wait_until_exists(target)
        time.sleep(delay)
    finally:
        saver.send_signal(signal.SIGKILL)
        saver.communicate()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_killed_save_always_leaves_one_whole_project(tmp_path):
    a = large_digest("摘要 A", copies=10)
    b = large_digest("摘要 B", copies=10)
    b.papers.reverse()
    sources = tmp_path / "sources"
    sources.mkdir()
    save_project(a, sources / "a.digest")
    save_project(b, sources / "b.digest")
    script = tmp_path / "saver.py"
    script.write_text(SAVER_SCRIPT, encoding="utf-8")
    folder = tmp_path / "project"
    folder.mkdir()
    target = folder / "march.digest"
    rng = random.Random(20240328)
    seen = {"A": 0, "B": 0}

    for _ in range(KILLS):
        saver = start_saver(script, sources / "a.digest", sources / "b.digest", target)
        kill_during_saves(saver, target, rng.uniform(0, MAX_KILL_DELAY))
        assert saver.returncode == -signal.SIGKILL

        loaded = load_project(target)

        assert loaded in (a, b), "a killed save left a project that is neither the old nor the new"
        seen["A" if loaded == a else "B"] += 1

    assert seen["A"] > 0 and seen["B"] > 0, seen
    # A killed save leaves its temporary file behind: some kills did land mid-write,
    # and nothing else was created next to the project.
    assert temporary_files(folder), "no kill interrupted a save; the test proved nothing"
    assert set(os.listdir(folder)) - set(temporary_files(folder)) == {"march.digest"}


def test_a_legal_250_byte_name_saves(tmp_path):
    from digest_gui.core.storage.atomic_file import NAME_MAX

    for name in ("a" * 242 + ".digest", "论" * 81 + ".digest"):  # 249 and 250 bytes
        assert len(name.encode("utf-8")) <= NAME_MAX
        target = tmp_path / name
        atomic_write_text(target, "保存了")
        assert target.read_text(encoding="utf-8") == "保存了"
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        ["a" * 242 + ".digest", "论" * 81 + ".digest"]
    )


def test_writing_to_a_symlink_writes_through_it(tmp_path):
    real = tmp_path / "real" / "digest.html"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "published.html"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink()  # the link stays a link
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["published.html", "real"]


def test_temporaries_left_by_killed_writes_are_removed(tmp_path):
    import os
    import time

    from digest_gui.core.storage.atomic_file import remove_stale_temporaries

    target = tmp_path / "p.digest"
    target.write_text("{}", encoding="utf-8")
    old = tmp_path / ".p.digest.abcd1234.tmp"
    young = tmp_path / ".p.digest.efgh5678.tmp"  # another instance may be writing it now
    other = tmp_path / ".p.digest.notours-at-all.tmp"
    for file in (old, young, other):
        file.write_text("torn", encoding="utf-8")
    hour_ago = time.time() - 3600
    for file in (old, other):
        os.utime(file, (hour_ago, hour_ago))
    assert remove_stale_temporaries(target) == 1
    assert not old.exists() and young.exists() and other.exists() and target.exists()
