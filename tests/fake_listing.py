"""A local stand-in for arXiv's RSS listings: /rss/CATEGORY serves tests/fixtures/listing-CATEGORY.xml."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

from digest_gui.core.sources.http import LIMITER
from tests.conftest import FIXTURES
from tests.local_server import serve
from tests.local_server import stop as stop_server


class FeedHandler(BaseHTTPRequestHandler):
    """Answers from the fixtures (404 when a category has none), or as a test sets it."""

    hits: ClassVar[list[str]] = []
    status: ClassVar[int] = 200
    body: ClassVar[bytes | None] = None  # instead of the fixture
    hold: ClassVar[threading.Event | None] = None  # answer only once this is set

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        if self.hold is not None:
            self.hold.wait(10)
        path = FIXTURES / f"listing-{self.path.rsplit('/', 1)[-1]}.xml"
        body = self.body if self.body is not None else (path.read_bytes() if path.exists() else b"")
        status = self.status if self.status != 200 or body else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def start_feeds() -> ThreadingHTTPServer:
    """Serve the listings, every setting back to its default."""
    FeedHandler.hits = []
    FeedHandler.status = 200
    FeedHandler.body = None
    FeedHandler.hold = None
    # A fetch of another test may have left the app-wide limiter waiting for arXiv's pace.
    LIMITER.reset()
    return serve(FeedHandler)


def stop_feeds(server: ThreadingHTTPServer) -> None:
    if FeedHandler.hold is not None:
        FeedHandler.hold.set()  # a held answer must not keep the server from stopping
    stop_server(server)


def rss_url(server: ThreadingHTTPServer) -> str:
    """The listings' address, as DIGEST_GUI_ARXIV_RSS or ListingSettings.rss_url take it."""
    return f"http://127.0.0.1:{server.server_address[1]}/rss/"
