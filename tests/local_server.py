"""A real HTTP server on 127.0.0.1 for the stand-ins of arXiv and of a model server."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out and left: expected here


def serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """Start serving on a free local port, in a daemon thread."""
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def stop(server: ThreadingHTTPServer) -> None:
    server.shutdown()
    server.server_close()
