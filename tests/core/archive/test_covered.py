"""Which papers appeared in earlier digests."""

from __future__ import annotations

from digest_gui.core.archive.covered import covered_before
from digest_gui.core.archive.indexing import index_digest, source_key
from digest_gui.core.model import Digest, Paper


def test_each_earlier_appearance_is_listed_newest_first(archive):
    index_digest(
        archive, Digest(title="Mon", papers=[Paper(id="1"), Paper(id="2")]), "/d/2026-01-05.md", b"1"
    )
    index_digest(
        archive, Digest(title="Fri", papers=[Paper(id="9"), Paper(id="1")]), "/d/2026-01-09.md", b"2"
    )
    found = covered_before(archive, ["1", "2", "3", ""])
    assert set(found) == {"1", "2"}
    assert [(item.day, item.title, item.position) for item in found["1"]] == [
        ("2026-01-09", "Fri", 1),
        ("2026-01-05", "Mon", 0),
    ]
    assert found["2"][0].path == source_key("/d/2026-01-05.md")


def test_the_project_being_edited_does_not_count_as_earlier(archive):
    index_digest(archive, Digest(papers=[Paper(id="1")]), "/d/today.digest", b"1")
    assert covered_before(archive, ["1"], exclude={source_key("/d/today.digest")}) == {}
    assert covered_before(archive, ["1"])


def test_many_ids_are_asked_for_in_slices(archive):
    papers = [Paper(id=f"2401.{number:05d}") for number in range(1200)]
    index_digest(archive, Digest(papers=papers), "/d/big.md", b"big")
    assert len(covered_before(archive, [paper.id for paper in papers])) == 1200
