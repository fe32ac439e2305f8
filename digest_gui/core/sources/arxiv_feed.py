"""Reading one answer of the arXiv API strictly: an Atom feed checked before any entry is used.

An HTML page or an error feed served with HTTP 200, an answer cut off mid-entry, entries
for other ids: each becomes a readable failure of the batch or of the paper concerned.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from arxiv import _feed as arxiv_feed
from lxml import etree

from digest_gui.core.failures import Failure
from digest_gui.core.identifiers import ArxivId, abs_url, parse_arxiv_id
from digest_gui.core.sources.arxiv_records import ArxivRecord, FetchOutcome, normalise_space

logger = logging.getLogger(__name__)

# Reasons a paper has no record (worded by core/failures.py and the window), and CANCELLED.
CUT_OFF = Failure("arxiv_cut_off")


INCOMPLETE = Failure("arxiv_incomplete")


EMPTY_ANSWER = Failure("arxiv_empty")


MALFORMED = Failure("arxiv_malformed")


NOT_A_FEED = Failure("arxiv_not_a_feed")


def web_page_error(status: int) -> Failure:
    """The reason given when arXiv (or a proxy before it) sends HTML instead of Atom."""
    return Failure.make("arxiv_web_page", status=status)


def unknown_error(arxiv_id: ArxivId) -> Failure:
    """The reason given when a sound answer has no entry for an id."""
    return Failure.make("arxiv_unknown_id", id=arxiv_id)


def not_returned_error(arxiv_id: ArxivId) -> Failure:
    """The reason given when an answer that reported errors has no entry for an id."""
    return Failure.make("arxiv_not_returned", id=arxiv_id)


_ATOM = "{http://www.w3.org/2005/Atom}"


_NS = {"atom": _ATOM[1:-1]}


_ERROR_ENTRY = re.compile(r"https?://arxiv\.org/api/errors")


_ABS_LINK = re.compile(r"https?://(?:www\.|export\.)?arxiv\.org/abs/(?P<id>\S+)")


@dataclass
class _Feed:
    """An answer, checked: a problem for the whole batch, or entries and error messages."""

    problem: Failure | None = None
    cut_off: bool = False
    # canonical id -> (version, record or None when the entry was incomplete)
    entries: dict[str, list[tuple[int, ArxivRecord | None]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # arXiv's own words
    skipped: int = 0  # entries whose id could not be read


@dataclass
class _BatchResult:
    outcomes: list[FetchOutcome] = field(default_factory=list)
    again: list[list[ArxivId]] = field(default_factory=list)  # batches to ask (again)


def _read_feed(body: bytes, status: int) -> _Feed:
    """Check an answer is a whole Atom feed, then read its entries with arxiv's parser."""
    if not body.strip():
        return _Feed(problem=EMPTY_ANSWER)
    head = body[:2048].lower()
    # Told by its start when it is not XML (HTML rarely is); a feed that reads as one is never a page.
    html = b"<html" in head or b"<!doctype html" in head
    # A pull parser tells a cut-off answer (every byte fine so far, the end missing: the
    # error comes at close) from a broken one (the error comes while reading), and which
    # entries were complete (their end tag arrived) before the cut.
    parser = etree.XMLPullParser(
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    root: Any = None
    entries: list[Any] = []
    cut_off = False
    try:
        parser.feed(body)
        for event, element in parser.read_events():
            if event == "start" and root is None:
                root = element
            elif event == "end" and element.tag == _ATOM + "entry" and element.getparent() is root:
                entries.append(element)
        try:
            parser.close()
        except etree.ParseError as error:
            logger.warning("arXiv's answer ends early: %s", error)
            cut_off = True
    except etree.ParseError as error:
        logger.warning("arXiv's answer is not XML: %s", error)
        return _Feed(problem=web_page_error(status) if html else MALFORMED)
    if root is None:
        return _Feed(problem=web_page_error(status) if html else CUT_OFF if cut_off else MALFORMED)
    if root.tag != _ATOM + "feed":
        if html or etree.QName(root).localname.lower() == "html":
            return _Feed(problem=web_page_error(status))
        return _Feed(problem=NOT_A_FEED)
    feed = _Feed(cut_off=cut_off)
    for entry in entries:
        entry_id = normalise_space(entry.findtext("atom:id", "", _NS))
        if _ERROR_ENTRY.match(entry_id):
            message = normalise_space(entry.findtext("atom:summary", "", _NS))
            feed.errors.append(message or "arXiv reported an error")
            continue
        arxiv_id = _entry_id(entry_id)
        if arxiv_id is None or arxiv_id.version is None:
            logger.warning("skipping an entry with the id %r", entry_id)
            feed.skipped += 1
            continue
        record = _record(entry, arxiv_id.id, arxiv_id.version)
        feed.entries.setdefault(arxiv_id.id, []).append((arxiv_id.version, record))
    return feed


def _entry_id(text: str) -> ArxivId | None:
    # http://arxiv.org/abs/2403.18546v2 -> 2403.18546 v2; http://arxiv.org/abs/hep-th/9901001v1
    match = _ABS_LINK.fullmatch(text)
    if match is None:
        return None
    arxiv_id = parse_arxiv_id(match["id"])
    return arxiv_id if arxiv_id is not None and str(arxiv_id) == match["id"] else None


def _record(entry: Any, paper_id: str, version: int) -> ArxivRecord | None:
    """The record of a complete entry; None when it lacks a title, an author or a date."""
    try:
        result = arxiv_feed._build_result(entry)
    except (ValueError, TypeError) as error:  # a date arXiv never writes
        logger.warning("cannot read the entry of %sv%s: %s", paper_id, version, error)
        return None
    if result is None:
        return None
    title = normalise_space(result.title)
    authors = [normalise_space(author.name) for author in result.authors]
    if not title or not authors or not all(authors):
        logger.warning("the entry of %sv%s has no title or no authors", paper_id, version)
        return None
    categories = list(dict.fromkeys(term.strip() for term in result.categories if term.strip()))
    return ArxivRecord(
        id=paper_id,
        version=version,
        title=title,
        authors=authors,
        affiliations=[
            [normalise_space(name) for name in author.affiliation if name.strip()]
            for author in result.authors
        ],
        abstract=normalise_space(result.summary),
        categories=categories,
        primary_category=result.primary_category.strip() or (categories[0] if categories else ""),
        published=result.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        updated=result.updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        comment=normalise_space(result.comment),
        journal_ref=normalise_space(result.journal_ref),
        doi=normalise_space(result.doi),
        url=abs_url(paper_id),
    )


def _names(message: str, arxiv_id: ArxivId) -> bool:
    # "incorrect id format for 1234.1234" names 1234.1234, not 1234.12345 or 21234.1234.
    pattern = r"(?<![\w./-])" + re.escape(str(arxiv_id)) + r"(?![\w/-]|\.\d)"
    return re.search(pattern, message) is not None


def _choose(
    candidates: list[tuple[int, ArxivRecord | None]], version: int | None
) -> tuple[int, ArxivRecord | None] | None:
    # arXiv answers a versioned id with that version and a bare id with the latest; should
    # it send another version, the record says which one it is.
    exact = [candidate for candidate in candidates if candidate[0] == version]
    pool = exact or candidates
    complete = [candidate for candidate in pool if candidate[1] is not None]
    if complete:
        return max(complete, key=lambda candidate: candidate[0])
    return pool[0] if pool else None


def _match(batch: list[ArxivId], feed: _Feed) -> _BatchResult:
    """An outcome for each id of the batch; ids lost to another id's error are asked again."""
    named: dict[ArxivId, Failure] = {}
    general: list[Failure] = []
    for message in feed.errors:
        hits = [arxiv_id for arxiv_id in batch if _names(message, arxiv_id)]
        for arxiv_id in hits:
            named.setdefault(arxiv_id, Failure.message(message))
        if not hits:
            general.append(Failure.message(message))
    result = _BatchResult()
    again: list[ArxivId] = []
    for requested in batch:
        record: ArxivRecord | None = None
        error: Failure | None
        if feed.problem is not None:
            error = feed.problem
        elif requested in named:
            error = named[requested]
        else:
            chosen = _choose(feed.entries.get(requested.id, []), requested.version)
            if chosen is not None and chosen[1] is not None:
                record, error = chosen[1], None
            elif chosen is not None:
                error = INCOMPLETE
            elif feed.cut_off:
                error = CUT_OFF
            elif general:
                error = general[0]
            elif named:
                # arXiv refuses a whole request for one bad id: ask for the others alone.
                again.append(requested)
                continue
            elif feed.skipped:
                error = not_returned_error(requested)
            else:
                error = unknown_error(requested)
        result.outcomes.append(FetchOutcome(requested, record, error))
    if again:
        result.again.append(again)
    return result
