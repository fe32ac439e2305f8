"""What a fetch from arXiv may write into a paper, and what it may only offer.

A fetch fills what is empty. Where the user already has text that differs, or arXiv has
a newer version than the project's, the difference is kept as an offer for the user to
accept or ignore; nothing the user wrote is ever replaced by a fetch on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from digest_gui.core.failures import Failure, failure_from_data
from digest_gui.core.formats.markdown_text import one_line
from digest_gui.core.model import Paper, Status

# Fields a user may have written or corrected: never replaced without asking.
USER_TEXT = ("title_en", "abstract_en")
# Fields that shape the published digest (its links, a legacy listing's title stamp):
# filled when empty, never changed behind the user's back.
FILL_ONLY = ("url", "primary_category")
# Where an offer waits in the project file until the user decides.
OFFER_KEY = "arxiv_offer"
ERROR_KEY = "fetch_error"
AFFILIATIONS_KEY = "affiliations"


@dataclass(frozen=True, slots=True)
class Offer:
    """arXiv says `proposed` where the paper has `current`."""

    field: str
    current: Any
    proposed: Any


@dataclass(slots=True)
class MergeResult:
    """The paper after a fetch, and the differences left for the user."""

    paper: Paper
    offers: list[Offer] = field(default_factory=list)
    newer_version: int | None = None

    @property
    def changed(self) -> bool:
        return bool(self.offers) or self.newer_version is not None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _same(name: str, current: Any, proposed: Any) -> bool:
    if isinstance(current, str) and isinstance(proposed, str):
        a, b = one_line(current).strip(), one_line(proposed).strip()
        if a == b:
            return True
        # A digest cut the abstract at 1000 characters: the whole one is the same text.
        return name == "abstract_en" and len(a) >= 200 and b.startswith(a)
    return current == proposed


def merge_record(paper: Paper, fields: dict[str, Any], version: int) -> MergeResult:
    """Fill the paper from arXiv's fields (see arxiv_api.record_fields); collect offers."""
    after = paper.copy()
    after.extra.pop(ERROR_KEY, None)
    newer = version if paper.version is not None and version > paper.version else None
    offers: list[Offer] = []
    for name, proposed in fields.items():
        if name == AFFILIATIONS_KEY:
            if newer is None or AFFILIATIONS_KEY not in after.extra:
                after.extra[AFFILIATIONS_KEY] = proposed
            continue
        if name == "version":
            if after.version is None:
                after.version = proposed
            continue
        current = getattr(after, name)
        if _empty(current):
            setattr(after, name, proposed)
        elif _same(name, current, proposed):
            if name == "abstract_en" and len(one_line(proposed)) > len(one_line(current)):
                after.abstract_en = proposed  # the whole of an abstract a digest had cut
        elif name in FILL_ONLY:
            continue
        elif name in USER_TEXT or newer is not None:
            offers.append(Offer(name, current, proposed))
        else:
            # arXiv's own data (a journal reference, a DOI, a comment) grows over time.
            setattr(after, name, proposed)
    if newer is not None:
        offers.append(Offer("version", paper.version, newer))
    _set_offers(after, {offer.field: offer.proposed for offer in offers})
    if after.status == Status.NEW:
        after.status = Status.FETCHED
    return MergeResult(after, offers, newer)


def pending_offers(paper: Paper) -> dict[str, Any]:
    """The offers a paper holds from an earlier fetch (field -> arXiv's value)."""
    offer = paper.extra.get(OFFER_KEY)
    return dict(offer) if isinstance(offer, dict) else {}


def _set_offers(paper: Paper, offer: dict[str, Any]) -> None:
    """Keep offer as the paper's pending offers (none: the key goes)."""
    if offer:
        paper.extra[OFFER_KEY] = offer
    else:
        paper.extra.pop(OFFER_KEY, None)


def accept_offers(paper: Paper, names: list[str] | None = None) -> Paper:
    """A copy of the paper with the offered values taken (all, or the named fields)."""
    after = paper.copy()
    offer = pending_offers(paper)
    for name in list(offer):
        if names is None or name in names:
            setattr(after, name, offer.pop(name))
    _set_offers(after, offer)
    return after


def ignore_offers(paper: Paper, names: list[str] | None = None) -> Paper:
    """A copy of the paper without its offers (all, or those of the named fields)."""
    after = paper.copy()
    offer = {
        name: value
        for name, value in pending_offers(paper).items()
        if names is not None and name not in names
    }
    _set_offers(after, offer)
    return after


def mark_failed(paper: Paper, reason: Failure | str) -> Paper:
    """A copy of the paper noting why its fetch failed (kind and arguments; shown in the list)."""
    after = paper.copy()
    failure = reason if isinstance(reason, Failure) else Failure.message(reason)
    after.extra[ERROR_KEY] = failure.to_data()
    return after


def fetch_failure(paper: Paper) -> Failure | None:
    """Why the paper's last fetch failed (an old project's sentence too), or None."""
    return failure_from_data(paper.extra.get(ERROR_KEY))
