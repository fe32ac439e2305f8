"""Paper metadata from the arXiv API: batched, polite, bounded, strictly read, cached.

The arxiv package (tested with 4.0.2) builds the query URLs and turns each Atom <entry>
into a Result; the rest is ours. The package sends requests without a timeout, retries at
once without back-off, ignores Retry-After, reads an HTML page or an error feed served
with HTTP 200 as "no results" and makes a paper without authors of an answer cut off
mid-entry. Here every request goes through http.Transport (the app-wide limiter,
timeouts, retries), and an answer is checked before arxiv reads any entry of it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import arxiv
from arxiv import _feed as arxiv_feed
from lxml import etree

from digest_gui.core.control_chars import clean_strings, clean_text
from digest_gui.core.failures import CANCELLED, Failure
from digest_gui.core.identifiers import ArxivId, abs_url, parse_arxiv_id
from digest_gui.core.sources.http import Cancelled, HttpError, HttpSettings, Transport
from digest_gui.core.storage.atomic_file import atomic_write_text
from digest_gui.paths import user_cache_dir

logger = logging.getLogger(__name__)

API_URL_VARIABLE = "DIGEST_GUI_ARXIV_API"
DEFAULT_API_URL = "https://export.arxiv.org/api/query"
CACHE_FORMAT = 1

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
_WHITESPACE = re.compile(r"\s+")


def normalise_space(text: str | None) -> str:
    """Runs of whitespace (the API's hard line breaks too) become one space; ends are stripped."""
    return _WHITESPACE.sub(" ", text or "").strip()


@dataclass(slots=True)
class ArxivRecord:
    """What arXiv says about one version of a paper, tidied for the editor."""

    id: str  # canonical, without version: 2403.18546, hep-th/9901001
    version: int
    title: str = ""
    authors: list[str] = field(default_factory=list)
    affiliations: list[list[str]] = field(default_factory=list)  # one list per author
    abstract: str = ""
    categories: list[str] = field(default_factory=list)
    primary_category: str = ""
    published: str = ""  # UTC, as arXiv writes it: 2024-03-27T11:59:59Z
    updated: str = ""
    comment: str = ""
    journal_ref: str = ""
    doi: str = ""
    url: str = ""  # the abstract page without version: https://arxiv.org/abs/2403.18546

    @property
    def versioned_id(self) -> str:
        """The id with its version: 2403.18546v2."""
        return f"{self.id}v{self.version}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArxivRecord:
        """A record from to_dict() data; ValueError if the data is not one (unknown keys are ignored)."""
        if not isinstance(data, Mapping):
            raise ValueError("a record is a JSON object")
        identifier, version = data.get("id"), data.get("version")
        if not isinstance(identifier, str) or not identifier:
            raise ValueError("a record needs an id")
        if type(version) is not int or version < 1:
            raise ValueError("a record needs a version (a whole number from 1)")
        values: dict[str, Any] = {"id": identifier, "version": version}
        for name in _TEXT_FIELDS:
            values[name] = _string(data, name)
        for name in ("authors", "categories"):
            values[name] = _strings(data.get(name, []), name)
        affiliations = data.get("affiliations", [])
        if not isinstance(affiliations, list):
            raise ValueError("affiliations must be a list")
        values["affiliations"] = [_strings(item, "affiliations") for item in affiliations]
        if len(values["affiliations"]) != len(values["authors"]):
            raise ValueError("affiliations must run parallel to authors")
        return cls(**values)


_TEXT_FIELDS = (
    "title",
    "abstract",
    "primary_category",
    "published",
    "updated",
    "comment",
    "journal_ref",
    "doi",
    "url",
)


def _string(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value


def _strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must be a list of texts")
    return list(value)


def record_fields(record: ArxivRecord) -> dict[str, object]:
    """The Paper fields a record provides, plus "affiliations" (kept in paper.extra)."""
    # Cleaned here, where both the window and the command take a fetch's fields from.
    return {
        "title_en": clean_text(record.title),
        "abstract_en": clean_text(record.abstract),
        "authors": clean_strings(record.authors),
        "categories": clean_strings(record.categories),
        "primary_category": clean_text(record.primary_category),
        "published": record.published,
        "updated": record.updated,
        "comment": clean_text(record.comment),
        "journal_ref": clean_text(record.journal_ref),
        "doi": clean_text(record.doi),
        "version": record.version,
        "url": clean_text(record.url),
        "affiliations": [list(names) for names in record.affiliations],
    }


@dataclass(slots=True)
class FetchOutcome:
    """What became of one requested id: a record, or a reason there is none."""

    requested: ArxivId
    record: ArxivRecord | None = None
    failure: Failure | None = None  # None on success
    from_cache: bool = False

    @property
    def ok(self) -> bool:
        return self.record is not None and self.failure is None

    @property
    def error(self) -> str:
        """Why there is no record, in English ("" on success)."""
        return self.failure.text() if self.failure is not None else ""


def _api_url(environ: Mapping[str, str]) -> str:
    return (environ.get(API_URL_VARIABLE) or "").strip() or DEFAULT_API_URL


@dataclass
class ArxivSettings:
    """Where the API is and how a fetch asks it."""

    api_url: str = field(default_factory=lambda: _api_url(os.environ))
    batch_size: int = 100  # ids per request: one GET for up to 100 papers, URLs stay short
    http: HttpSettings = field(default_factory=HttpSettings)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> ArxivSettings:
        """Defaults, with the endpoint taken from DIGEST_GUI_ARXIV_API when it is set."""
        return cls(api_url=_api_url(os.environ if environ is None else environ))


def default_cache_folder() -> Path:
    """The user's cache folder for arXiv metadata."""
    return user_cache_dir() / "arxiv"


class MetadataCache:
    """Records on disk, one JSON file per paper, holding the highest version fetched.

    The rule: a request without a version is served by the cached record (the latest
    version fetched here, which arXiv may since have replaced: fetch with use_cache=False
    to look again); a request for version v is served when the cached version is v or
    newer, a newer version's metadata standing in for an older one's. A file that cannot
    be read or is not a record counts as missing.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def path(self, paper_id: str) -> Path:
        """The file of a paper; old-style ids (hep-th/9901001) have their "/" escaped."""
        return self.folder / f"{quote(paper_id, safe='')}.json"

    def get(self, arxiv_id: ArxivId) -> ArxivRecord | None:
        """The cached record serving arxiv_id under the rule above, or None."""
        record = self._read(arxiv_id.id)
        if record is None:
            return None
        if arxiv_id.version is not None and record.version < arxiv_id.version:
            return None
        return record

    def put(self, record: ArxivRecord) -> None:
        """Store a record (atomically), unless a newer version of the paper is already here."""
        if not record.id:
            raise ValueError("a record needs an id")
        known = self._read(record.id)
        if known is not None and known.version > record.version:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": CACHE_FORMAT, "record": record.to_dict()}
        # Not fsynced: a cache entry lost in a power cut only costs asking arXiv again.
        atomic_write_text(self.path(record.id), json.dumps(data, ensure_ascii=False, indent=1), durable=False)

    def _read(self, paper_id: str) -> ArxivRecord | None:
        if not paper_id:
            return None
        try:
            data = json.loads(self.path(paper_id).read_text(encoding="utf-8"))
            if data.get("format") != CACHE_FORMAT:
                return None
            record = ArxivRecord.from_dict(data["record"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            logger.info("ignoring the cached record of %s: %s", paper_id, error)
            return None
        return record if record.id == paper_id else None


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


class ArxivFetcher:
    """Fetches paper metadata: from the cache, else from arXiv in batches, one outcome per id.

    One fetch at a time per fetcher (run it on a worker thread); fetchers share the
    app-wide rate limiter through their Transport.
    """

    def __init__(
        self,
        settings: ArxivSettings | None = None,
        cache: MetadataCache | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.settings = settings or ArxivSettings.from_environment()
        self.cache = cache if cache is not None else MetadataCache(default_cache_folder())
        self.transport = transport or Transport(self.settings.http)
        self.batch_size = max(1, self.settings.batch_size)
        # arxiv builds the URLs and reads the entries, but never sends a request: the
        # Transport does, so its delay and retries stay unused.
        self.client = arxiv.Client(page_size=self.batch_size, delay_seconds=0, num_retries=0)
        self.client.query_url_format = _query_url_format(self.settings.api_url)

    @property
    def requests_made(self) -> int:
        """Requests sent so far, retries included."""
        return self.transport.requests_made

    def batch_url(self, ids: Sequence[ArxivId]) -> str:
        """The API URL asking for these ids (versioned as given), all on one page."""
        search = arxiv.Search(id_list=[str(arxiv_id) for arxiv_id in ids], max_results=len(ids))
        return self.client._format_url(search, 0, len(ids))

    def fetch(
        self,
        ids: Sequence[ArxivId],
        *,
        use_cache: bool = True,
        on_outcome: Callable[[FetchOutcome], None] | None = None,
        cancel: threading.Event | None = None,
        on_wait: Callable[[float], None] | None = None,
    ) -> list[FetchOutcome]:
        """One outcome per entry of ids, in their order; a repeated id is fetched and reported once.

        Cache hits come first without a request (use_cache=False asks arXiv anyway);
        the rest are asked for in batches of at most batch_size ids. on_outcome hears of
        each distinct id once, as soon as its outcome is known. Once cancel is set, the
        ids not fetched yet end with the error "cancelled". Records fetched are cached.
        on_wait(seconds) hears of each wait before arXiv is asked again (its Retry-After).
        """
        distinct = list(dict.fromkeys(ids))
        outcomes: dict[ArxivId, FetchOutcome] = {}

        def report(outcome: FetchOutcome) -> None:
            outcomes[outcome.requested] = outcome
            if on_outcome is not None:
                on_outcome(outcome)

        pending: list[ArxivId] = []
        for arxiv_id in distinct:
            record = self.cache.get(arxiv_id) if use_cache else None
            if record is not None:
                report(FetchOutcome(arxiv_id, record, from_cache=True))
            else:
                pending.append(arxiv_id)
        size = self.batch_size
        queue = deque(pending[start : start + size] for start in range(0, len(pending), size))
        try:
            while queue:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                result = self._fetch_batch(queue.popleft(), cancel, on_wait)
                queue.extendleft(reversed(result.again))
                for outcome in result.outcomes:
                    if outcome.record is not None:
                        self._remember(outcome.record)
                    report(outcome)
        except Cancelled:
            for arxiv_id in distinct:
                if arxiv_id not in outcomes:
                    report(FetchOutcome(arxiv_id, failure=CANCELLED))
        return [outcomes[arxiv_id] for arxiv_id in ids]

    def _remember(self, record: ArxivRecord) -> None:
        try:
            self.cache.put(record)
        except OSError as error:  # a full or read-only disk costs the cache, not the fetch
            logger.warning("cannot cache %s: %s", record.versioned_id, error)

    def _fetch_batch(
        self,
        batch: list[ArxivId],
        cancel: threading.Event | None,
        on_wait: Callable[[float], None] | None = None,
    ) -> _BatchResult:
        try:
            body = self.transport.get(self.batch_url(batch), what="arXiv", cancel=cancel, on_wait=on_wait)
        except HttpError as error:
            if error.status == 414 and len(batch) > 1:  # URL too long for this server: halve
                half = len(batch) // 2
                return _BatchResult(again=[batch[:half], batch[half:]])
            # arXiv explains a refused request (HTTP 400) in an Atom feed of error entries.
            feed = _read_feed(error.body, error.status or 0) if error.body else None
            if feed is None or not feed.errors:
                return _BatchResult([FetchOutcome(arxiv_id, failure=error.failure) for arxiv_id in batch])
        else:
            feed = _read_feed(body, 200)
        return _match(batch, feed)


def _query_url_format(api_url: str) -> str:
    # arxiv formats "<endpoint>?{}" with the encoded query; braces in the URL stay literal.
    escaped = api_url.replace("{", "{{").replace("}", "}}")
    return escaped + ("&{}" if "?" in api_url else "?{}")


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
