"""Polite, bounded HTTP for arXiv: spaced requests, timeouts, retries, one clear failure.

arXiv asks API clients for at most one request every three seconds. Every request the
app makes to arXiv goes through one RateLimiter, whatever thread it runs on.
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass
from datetime import UTC

import requests
import urllib3.exceptions
from requests.exceptions import ChunkedEncodingError, ContentDecodingError

from digest_gui import APP_NAME, version
from digest_gui.core.errors import Cancelled, DigestError
from digest_gui.core.failures import Failure

# Statuses worth trying again: arXiv's "slow down" and passing server trouble.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def user_agent() -> str:
    """Who is asking, as arXiv's API terms want clients to say."""
    return f"{APP_NAME}/{version()} (desktop editor of bilingual arXiv digests; python-requests)"


class HttpError(DigestError):
    """A request failed for good; the failure says why (str() in English words)."""

    def __init__(self, failure: Failure | str, status: int | None = None, body: bytes = b"") -> None:
        self.failure = failure if isinstance(failure, Failure) else Failure.message(failure)
        super().__init__(self.failure.text())
        self.status = status
        # What the server sent with a refusal: arXiv explains a 400 in an Atom error feed.
        self.body = body


@dataclass
class HttpSettings:
    """How patient and how polite requests are."""

    min_interval: float = 3.0  # seconds between the starts of two requests, app-wide
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # a server that accepts and then says nothing fails after this
    retries: int = 3  # tries after the first
    backoff: float = 3.0  # seconds before the first retry; doubles each time
    max_wait: float = 120.0  # the longest Retry-After or back-off honoured


class RateLimiter:
    """Spaces requests: each starts at least `interval` seconds after the previous one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, interval: float, cancel: threading.Event | None = None) -> None:
        """Block until a request may start; raise Cancelled if cancel is set meanwhile."""
        while True:
            with self._lock:
                now = time.monotonic()
                if now >= self._next:
                    self._next = now + interval
                    return
                delay = self._next - now
            _sleep(delay, cancel)

    def reset(self) -> None:
        with self._lock:
            self._next = 0.0


# One limiter for the whole application: two fetches at once still take turns.
LIMITER = RateLimiter()


def _sleep(seconds: float, cancel: threading.Event | None) -> None:
    if cancel is None:
        time.sleep(seconds)
    elif cancel.wait(seconds):
        raise Cancelled()


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²".isdigit() is true too, and float() refuses it
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        # HTTP dates are GMT; the asctime form and "-0000" parse without a zone, which
        # timestamp() would take as local time.
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Transport:
    """GETs with the limiter, timeouts and retries; counts the requests it sends."""

    def __init__(
        self,
        settings: HttpSettings | None = None,
        limiter: RateLimiter = LIMITER,
        session: requests.Session | None = None,
    ) -> None:
        self.settings = settings or HttpSettings()
        self.limiter = limiter
        self.session = session or requests.Session()
        self.requests_made = 0

    def get(self, url: str, *, what: str = "arXiv", cancel: threading.Event | None = None) -> bytes:
        """The body of a 200 answer; raise HttpError (readable) or Cancelled."""
        settings = self.settings
        problem = Failure("")
        for attempt in range(settings.retries + 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            self.limiter.wait(settings.min_interval, cancel)
            self.requests_made += 1
            wait = settings.backoff * (2**attempt)
            try:
                response = self.session.get(
                    url,
                    headers={"User-Agent": user_agent()},
                    timeout=(settings.connect_timeout, settings.read_timeout),
                )
            except requests.ConnectTimeout:
                problem = Failure.make("no_connection", what=what, seconds=f"{settings.connect_timeout:g}")
            except requests.Timeout:
                problem = Failure.make("no_answer", what=what, seconds=f"{settings.read_timeout:g}")
            except requests.ConnectionError as error:
                if _timed_out(error):
                    # A read timeout while the body arrives comes wrapped as a ConnectionError.
                    problem = Failure.make("no_answer", what=what, seconds=f"{settings.read_timeout:g}")
                else:
                    problem = Failure.make("unreachable", what=what, reason=_reason(error))
            except (ChunkedEncodingError, ContentDecodingError) as error:
                # The connection broke mid-answer: as passing as a refused connection.
                problem = Failure.make("broke_off", what=what, reason=_reason(error))
            except requests.RequestException as error:
                raise HttpError(Failure.make("cannot_ask", what=what, reason=_reason(error))) from None
            else:
                if response.status_code == 200:
                    return response.content
                status = response.status_code
                if status not in RETRY_STATUSES:
                    failure = Failure.make(
                        "http_status", what=what, status=status, reason=response.reason or "error"
                    )
                    raise HttpError(failure, status, response.content)
                problem = Failure.make(
                    "http_status", what=what, status=status, reason=response.reason or "busy"
                )
                asked = retry_after(response.headers.get("Retry-After"))
                if asked is not None:
                    wait = asked
            if attempt < settings.retries:
                _sleep(min(wait, settings.max_wait), cancel)
        raise HttpError(problem.adding(tries=settings.retries + 1))


def _timed_out(error: Exception) -> bool:
    # requests raises ConnectionError(ReadTimeoutError(...)): the cause travels as an argument.
    return any(isinstance(arg, urllib3.exceptions.ReadTimeoutError) for arg in error.args)


def _reason(error: Exception) -> str:
    # requests wraps urllib3 errors several levels deep; the innermost says the most.
    inner: BaseException = error
    while inner.__context__ is not None and inner.__context__ is not inner:
        inner = inner.__context__
    text = str(inner) or type(inner).__name__
    return text.splitlines()[0][:160]
