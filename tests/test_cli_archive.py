"""`digest-gui archive ...` and `digest-gui listing --rank`, run in-process as a user types them."""

from __future__ import annotations

import json
import sqlite3

from digest_gui.core.archive.store import archive_path
from digest_gui.core.formats.project_file import save_project
from tests import test_cli
from tests.archive_papers import topic_digest
from tests.conftest import FIXTURES
from tests.core.archive.conftest import write_digest

# The command runner and the fake listing server of tests/test_cli.py, as fixtures here.
run = test_cli.run
feeds = test_cli.feeds


def site(tmp_path, days: int = 3):
    folder = tmp_path / "site"
    for day in range(days):
        write_digest(
            folder / f"2026-02-{day + 1:02d}.md", topic_digest("proteins", 4, seed=day, first_number=day * 10)
        )
    (folder / "README.md").write_text("# My digests\n\nOne a day.\n", encoding="utf-8")
    save_project(topic_digest("robotics", 2, seed=50, first_number=500), folder / "draft.digest")
    return folder


def test_archive_import_lists_progress_and_unreadable_files(run, tmp_path):
    folder = site(tmp_path)
    ran = run("archive", "import", str(folder))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode().splitlines() == [
        f"{folder / 'README.md'}\tunreadable: line 3: expected the table header "
        "'| Ref | Title | Summary |', found 'One a day.'"
    ]
    assert b"archive: 5/5 files" in ran.stderr
    assert b"5 files: 4 added, 0 updated, 0 unchanged, 1 unreadable" in ran.stderr
    assert archive_path().exists()
    again = run("archive", "import", str(folder))
    assert b"5 files: 0 added, 0 updated, 4 unchanged, 1 unreadable" in again.stderr


def test_archive_search_prints_matches_grouped_by_digest(run, tmp_path):
    run("archive", "import", str(site(tmp_path)))
    found = run("archive", "search", "蛋白质")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.decode().splitlines()
    headings = [line for line in lines if not line.startswith("  ")]
    assert [line[:10] for line in headings] == ["2026-02-03", "2026-02-02", "2026-02-01"]
    assert all("[蛋白质]" in line for line in lines if line.startswith("  "))
    expected = sum(
        "蛋白质" in paper.title_zh + paper.summary_zh + paper.abstract_zh
        for day in range(3)
        for paper in topic_digest("proteins", 4, seed=day, first_number=day * 10).papers
    )
    assert f"{expected} papers in 3 digests".encode() in found.stderr
    assert len(lines) == expected + 3
    assert all(line.split()[1].count(".") == 1 for line in lines if line.startswith("  "))  # the arXiv id
    english = run("archive", "search", "equivariant", "graph")
    assert english.returncode == 0
    hits = [line for line in english.stdout.splitlines() if line.startswith(b"  ")]
    assert hits and all(b"[Equivariant] [Graph]" in line for line in hits)
    nothing = run("archive", "search", "no such words anywhere")
    assert nothing.returncode == 1 and nothing.stdout == b""
    assert b"0 papers in 0 digests" in nothing.stderr


def test_archive_remove_and_rebuild(run, tmp_path):
    folder = site(tmp_path)
    run("archive", "import", str(folder))
    removed = run("archive", "remove", str(folder / "2026-02-01.md"))
    assert removed.returncode == 0 and b"removed from the archive" in removed.stderr
    again = run("archive", "remove", str(folder / "2026-02-01.md"))
    assert again.returncode == 1 and b"is not in the archive" in again.stderr
    assert len(again.stderr.splitlines()) == 1
    (folder / "draft.digest").unlink()
    archive_path().write_bytes(b"garbage" * 4096)
    damaged = run("archive", "search", "蛋白质")
    assert damaged.returncode == 1 and b"is damaged" in damaged.stderr and b"rebuild" in damaged.stderr
    rebuilt = run("archive", "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert b"draft.digest\tunreadable: cannot read" in rebuilt.stdout
    assert b"3 files: 2 added" in rebuilt.stderr
    assert run("archive", "search", "蛋白质").returncode == 0


def test_a_locked_archive_is_one_clear_line(run, tmp_path):
    run("archive", "import", str(site(tmp_path, days=1)))
    holder = sqlite3.connect(archive_path(), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        ran = run("archive", "remove", str(tmp_path / "site" / "2026-02-01.md"))
    finally:
        holder.rollback()
        holder.close()
    assert ran.returncode == 1
    assert b"in use by another program" in ran.stderr and len(ran.stderr.splitlines()) == 1


def test_listing_rank_orders_by_the_archive_and_marks_covered_papers(run, tmp_path, feeds):
    # The archive: an earlier digest with large language model papers (the reference digest).
    assert run("archive", "import", str(FIXTURES)).returncode == 0
    project = tmp_path / "today.digest"
    made = run("listing", "cs.LG", "cs.CV", "-o", str(project), "--rank", "--include", "Gaussian Splatting")
    assert made.returncode == 0, made.stderr
    lines = [line.split("\t") for line in made.stdout.decode().splitlines()]
    assert all(len(line) == 4 for line in lines)
    assert "Gaussian Splatting" in lines[0][2] and "include: Gaussian Splatting" in lines[0][3]
    scores = [float(line[3].split(";")[0].removeprefix("score ")) for line in lines[1:]]
    assert scores == sorted(scores, reverse=True)
    covered = {line[0].split("v")[0] for line in lines if "covered before" in line[3]}
    assert "2403.18546" in covered and "2403.03744" in covered
    # Papers of the earlier digest rank above those it never held: the archive is their topic.
    ranked = [line[0].split("v")[0] for line in lines[1:]]
    archived = [paper_id in covered for paper_id in ranked]
    assert archived == sorted(archived, reverse=True)
    saved = [paper["id"] for paper in json.loads(project.read_text(encoding="utf-8"))["papers"]]
    assert saved == [line[0].split("v")[0] for line in lines]


def test_listing_rank_without_a_usable_archive_still_makes_the_listing(run, tmp_path, feeds):
    archive_path().parent.mkdir(parents=True, exist_ok=True)
    archive_path().write_bytes(b"garbage" * 4096)
    made = run("listing", "cs.LG", "-o", str(tmp_path / "t.digest"), "--rank")
    assert made.returncode == 0
    assert b"warning: not ranked: the archive" in made.stderr
