"""A local stand-in for an OpenAI-compatible Chat Completions server, for the tests of drafts.

FakeOpenAI is a real HTTP server on 127.0.0.1: POST /v1/chat/completions answers with a
chat completion whose content is a JSON draft in Chinese, and usage. A test can script the
next answers (`script`, first in first out), answer by what the prompt contains (`rules`:
the first rule whose text occurs in the request answers, every time), or say which
response_format types the server takes (`formats`). Every request is recorded with its
headers, so a test can check what was sent and that the key went only where it should.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.local_server import serve
from tests.local_server import stop as stop_server

CHINESE = {
    "title_zh": "一种高效的热图引导抓取检测方法",
    "summary_zh": "本文提出了一种热图引导的局部抓取生成方法，显著提高了抓取的准确性和多样性。",
    "abstract_zh": "快速而稳健的物体抓取是机器人技术的关键组成部分。本文提出了一种高效的局部抓取生成器，"
    "并以抓取热图作为引导，在真实场景中取得了92%的成功率。",
}
ENGLISH = {
    "title_zh": "Efficient heatmap-guided grasp detection in cluttered scenes",
    "summary_zh": "This paper proposes a heatmap-guided local grasp generator that improves accuracy.",
    "abstract_zh": "Fast and robust object grasping in clutter is a crucial component of robotics today.",
}
# An answer to the default prompts, which ask for the English one-line summary too.
WITH_SUMMARY_EN = {
    **CHINESE,
    "summary_en": "This paper guides local grasp generation with heatmaps and grasps more accurately.",
}
USAGE = {"prompt_tokens": 120, "completion_tokens": 80, "total_tokens": 200}

Responder = Callable[["Handler", "FakeOpenAI", dict[str, Any]], None]


@dataclass
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]

    @property
    def prompt(self) -> str:
        return "\n".join(str(message.get("content", "")) for message in self.body.get("messages", []))


@dataclass
class FakeOpenAI:
    """A local Chat Completions server answering every request with a Chinese draft by default."""

    answer: dict[str, str] = field(default_factory=lambda: dict(CHINESE))
    formats: set[str] = field(default_factory=lambda: {"json_schema", "json_object"})
    models: set[str] | None = None  # None: every model is known
    script: deque[Responder] = field(default_factory=deque)
    rules: list[tuple[str, Responder]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    server: ThreadingHTTPServer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def respond(self, handler: Handler, body: dict[str, Any]) -> None:
        """The default: check the model and response_format, then answer with self.answer."""
        if self.models is not None and body.get("model") not in self.models:
            model = body.get("model")
            error(404, f"The model `{model}` does not exist.", "model_not_found")(handler, self, body)
            return
        wanted = (body.get("response_format") or {}).get("type")
        if wanted and wanted not in self.formats:
            message = f"response_format type '{wanted}' is not supported by this server"
            error(400, message, "invalid_request_error")(handler, self, body)
            return
        content(json.dumps(self.answer, ensure_ascii=False))(handler, self, body)

    def start(self) -> None:
        fake = self

        class _Handler(Handler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with fake.lock:
                    fake.seen.append(seen)
                    responder = next((r for text, r in fake.rules if text in seen.prompt), None)
                    if responder is None and fake.script:
                        responder = fake.script.popleft()
                if self.path != "/v1/chat/completions":
                    send(self, 404, {"detail": "Not Found"})
                elif responder is None:
                    fake.respond(self, body)
                else:
                    responder(self, fake, body)

        self.server = serve(_Handler)

    def stop(self) -> None:
        self.release.set()  # ends every stalled answer
        if self.server is not None:
            stop_server(self.server)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass


def send(
    handler: BaseHTTPRequestHandler, status: int, data: Any, headers: dict[str, str] | None = None
) -> None:
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(raw)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(raw)


def completion(text: str, body: dict[str, Any], finish_reason: str = "stop") -> dict[str, Any]:
    """A chat completion as the OpenAI API lays it out."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "test-model"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
        "usage": USAGE,
    }


# --- scripted answers --------------------------------------------------------------------


def content(text: str, finish_reason: str = "stop") -> Responder:
    """Answer 200 with this message content."""

    def respond(handler: Handler, fake: FakeOpenAI, body: dict[str, Any]) -> None:
        send(handler, 200, completion(text, body, finish_reason))

    return respond


def draft(**fields: str) -> Responder:
    """Answer with a JSON draft: the default Chinese one with these fields replaced."""
    return content(json.dumps({**CHINESE, **fields}, ensure_ascii=False))


def english() -> Responder:
    """Answer in English (a model that ignored the instruction)."""
    return content(json.dumps(ENGLISH))


def malformed() -> Responder:
    """Answer with something that is not the JSON asked for."""
    return content('Sure! Here is the translation: {"title_zh": "一种方法", "summary_zh": ')


def error(status: int, message: str, code: str | None = None, **headers: str) -> Responder:
    """Answer with an OpenAI-style error object."""

    def respond(handler: Handler, fake: FakeOpenAI, body: dict[str, Any]) -> None:
        data = {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}
        send(handler, status, data, {k.replace("_", "-"): v for k, v in headers.items()})

    return respond


def slow(seconds: float, then: Responder | None = None) -> Responder:
    """Wait (until the test ends at the latest), then answer as `then` or the default."""

    def respond(handler: Handler, fake: FakeOpenAI, body: dict[str, Any]) -> None:
        fake.release.wait(seconds)
        (then or (lambda h, f, b: f.respond(h, b)))(handler, fake, body)

    return respond


def default(handler: Handler, fake: FakeOpenAI, body: dict[str, Any]) -> None:
    fake.respond(handler, body)
