"""Paper metadata from the arXiv API: batched, polite, bounded, strictly read, cached.

The arxiv package (tested with 4.0.2) builds the query URLs and turns each Atom <entry>
into a Result; the rest is ours. The package sends requests without a timeout, retries at
once without back-off, ignores Retry-After, reads an HTML page or an error feed served
with HTTP 200 as "no results" and makes a paper without authors of an answer cut off
mid-entry. Here every request goes through http.Transport (the app-wide limiter,
timeouts, retries), and an answer is checked before arxiv reads any entry of it
(arxiv_feed.py). What a paper's record holds is in arxiv_records.py, the cache in
arxiv_cache.py; this module asks, in batches, and hands each id its outcome.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import arxiv

from digest_gui.core.failures import CANCELLED
from digest_gui.core.identifiers import ArxivId
from digest_gui.core.sources.arxiv_cache import CACHE_FORMAT, MetadataCache, default_cache_folder
from digest_gui.core.sources.arxiv_feed import (
    CUT_OFF,
    EMPTY_ANSWER,
    INCOMPLETE,
    MALFORMED,
    NOT_A_FEED,
    _BatchResult,
    _match,
    _read_feed,
    not_returned_error,
    unknown_error,
    web_page_error,
)
from digest_gui.core.sources.arxiv_records import ArxivRecord, FetchOutcome, normalise_space, record_fields
from digest_gui.core.sources.http import Cancelled, HttpError, HttpSettings, Transport
from digest_gui.core.sources.request_progress import RequestProgress

# What callers and tests import from here; each lives in the module named above.
__all__ = [
    "CACHE_FORMAT",
    "CUT_OFF",
    "EMPTY_ANSWER",
    "INCOMPLETE",
    "MALFORMED",
    "NOT_A_FEED",
    "ArxivFetcher",
    "ArxivRecord",
    "ArxivSettings",
    "FetchOutcome",
    "MetadataCache",
    "default_cache_folder",
    "normalise_space",
    "not_returned_error",
    "record_fields",
    "unknown_error",
    "web_page_error",
]

logger = logging.getLogger(__name__)

API_URL_VARIABLE = "DIGEST_GUI_ARXIV_API"
DEFAULT_API_URL = "https://export.arxiv.org/api/query"


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
        on_progress: Callable[[RequestProgress], None] | None = None,
    ) -> list[FetchOutcome]:
        """One outcome per entry of ids, in their order; a repeated id is fetched and reported once.

        Cache hits come first without a request (use_cache=False asks arXiv anyway);
        the rest are asked for in batches of at most batch_size ids. on_outcome hears of
        each distinct id once, as soon as its outcome is known. Once cancel is set, the
        ids not fetched yet end with the error "cancelled". Records fetched are cached.
        on_progress hears of each request's tries and of each wait before arXiv is asked
        again (its Retry-After included; see http.Transport.get).
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
                result = self._fetch_batch(queue.popleft(), cancel, on_progress)
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
        on_progress: Callable[[RequestProgress], None] | None = None,
    ) -> _BatchResult:
        try:
            body = self.transport.get(
                self.batch_url(batch), what="arXiv", cancel=cancel, on_progress=on_progress
            )
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
