"""Bounds on talking to a model server: a size limit on answers, a deadline, a quick cancel.

The OpenAI client reads a whole answer into memory and its timeout is per read, so a
server trickling bytes, or sending a 30-million-character (or endlessly decompressing)
answer, would hold a draft for minutes and fill the memory. Here the client's HTTP
transport reads answers in pieces (decompressing them itself, a piece at a time) and
refuses one past a limit, and each request runs on a daemon thread of its own, so the
caller stops waiting at a cancel or a deadline without waiting for the socket.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

# Far above any real draft (three fields of a few kilobytes, in JSON).
MAX_ANSWER_BYTES = 5 * 1024 * 1024
_PIECE = 64 * 1024

T = TypeVar("T")


class AnswerTooBig(Exception):
    """An answer went past the size limit; what was read is dropped."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is longer than {limit} bytes")
        self.limit = limit


class TooSlow(Exception):
    """The whole request took longer than its deadline."""


class Abandoned(Exception):
    """The caller stopped waiting (a cancel)."""


def bounded_http_client(limit: int = MAX_ANSWER_BYTES) -> Any:
    """An httpx client for the OpenAI client whose answers are read up to `limit` bytes (decoded)."""
    import httpx2

    class _Capped(httpx2.SyncByteStream):
        def __init__(self, inner: Any, decode: bool) -> None:
            self._inner = inner
            # wbits 47: a gzip or a zlib stream, told by its header.
            self._decoder = zlib.decompressobj(47) if decode else None

        def __iter__(self) -> Iterator[bytes]:
            size = 0
            for chunk in self._inner:
                for piece in self._decoded(chunk):
                    size += len(piece)
                    if size > limit:
                        raise AnswerTooBig(limit)
                    yield piece

        def _decoded(self, chunk: bytes) -> Iterator[bytes]:
            if self._decoder is None:
                yield chunk
                return
            try:
                # max_length: a small bomb never expands past one piece at a time.
                piece = self._decoder.decompress(chunk, _PIECE)
                yield piece
                while self._decoder.unconsumed_tail:
                    yield self._decoder.decompress(self._decoder.unconsumed_tail, _PIECE)
            except zlib.error as error:
                raise httpx2.DecodingError(str(error)) from None

        def close(self) -> None:
            self._inner.close()

    class _Bounded(httpx2.BaseTransport):
        def __init__(self) -> None:
            self._inner = httpx2.HTTPTransport()

        def handle_request(self, request: Any) -> Any:
            response = self._inner.handle_request(request)
            encoding = response.headers.get("content-encoding", "").strip().lower()
            decode = encoding in ("gzip", "x-gzip", "deflate")
            if decode:
                del response.headers["content-encoding"]  # decoded here, not again by httpx
            response.stream = _Capped(response.stream, decode)
            return response

        def close(self) -> None:
            self._inner.close()

    # Asked for plainly: a server that compresses anyway is decoded above, within the limit.
    return httpx2.Client(transport=_Bounded(), headers={"Accept-Encoding": "identity"})


def call_bounded(function: Callable[[], T], deadline: float, cancel: threading.Event | None) -> T:
    """function() on a daemon thread; raise TooSlow past `deadline` seconds, Abandoned at a cancel.

    On either, the thread is left to end at its own timeout: a daemon thread never holds
    the process up at quit, and the caller is free at once.
    """
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed to the waiting thread
            outcome["error"] = error
        finally:
            done.set()

    threading.Thread(target=run, name="digest-gui-model", daemon=True).start()
    ends = time.monotonic() + deadline
    while not done.wait(0.05):
        if cancel is not None and cancel.is_set():
            raise Abandoned()
        if time.monotonic() >= ends:
            raise TooSlow()
    if "error" in outcome:
        raise outcome["error"]
    value: T = outcome["value"]
    return value
