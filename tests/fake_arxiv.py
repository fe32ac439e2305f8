"""A local stand-in for the arXiv API, for the tests of fetching (core and window).

FakeArxiv is a real HTTP server on 127.0.0.1 that answers the way the arXiv API user
manual lays answers out; a test can script any request's answer.
"""

from __future__ import annotations

import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

import requests

from digest_gui.core.sources.http import HttpSettings
from tests.local_server import serve
from tests.local_server import stop as stop_server

ARXIV_NS = 'xmlns:arxiv="http://arxiv.org/schemas/atom"'
OPENSEARCH_NS = 'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"'
_VERSIONED = re.compile(r"(?P<id>.+?)(?:v(?P<version>[0-9]+))?")


# --- Atom answers, laid out as the arXiv API user manual shows them -------------------------


def atom_entry(
    versioned_id: str,
    *,
    title: str | None = None,
    authors: list[tuple[str, list[str]]] | None = None,
    summary: str | None = None,
    comment: str | None = "12 pages, 5 figures;\n  code at https://example.org/code",
    journal_ref: str | None = "IEEE Robotics and Automation Letters 9 (2024)",
    doi: str | None = "10.1109/LRA.2024.0001",
    primary: str = "cs.RO",
    categories: tuple[str, ...] = ("cs.RO", "cs.CV"),
    published: str = "2024-03-27T11:59:59Z",
    updated: str = "2024-03-29T08:00:00Z",
) -> str:
    """One <entry>, with the hard line breaks arXiv puts into titles and abstracts."""
    if title is None:
        title = f"Efficient Heatmap-Guided Grasp Detection\n  in Cluttered Scenes ({versioned_id})"
    if authors is None:
        authors = [("Siang Chen", ["Tsinghua University", "Shenzhen\n  Institute"]), ("Wei Tang", [])]
    if summary is None:
        summary = (
            "  Fast and robust object grasping in clutter is a crucial component of\n"
            "robotics.   Most approaches\tuse the whole scene,\n"
            "which is costly.\n"
        )
    parts = [
        "  <entry>",
        f"    <id>http://arxiv.org/abs/{versioned_id}</id>",
        f"    <updated>{updated}</updated>",
        f"    <published>{published}</published>",
        f"    <title>{escape(title)}</title>",
        f"    <summary>{escape(summary)}</summary>",
    ]
    for name, affiliations in authors:
        parts.append("    <author>")
        parts.append(f"      <name>{escape(name)}</name>")
        parts += [
            f"      <arxiv:affiliation {ARXIV_NS}>{escape(a)}</arxiv:affiliation>" for a in affiliations
        ]
        parts.append("    </author>")
    if doi is not None:
        parts.append(f"    <arxiv:doi {ARXIV_NS}>{escape(doi)}</arxiv:doi>")
        parts.append(f'    <link title="doi" href="http://dx.doi.org/{escape(doi)}" rel="related"/>')
    if comment is not None:
        parts.append(f"    <arxiv:comment {ARXIV_NS}>{escape(comment)}</arxiv:comment>")
    if journal_ref is not None:
        parts.append(f"    <arxiv:journal_ref {ARXIV_NS}>{escape(journal_ref)}</arxiv:journal_ref>")
    parts += [
        f'    <link href="http://arxiv.org/abs/{versioned_id}" rel="alternate" type="text/html"/>',
        f'    <link title="pdf" href="http://arxiv.org/pdf/{versioned_id}" rel="related"'
        ' type="application/pdf"/>',
        f'    <arxiv:primary_category {ARXIV_NS} term="{primary}" scheme="http://arxiv.org/schemas/atom"/>',
    ]
    parts += [f'    <category term="{term}" scheme="http://arxiv.org/schemas/atom"/>' for term in categories]
    parts.append("  </entry>")
    return "\n".join(parts) + "\n"


def atom_feed(entries: list[str], *, query: str = "", total: int | None = None) -> bytes:
    """A whole answer: the feed header with its opensearch counts, then the entries."""
    count = len(entries) if total is None else total
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f'  <link href="http://arxiv.org/api/query?{escape(query)}" rel="self"'
        ' type="application/atom+xml"/>\n'
        f'  <title type="html">ArXiv Query: {escape(query)}</title>\n'
        "  <id>http://arxiv.org/api/b8RmYJ1t8rMkL3dqZ7tcOkUhTaA</id>\n"
        "  <updated>2024-03-29T00:00:00-04:00</updated>\n"
        f"  <opensearch:totalResults {OPENSEARCH_NS}>{count}</opensearch:totalResults>\n"
        f"  <opensearch:startIndex {OPENSEARCH_NS}>0</opensearch:startIndex>\n"
        f"  <opensearch:itemsPerPage {OPENSEARCH_NS}>{count}</opensearch:itemsPerPage>\n"
    )
    return (head + "".join(entries) + "</feed>\n").encode("utf-8")


def error_feed(message: str) -> bytes:
    """The API's answer to a request it refuses: one error entry."""
    anchor = message.replace(" ", "_")
    entry = (
        "  <entry>\n"
        f"    <id>http://arxiv.org/api/errors#{escape(anchor)}</id>\n"
        "    <title>Error</title>\n"
        f"    <summary>{escape(message)}</summary>\n"
        "    <updated>2024-03-29T00:00:00-04:00</updated>\n"
        f'    <link href="http://arxiv.org/api/errors#{escape(anchor)}" rel="alternate" type="text/html"/>\n'
        "    <author>\n      <name>arXiv api core</name>\n    </author>\n"
        "  </entry>\n"
    )
    return atom_feed([entry])


# --- The stand-in server ------------------------------------------------------------------


@dataclass
class Seen:
    """One request the server received."""

    path: str
    ids: list[str]
    time: float
    headers: dict[str, str]


@dataclass
class FakeArxiv:
    """A local arXiv API: every id is known (latest version 3) unless the test says otherwise."""

    latest: dict[str, int] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    refused: set[str] = field(default_factory=set)  # "incorrect id format for ..."
    max_ids: int | None = None  # more ids in one URL -> HTTP 414
    script: deque[Callable[[BaseHTTPRequestHandler, FakeArxiv], None]] = field(default_factory=deque)
    seen: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/query"

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        """What the real API would say to this request."""
        query = parse_qs(urlsplit(handler.path).query, keep_blank_values=True)
        ids = [item for item in query.get("id_list", [""])[0].split(",") if item]
        if self.max_ids is not None and len(ids) > self.max_ids:
            send(handler, 414, b"<html><body>Request-URI Too Long</body></html>", "text/html")
            return
        for requested in ids:
            if requested in self.refused:
                send(handler, 400, error_feed(f"incorrect id format for {requested}"))
                return
        entries = []
        for requested in ids:
            match = _VERSIONED.fullmatch(requested)
            assert match is not None
            paper_id, version = match["id"], match["version"]
            latest = self.latest.get(paper_id, 3)
            if paper_id in self.unknown or (version is not None and int(version) > latest):
                continue
            entries.append(atom_entry(f"{paper_id}v{version or latest}"))
        send(handler, 200, atom_feed(entries, query=urlsplit(handler.path).query))

    def start(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
                ids = [item for item in query.get("id_list", [""])[0].split(",") if item]
                fake.seen.append(Seen(self.path, ids, time.monotonic(), dict(self.headers.items())))
                respond = fake.script.popleft() if fake.script else None
                if respond is None:
                    fake.answer(self)
                else:
                    respond(self, fake)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = serve(Handler)

    def stop(self) -> None:
        self.release.set()  # ends every stalled answer
        if self.server is not None:
            stop_server(self.server)


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str = "application/atom+xml; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def reply(status: int, body: bytes = b"", content_type: str = "text/plain", **headers: str):
    """A scripted answer: this status, body and headers."""

    def respond(handler: BaseHTTPRequestHandler, fake: FakeArxiv) -> None:
        send(handler, status, body, content_type, {k.replace("_", "-"): v for k, v in headers.items()})

    return respond


def body(data: bytes):
    """A scripted 200 answer with this body (an Atom content type, whatever the body is)."""
    return reply(200, data, "application/atom+xml; charset=utf-8")


def stall(handler: BaseHTTPRequestHandler, fake: FakeArxiv) -> None:
    """Accept the request, then say nothing (until the test ends)."""
    fake.release.wait(30)


def stall_mid_body(handler: BaseHTTPRequestHandler, fake: FakeArxiv) -> None:
    """Send the headers and a few bytes of the body, then say nothing."""
    handler.send_response(200)
    handler.send_header("Content-Length", "5000")
    handler.end_headers()
    handler.wfile.write(b'<?xml version="1.0"?>')
    handler.wfile.flush()
    fake.release.wait(30)


def hang_up_mid_body(handler: BaseHTTPRequestHandler, fake: FakeArxiv) -> None:
    """Promise 5000 bytes, send 30, close the connection."""
    handler.send_response(200)
    handler.send_header("Content-Length", "5000")
    handler.end_headers()
    handler.wfile.write(b'<?xml version="1.0"?><feed xmlns=')
    handler.wfile.flush()
    handler.close_connection = True


def default(handler: BaseHTTPRequestHandler, fake: FakeArxiv) -> None:
    fake.answer(handler)


class RecordingSession(requests.Session):
    """A session noting when each request leaves (the spacing the limiter promises)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[float] = []

    def request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.sent.append(time.monotonic())
        return super().request(*args, **kwargs)


FAST = HttpSettings(
    min_interval=0.05, connect_timeout=1.0, read_timeout=0.4, retries=2, backoff=0.05, max_wait=5
)
