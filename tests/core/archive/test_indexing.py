"""Adding digests and projects to the archive: idempotent, replaceable, removable."""

from __future__ import annotations

from digest_gui.core.archive.indexing import (
    ADDED,
    REPLACED,
    UNCHANGED,
    archived_sources,
    index_digest,
    index_file,
    remove_source,
    source_key,
)
from digest_gui.core.archive.search import search
from digest_gui.core.formats.project_file import dumps_project, save_project
from digest_gui.core.model import LISTING_DATE_KEY, Digest, Paper
from tests.archive_papers import topic_digest
from tests.conftest import FIXTURES
from tests.core.archive.conftest import write_digest


def counts(archive) -> tuple[int, int, int, int]:
    """Sources, papers, and rows of the two text indexes."""
    return (
        archive.query("SELECT count(*) FROM sources")[0][0],
        archive.query("SELECT count(*) FROM papers")[0][0],
        archive.query("SELECT count(*) FROM term_counts")[0][0],
        archive.query("SELECT coalesce(sum(papers), 0) FROM term_counts")[0][0],
    )


def test_importing_the_same_file_again_changes_nothing(archive):
    reference = FIXTURES / "reference-digest.md"
    assert index_file(archive, reference) == ADDED
    before = counts(archive)
    dump = archive.query("SELECT * FROM papers ORDER BY id")
    assert index_file(archive, reference) == UNCHANGED
    assert counts(archive) == before
    assert archive.query("SELECT * FROM papers ORDER BY id") == dump
    assert before[:2] == (1, 23)


def test_a_changed_file_replaces_what_the_archive_held_of_it(archive, tmp_path):
    path = write_digest(tmp_path / "2026-03-02.md", topic_digest("robotics", 5, seed=1))
    index_file(archive, path)
    assert search(archive, "dexterous") or search(archive, "grasp")
    write_digest(path, topic_digest("proteins", 3, seed=2, first_number=500))
    assert index_file(archive, path) == REPLACED
    assert counts(archive)[:2] == (1, 3)
    assert search(archive, "locomotion") == []
    assert search(archive, "蛋白质")[0].path == source_key(path)
    # The word counts the ranking reads follow: robotics words are gone.
    assert archive.query("SELECT papers FROM term_counts WHERE term='locomotion'") == []


def test_removing_a_source_leaves_nothing_of_it(archive, tmp_path):
    kept = write_digest(tmp_path / "kept.md", topic_digest("compilers", 4, seed=3))
    gone = write_digest(tmp_path / "gone.md", topic_digest("proteins", 4, seed=4, first_number=100))
    index_file(archive, kept)
    only_kept = counts(archive)
    index_file(archive, gone)
    assert remove_source(archive, gone) is True
    assert counts(archive) == only_kept
    assert search(archive, "蛋白质") == []
    assert [source.path for source in archived_sources(archive)] == [source_key(kept)]
    assert gone.exists()  # the file itself is the user's
    assert remove_source(archive, gone) is False


def test_a_saved_project_is_archived_under_its_path_and_listing_day(archive, tmp_path):
    digest = Digest(
        title="Tuesday",
        papers=[Paper(id="2403.00001", title_en="Graph Transformers", title_zh="图变换器")],
        extra={LISTING_DATE_KEY: "2026-03-03"},
    )
    path = tmp_path / "tuesday.digest"
    save_project(digest, path)
    data = path.read_bytes()
    assert index_digest(archive, digest, path, data) == ADDED
    assert index_digest(archive, digest, path, data) == UNCHANGED
    (source,) = archived_sources(archive)
    assert (source.kind, source.title, source.day) == ("project", "Tuesday", "2026-03-03")
    digest.papers[0].title_zh = "图Transformer"
    assert index_digest(archive, digest, path, dumps_project(digest).encode()) == REPLACED
    assert search(archive, "图Tra")[0].hits[0].title_zh == "图Transformer"


def test_the_day_comes_from_the_file_name(archive, tmp_path):
    path = write_digest(tmp_path / "digest-2025-11-30.md", topic_digest("robotics", 1, seed=5))
    index_file(archive, path)
    assert archived_sources(archive)[0].day == "2025-11-30"
