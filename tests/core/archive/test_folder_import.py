"""Importing a folder of past digests: progress, cancel, unreadable files, rebuild."""

from __future__ import annotations

import threading

import pytest

from digest_gui.core.archive.folder_import import (
    ImportProgress,
    archive_candidates,
    import_folder,
    rebuild_archive,
)
from digest_gui.core.archive.indexing import archived_sources, source_key
from digest_gui.core.archive.search import search
from digest_gui.core.archive.store import ArchiveError, open_archive
from digest_gui.core.errors import Cancelled
from digest_gui.core.formats.project_file import save_project
from tests.archive_papers import topic_digest
from tests.core.archive.conftest import write_digest


def a_year(folder, days: int = 12):
    """`days` daily digests in a git-like folder, and a project beside them."""
    for day in range(days):
        write_digest(
            folder / f"2026-01-{day + 1:02d}.md", topic_digest("robotics", 3, seed=day, first_number=day * 10)
        )
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD.md").write_text("not a digest", encoding="utf-8")
    (folder / "drafts").mkdir()
    save_project(topic_digest("proteins", 2, seed=99, first_number=900), folder / "drafts" / "today.digest")


def test_a_folder_is_imported_with_progress_and_bad_files_listed(archive, tmp_path):
    folder = tmp_path / "site"
    a_year(folder)
    (folder / "notes.md").write_text("# Notes\n\nnothing like a digest\n", encoding="utf-8")
    (folder / "latin1.md").write_bytes("# 摘要\n".encode() + b"\xff\xfe broken")
    reports: list[ImportProgress] = []
    summary = import_folder(archive, folder, report=reports.append)
    assert (summary.files, summary.added, summary.unchanged) == (15, 13, 0)
    assert sorted(item.path.rsplit("/", 1)[-1] for item in summary.unreadable) == ["latin1.md", "notes.md"]
    reasons = {item.path.rsplit("/", 1)[-1]: item.reason for item in summary.unreadable}
    assert "not UTF-8" in reasons["latin1.md"]
    assert reasons["notes.md"].startswith("line ")
    assert [report.done for report in reports] == list(range(1, 16))
    assert all(report.total == 15 for report in reports)
    assert len(archived_sources(archive)) == 13
    assert "HEAD.md" not in " ".join(str(path) for path in archive_candidates(folder))
    again = import_folder(archive, folder)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 13)


def test_cancel_mid_import_keeps_what_was_imported(archive, tmp_path):
    folder = tmp_path / "site"
    a_year(folder)
    cancel = threading.Event()

    def report(progress: ImportProgress) -> None:
        if progress.done == 5:
            cancel.set()

    with pytest.raises(Cancelled):
        import_folder(archive, folder, cancel=cancel, report=report)
    assert len(archived_sources(archive)) == 5
    # Going on later imports the rest; the first five are unchanged.
    summary = import_folder(archive, folder)
    assert (summary.added, summary.unchanged) == (8, 5)


def test_a_missing_folder_is_an_error(archive, tmp_path):
    with pytest.raises(ArchiveError, match="is not a folder"):
        import_folder(archive, tmp_path / "nowhere")


def test_rebuild_makes_a_damaged_archive_again_from_its_sources(tmp_path):
    database = tmp_path / "data" / "archive.sqlite3"
    folder = tmp_path / "site"
    a_year(folder, days=3)
    with open_archive(database) as archive:
        import_folder(archive, folder)
    (folder / "2026-01-02.md").unlink()  # a source gone since: reported, not fatal
    database.write_bytes(b"\x00garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    with pytest.raises(ArchiveError):
        open_archive(database)
    summary = rebuild_archive(database)
    assert summary.added == 3
    assert [item.path for item in summary.unreadable] == [source_key(folder / "2026-01-02.md")]
    with open_archive(database) as archive:
        assert len(archived_sources(archive)) == 3
        assert search(archive, "抓取") or search(archive, "运动")


def test_rebuild_of_a_healthy_archive_gives_the_same_content(tmp_path):
    database = tmp_path / "archive.sqlite3"
    folder = tmp_path / "site"
    a_year(folder, days=4)
    with open_archive(database) as archive:
        import_folder(archive, folder)
        before = archive.query("SELECT arxiv_id, title_zh FROM papers ORDER BY arxiv_id")
    rebuild_archive(database)
    with open_archive(database) as archive:
        assert archive.query("SELECT arxiv_id, title_zh FROM papers ORDER BY arxiv_id") == before
