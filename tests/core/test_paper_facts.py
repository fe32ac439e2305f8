"""What arXiv said of a paper: read from the fetch, kept by project files, left out of the export."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from digest_gui.core.formats.exporters import export_digest
from digest_gui.core.formats.project_file import load_project, save_project
from digest_gui.core.identifiers import ArxivId
from digest_gui.core.merge import merge_record
from digest_gui.core.model import Digest, Paper
from digest_gui.core.paper_facts import affiliations, authors_with_affiliations, day, doi_url
from digest_gui.core.sources.arxiv_api import ArxivFetcher, ArxivSettings, MetadataCache, record_fields
from tests.fake_arxiv import FakeArxiv

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "project-v1.digest"


def test_affiliations_run_parallel_to_the_authors_whatever_the_file_holds():
    paper = Paper(authors=["A", "B", "C"], extra={"affiliations": [["X", "  Y\n Z "], "odd", []]})
    assert affiliations(paper) == [["X", "Y Z"], [], []]
    assert authors_with_affiliations(paper) == ["A (X; Y Z)", "B", "C"]
    assert affiliations(Paper(authors=["A"], extra={"affiliations": {"no": 1}})) == [[]]
    assert affiliations(Paper(authors=["A"])) == [[]]


def test_doi_links_and_days():
    assert doi_url("10.1109/LRA.2024.0001") == "https://doi.org/10.1109/LRA.2024.0001"
    assert doi_url(' 10.1/<b>"x" ') == "https://doi.org/10.1/%3Cb%3E%22x%22"
    assert doi_url("") == ""
    assert day("2024-03-27T11:59:59Z") == "2024-03-27"


def test_what_the_fake_arxiv_sends_reaches_the_paper_and_the_project_file(tmp_path):
    server = FakeArxiv()
    server.start()
    try:
        fetcher = ArxivFetcher(ArxivSettings(api_url=server.url), cache=MetadataCache(tmp_path / "cache"))
        outcome = fetcher.fetch([ArxivId("2501.00001")], cancel=threading.Event())[0]
    finally:
        server.stop()
    assert outcome.ok
    paper = merge_record(Paper(id="2501.00001"), record_fields(outcome.record), outcome.record.version).paper
    assert authors_with_affiliations(paper) == [
        "Siang Chen (Tsinghua University; Shenzhen Institute)",
        "Wei Tang",
    ]
    assert paper.journal_ref == "IEEE Robotics and Automation Letters 9 (2024)"
    assert paper.doi == "10.1109/LRA.2024.0001" and paper.primary_category == "cs.RO"
    assert paper.comment.startswith("12 pages, 5 figures;")
    assert (paper.published, paper.updated) == ("2024-03-27T11:59:59Z", "2024-03-29T08:00:00Z")
    digest = Digest(title="t", papers=[paper])
    path = tmp_path / "fetched.digest"
    save_project(digest, path)
    loaded = load_project(path)
    assert authors_with_affiliations(loaded.papers[0]) == authors_with_affiliations(paper)
    assert loaded.papers[0].doi == paper.doi
    # The Markdown export does not carry them.
    markdown = export_digest(loaded, "md")
    for text in ("Tsinghua", "10.1109", "Robotics and Automation", "12 pages"):
        assert text not in markdown
    bare = dataclasses.replace(paper, extra={}, authors=[], doi="", journal_ref="", comment="")
    assert markdown == export_digest(Digest(title="t", papers=[bare]), "md")


def test_an_old_project_without_them_loads_and_saves_the_same_bytes(tmp_path):
    digest = load_project(FIXTURE)
    path = tmp_path / "old.digest"
    save_project(digest, path)
    assert path.read_bytes() == FIXTURE.read_bytes()
    assert all(affiliations(paper) == [[] for _ in paper.authors] for paper in digest.papers)
