"""The listing-source registry: arXiv RSS first, and a second source in a few lines."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

import pytest

from digest_gui.cli import main
from digest_gui.core.errors import DigestError
from digest_gui.core.formats.project_file import load_project
from digest_gui.core.sources import listing_sources
from digest_gui.core.sources.http import HttpSettings
from digest_gui.core.sources.listing import ListingError, ListingItem, ListingSettings
from digest_gui.core.sources.listing_sources import (
    ArxivRssSource,
    ListingSource,
    get_listing_source,
    register_listing_source,
)
from digest_gui.core.sources.listing_sources import (
    listing_sources as registered_sources,
)
from tests.fake_listing import rss_url, start_feeds, stop_feeds

FAST = HttpSettings(min_interval=0.01, backoff=0.01, retries=0, connect_timeout=2, read_timeout=10)


class Shelf:
    """A second source: a fixed shelf of papers per topic (what a test or a mirror might be)."""

    name = "shelf"
    label = "A fixed shelf"

    def parse_categories(self, text: str | Iterable[str]) -> list[str]:
        names = text.split() if isinstance(text, str) else list(text)
        if not names or any(not name.isalpha() for name in names):
            raise DigestError("topics are words")
        return names

    def fetch(
        self, categories: Sequence[str], settings: ListingSettings, cancel: threading.Event | None = None
    ) -> list[ListingItem]:
        return [
            ListingItem(id=f"2401.0000{n}", title=f"On {topic}", announce_type="new")
            for n, topic in enumerate(categories, 1)
        ]


@pytest.fixture
def sources(monkeypatch):
    """The registry as it is, restored after the test (a test may add sources)."""
    monkeypatch.setattr(listing_sources, "LISTING_SOURCES", dict(listing_sources.LISTING_SOURCES))


def test_arxiv_rss_is_the_first_and_default_source():
    assert [source.name for source in registered_sources()][:1] == ["arxiv"]
    source: ListingSource = get_listing_source()
    assert isinstance(source, ArxivRssSource) and source.label == "arXiv RSS"
    assert source.parse_categories("cs.lg, CS.cv") == ["cs.LG", "cs.CV"]
    with pytest.raises(ListingError):
        source.parse_categories("cs/CV")


def test_the_arxiv_source_fetches_the_feeds(monkeypatch):
    server = start_feeds()
    try:
        settings = ListingSettings(rss_url=rss_url(server), http=FAST)
        items = get_listing_source("arxiv").fetch(["cs.LG", "cs.CV"], settings)
    finally:
        stop_feeds(server)
    assert len(items) == 13 + 12 - 1 - 1  # each paper once


def test_an_unknown_source_names_the_known_ones():
    with pytest.raises(DigestError, match=r"“nowhere” \(known: arxiv"):
        get_listing_source("nowhere")


def test_a_second_source_is_a_few_lines_and_the_cli_uses_it(sources, tmp_path, capsys):
    register_listing_source(Shelf())
    out = tmp_path / "shelf.digest"
    assert main(["listing", "--source", "shelf", "robots", "vision", "-o", str(out)]) == 0
    papers = load_project(out).papers
    assert [(paper.id, paper.title_en) for paper in papers] == [
        ("2401.00001", "On robots"),
        ("2401.00002", "On vision"),
    ]
    assert "2401.00001\tnew\tOn robots" in capsys.readouterr().out
    assert main(["listing", "--source", "shelf", "cs.LG", "-o", str(tmp_path / "x.digest")]) == 1
    assert "topics are words" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["listing", "--help"])
    assert "shelf: A fixed shelf" in " ".join(capsys.readouterr().out.split())
