"""Polite, bounded HTTP for arXiv: spaced requests, timeouts, retries, one clear failure.

arXiv asks API clients for at most one request every three seconds. Every request the
app makes to arXiv goes through one RateLimiter, whatever thread it runs on, and the
limiter shares the spacing with other running instances through a small locked file
beside the metadata cache.

Every request is bounded: it runs on a daemon thread of its own while the caller waits
for the answer, a cancel or an overall deadline (a server trickling a byte every few
seconds never trips a read timeout), so a cancel or a quit never waits for a socket;
the body is read in pieces (decompressed piece by piece) up to a size limit.
"""

from __future__ import annotations

import contextlib
import email.utils
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from functools import partial
from pathlib import Path
from typing import Any

import requests
import urllib3.exceptions
from requests.exceptions import ChunkedEncodingError, ContentDecodingError

from digest_gui import APP_NAME, version
from digest_gui.core.errors import Cancelled, DigestError
from digest_gui.core.failures import Failure
from digest_gui.core.sources.request_progress import RequestProgress

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
    # The longest Retry-After honoured (an hour: arXiv and model servers ask for minutes at
    # most when busy); a server asking for longer fails the request, saying how long it asked.
    max_wait: float = 3600.0
    max_backoff: float = 120.0  # the longest wait of our own between tries
    # A whole answer, headers to last byte: a server trickling bytes fails after this.
    deadline: float = 120.0
    # Far above any real answer (arXiv's 100-paper pages are about 300 kB): a bigger or
    # endlessly decompressing body is refused instead of filling the memory.
    max_bytes: int = 50 * 1024 * 1024


def default_spacing_file() -> Path:
    """The file through which running instances share arXiv's request spacing."""
    from digest_gui.paths import user_cache_dir

    return user_cache_dir() / "arxiv" / "request-spacing"


class RateLimiter:
    """Spaces requests: each starts at least `interval` seconds after the previous one.

    With a shared file, other processes using the same file are spaced too: the file holds
    the wall-clock time the next request may start, read and written under an OS lock.
    """

    def __init__(self, shared_file: Callable[[], Path] | None = None) -> None:
        self._lock = threading.Lock()
        self._next = 0.0
        self._shared_file = shared_file

    def wait(self, interval: float, cancel: threading.Event | None = None) -> None:
        """Block until a request may start; raise Cancelled if cancel is set meanwhile."""
        while True:
            with self._lock:
                now = time.monotonic()
                if now >= self._next:
                    delay = self._claim_shared(interval)
                    if delay <= 0:
                        self._next = now + interval
                        return
                else:
                    delay = self._next - now
            _sleep(min(delay, interval), cancel)

    def _claim_shared(self, interval: float) -> float:
        """0 once this process holds the next turn in the shared file, else the seconds to wait."""
        if self._shared_file is None or interval <= 0:
            return 0.0
        try:
            path = self._shared_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            with _locked(path) as handle:
                handle.seek(0)
                try:
                    next_start = float(handle.read().decode("ascii").strip() or 0)
                except ValueError:
                    next_start = 0.0
                now = time.time()
                # A time well beyond one interval ahead is a clock that went back: ignore it.
                if next_start <= now or next_start > now + interval + 1.0:
                    handle.seek(0)
                    handle.truncate()
                    handle.write(f"{now + interval:.6f}".encode("ascii"))
                    handle.flush()
                    return 0.0
                return next_start - now
        except OSError:
            return 0.0  # an unusable cache folder costs the sharing, not the request

    def reset(self) -> None:
        with self._lock:
            self._next = 0.0
        if self._shared_file is not None:
            with contextlib.suppress(OSError):
                self._shared_file().unlink(missing_ok=True)


class _locked:
    """The file opened for reading and writing, under an exclusive OS lock while in the block."""

    def __init__(self, path: Path) -> None:
        self.handle = open(path, "a+b")  # noqa: SIM115 (closed in __exit__)

    def __enter__(self) -> Any:
        _lock_file(self.handle, True)
        return self.handle

    def __exit__(self, *exc: object) -> None:
        try:
            _lock_file(self.handle, False)
        finally:
            self.handle.close()


def _lock_file(handle: Any, lock: bool) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        mode = msvcrt.LK_LOCK if lock else msvcrt.LK_UNLCK  # type: ignore[attr-defined]
        msvcrt.locking(handle.fileno(), mode, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX if lock else fcntl.LOCK_UN)


# One limiter for the whole application: two fetches at once still take turns, and so do
# two running instances.
LIMITER = RateLimiter(default_spacing_file)


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
    """GETs with the limiter, timeouts, a deadline, a size limit and retries; counts the requests it sends."""

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

    def get(
        self,
        url: str,
        *,
        what: str = "arXiv",
        cancel: threading.Event | None = None,
        on_progress: Callable[[RequestProgress], None] | None = None,
    ) -> bytes:
        """The body of a 200 answer; raise HttpError (readable) or Cancelled.

        on_progress hears of each try as it starts and of each wait before a retry (its
        seconds, a server's Retry-After included), with why the previous try failed (the
        window says what a stalled fetch is waiting for).
        """
        settings = self.settings
        problem = Failure("")
        tries = settings.retries + 1
        for attempt in range(tries):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            wait = min(settings.backoff * (2**attempt), settings.max_backoff)
            if on_progress is not None:
                on_progress(RequestProgress(what, attempt + 1, tries, 0.0, problem if attempt else None))
            try:
                status, reason, headers, content = self._exchange(url, what, cancel)
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
                if status == 200:
                    return content
                if status not in RETRY_STATUSES:
                    failure = Failure.make("http_status", what=what, status=status, reason=reason or "error")
                    raise HttpError(failure, status, content)
                problem = Failure.make("http_status", what=what, status=status, reason=reason or "busy")
                asked = retry_after(headers.get("Retry-After"))
                if asked is not None and asked > settings.max_wait:
                    # Waiting hours inside a fetch helps no one: say how long it asked instead.
                    raise HttpError(
                        Failure.make("asked_to_wait", what=what, seconds=f"{asked:.0f}"), status, content
                    )
                if asked is not None:
                    wait = asked
            if attempt < settings.retries:
                if on_progress is not None:
                    on_progress(RequestProgress(what, attempt + 2, tries, wait, problem))
                _sleep(wait, cancel)
        raise HttpError(problem.adding(tries=settings.retries + 1))

    def _exchange(self, url: str, what: str, cancel: threading.Event | None) -> tuple[int, str, Any, bytes]:
        """One request on its own daemon thread: (status, reason, headers, body).

        The caller waits for it, a cancel or the deadline; on a cancel or the deadline
        the request's socket is shut down and its thread left to end by itself.
        """
        settings = self.settings
        # The request thread waits for its turn itself, so that it is sent the moment the
        # limiter lets it go, however long a thread takes to start on a busy machine.
        exchange = _Exchange(
            self.session, url, settings, partial(self.limiter.wait, settings.min_interval, cancel)
        )
        thread = threading.Thread(target=exchange.run, name="digest-gui-http", daemon=True)
        thread.start()
        while not exchange.done.wait(0.05):
            if cancel is not None and cancel.is_set():
                exchange.abandon()
                raise Cancelled()
            sent = exchange.sent_at
            if sent is not None and time.monotonic() >= sent + settings.deadline:
                exchange.abandon()
                raise HttpError(Failure.make("too_slow", what=what, seconds=f"{settings.deadline:g}"))
        if exchange.sent_at is not None:
            self.requests_made += 1
        if exchange.error is not None:
            raise exchange.error
        if exchange.too_big:
            megabytes = f"{settings.max_bytes / 1024 / 1024:g}"
            raise HttpError(Failure.make("too_big", what=what, megabytes=megabytes))
        response = exchange.response
        assert response is not None
        return response.status_code, response.reason, response.headers, exchange.body


class _Exchange:
    """One GET whose body is read in pieces up to a limit; run() on a thread of its own."""

    def __init__(
        self, session: requests.Session, url: str, settings: HttpSettings, wait_turn: Callable[[], None]
    ) -> None:
        self.session = session
        self.wait_turn = wait_turn
        self.sent_at: float | None = None
        self.url = url
        self.settings = settings
        self.done = threading.Event()
        self.response: requests.Response | None = None
        self.body = b""
        self.too_big = False
        self.error: BaseException | None = None
        self._stop = threading.Event()

    def run(self) -> None:
        settings = self.settings
        try:
            self.wait_turn()
            self.sent_at = time.monotonic()
            response = self.session.get(
                self.url,
                headers={"User-Agent": user_agent()},
                timeout=(settings.connect_timeout, settings.read_timeout),
                stream=True,
            )
            self.response = response
            pieces: list[bytes] = []
            size = 0
            # Decoded pieces: urllib3 decompresses a gzip answer a piece at a time, so a
            # small bomb never expands past the limit in memory.
            for piece in response.iter_content(64 * 1024):
                size += len(piece)
                if size > settings.max_bytes:
                    self.too_big = True
                    break
                pieces.append(piece)
                if self._stop.is_set():
                    break
            self.body = b"".join(pieces)
        except BaseException as error:  # handed to the waiting thread
            self.error = error
        finally:
            if self.response is not None:
                self.response.close()
            self.done.set()

    def abandon(self) -> None:
        """Stop reading and shut the socket down (a blocked read then ends at once)."""
        self._stop.set()
        response = self.response
        if response is None:
            return
        try:
            connection = getattr(response.raw, "_connection", None) or getattr(
                response.raw, "connection", None
            )
            sock = getattr(connection, "sock", None)
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except (OSError, AttributeError):
            pass


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
