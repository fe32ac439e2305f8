"""Ranking a day's listing by how close each item is to the papers the user picked before.

A TF-IDF model, written out here (no library, nothing downloaded): the profile is the mean
TF-IDF vector of every archived paper's title and abstract, each listing item is scored by
the cosine between its vector and the profile. Document frequencies come from the archive
(kept per word as papers are indexed) and from the day's listing itself, so a word every
item shares counts for little. Keyword rules come on top: an item with an include word
ranks first, one with an exclude word last, a highlight word only marks it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digest_gui.core.archive import text
from digest_gui.core.archive.store import Archive

if TYPE_CHECKING:
    from digest_gui.core.sources.listing import ListingItem

_SLICE = 500


@dataclass(frozen=True, slots=True)
class KeywordRules:
    """Words or phrases (any case) that lift an item to the top, sink it, or only mark it."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    highlight: tuple[str, ...] = ()

    @staticmethod
    def parse(include: str = "", exclude: str = "", highlight: str = "") -> KeywordRules:
        """Rules from comma-separated lists ("graph, diffusion model")."""

        def split(value: str) -> tuple[str, ...]:
            return tuple(part.strip() for part in value.split(",") if part.strip())

        return KeywordRules(split(include), split(exclude), split(highlight))


@dataclass(frozen=True, slots=True)
class RankedItem:
    """One item's place: its index in the given list, its score (0-1) and the rules it met."""

    index: int
    score: float
    included: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    highlighted: tuple[str, ...] = ()


@dataclass(slots=True)
class _Profile:
    archived: int
    counts: dict[str, int] = field(default_factory=dict)


def _matching(rules: tuple[str, ...], body: str) -> tuple[str, ...]:
    return tuple(rule for rule in rules if re.search(rf"(?<!\w){re.escape(rule)}(?!\w)", body, re.IGNORECASE))


def _profile(archive: Archive, vocabulary: Sequence[str]) -> _Profile:
    archived = archive.query("SELECT count(*) FROM papers")[0][0]
    counts: dict[str, int] = {}
    for start in range(0, len(vocabulary), _SLICE):
        part = vocabulary[start : start + _SLICE]
        rows = archive.query(
            f"SELECT term, papers FROM term_counts WHERE term IN ({','.join('?' * len(part))})", list(part)
        )
        counts.update(rows)
    return _Profile(archived, counts)


def rank_texts(
    archive: Archive, texts: Sequence[str], rules: KeywordRules = KeywordRules()
) -> list[RankedItem]:
    """Each text (title and abstract of one item) scored against the archive, best first."""
    bags = [Counter(text.words(body)) for body in texts]
    listing_counts: Counter[str] = Counter()
    for bag in bags:
        listing_counts.update(bag.keys())
    profile = _profile(archive, sorted(listing_counts))
    total = profile.archived + len(texts)
    idf = {
        term: math.log((total + 1) / (profile.counts.get(term, 0) + count + 1)) + 1
        for term, count in listing_counts.items()
    }
    # The profile: the mean archived paper's weight of each term (binary term frequency).
    weights = {
        term: profile.counts[term] / profile.archived * idf[term]
        for term in listing_counts
        if profile.archived and profile.counts.get(term)
    }
    profile_norm = math.sqrt(sum(value * value for value in weights.values())) or 1.0
    ranked = []
    for index, (bag, body) in enumerate(zip(bags, texts, strict=True)):
        vector = {term: (1 + math.log(count)) * idf[term] for term, count in bag.items()}
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        dot = sum(value * weights.get(term, 0.0) for term, value in vector.items())
        ranked.append(
            RankedItem(
                index,
                dot / (norm * profile_norm),
                _matching(rules.include, body),
                _matching(rules.exclude, body),
                _matching(rules.highlight, body),
            )
        )
    ranked.sort(key=lambda item: (bool(item.excluded), not item.included, -item.score, item.index))
    return ranked


def listing_text(title: str, abstract: str, authors: Sequence[str] = ()) -> str:
    """What an item is ranked and matched by: its title (counted twice), abstract and authors."""
    return f"{title}\n{title}\n{abstract}\n{', '.join(authors)}"


def rank_listing(
    archive: Archive, items: Sequence[ListingItem], rules: KeywordRules = KeywordRules()
) -> list[RankedItem]:
    """A day's listing items ranked against the archive, best first."""
    return rank_texts(
        archive, [listing_text(item.title, item.abstract, item.authors) for item in items], rules
    )
