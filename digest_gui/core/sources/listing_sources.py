"""Where a day's listing comes from: the ListingSource interface and its registry.

A source checks the category names it is given (before any request) and fetches the day's
announcements of those categories, stopping when cancel is set. The listing dialog and
`digest-gui listing --source NAME` go through the registry; arXiv's RSS feeds (listing.py)
are the first source. A new one is a class with these four members and one
`register_listing_source(...)`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from digest_gui.core.errors import DigestError

if TYPE_CHECKING:  # listing.py loads lxml and requests: only when a listing is fetched
    from digest_gui.core.sources.listing import ListingItem, ListingSettings

DEFAULT_LISTING_SOURCE = "arxiv"


class ListingSource(Protocol):
    """A place that announces papers by day and category."""

    @property
    def name(self) -> str:
        """What `--source` takes: "arxiv"."""
        ...

    @property
    def label(self) -> str:
        """For people: "arXiv RSS"."""
        ...

    def parse_categories(self, text: str | Iterable[str]) -> list[str]:
        """The categories named in text, checked, each once; raise DigestError if one is not."""
        ...

    def fetch(
        self, categories: Sequence[str], settings: ListingSettings, cancel: threading.Event | None = None
    ) -> list[ListingItem]:
        """Today's announcements of the categories, each paper once; raise DigestError or Cancelled."""
        ...


class ArxivRssSource:
    """arXiv's daily RSS feeds, one per category (https://rss.arxiv.org/rss/cs.LG)."""

    name = "arxiv"
    label = "arXiv RSS"

    def parse_categories(self, text: str | Iterable[str]) -> list[str]:
        """arXiv categories (cs.LG, hep-th), spelled as arXiv does."""
        from digest_gui.core.sources.listing import parse_categories

        return parse_categories(text)

    def fetch(
        self, categories: Sequence[str], settings: ListingSettings, cancel: threading.Event | None = None
    ) -> list[ListingItem]:
        """The feeds of the categories, merged (see listing.fetch_listings)."""
        from digest_gui.core.sources.listing import fetch_listings

        return fetch_listings(categories, settings, cancel=cancel)


LISTING_SOURCES: dict[str, ListingSource] = {}


def register_listing_source(source: ListingSource) -> ListingSource:
    """Add a source (or replace the one of the same name); return it."""
    LISTING_SOURCES[source.name] = source
    return source


def listing_sources() -> list[ListingSource]:
    """Every registered source, in the order registered."""
    return list(LISTING_SOURCES.values())


def get_listing_source(name: str = DEFAULT_LISTING_SOURCE) -> ListingSource:
    """The source called name; raise DigestError naming the known ones."""
    source = LISTING_SOURCES.get(name.strip().lower())
    if source is None:
        known = ", ".join(LISTING_SOURCES)
        raise DigestError(f"unknown listing source “{name}” (known: {known})")
    return source


register_listing_source(ArxivRssSource())
