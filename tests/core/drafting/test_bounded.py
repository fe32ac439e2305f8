"""A model server cannot hold a draft forever or fill the memory (issue 10, items 10 to 12)."""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
import time
from collections.abc import Iterator

import pytest

from digest_gui.core.drafting.llm import Drafter, LlmSettings
from digest_gui.core.drafting.model_errors import DraftError
from digest_gui.core.failures import CANCELLED
from digest_gui.core.model import Paper
from tests.fake_openai import CHINESE, FakeOpenAI, completion, error, slow

KEY = "sk-test-bounded-0123456789"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    server.start()
    yield server
    server.stop()


def drafter(fake: FakeOpenAI, **settings) -> Drafter:
    values = {"base_url": fake.url, "model": "test-model", "timeout": 5.0, **settings}
    made = Drafter(LlmSettings(**values), KEY)
    made.backoff = 0.01
    return made


def paper() -> Paper:
    return Paper(id="2403.00001", title_en="A Title", abstract_en="An abstract of the paper.")


def trickle(handler, fake: FakeOpenAI, body) -> None:
    """Headers, then one byte of a long answer at a time, each well within the timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    while not fake.release.wait(0.1):
        try:
            handler.wfile.write(b" ")
            handler.wfile.flush()
        except OSError:
            return


def huge(characters: int, compress: bool = False):
    def respond(handler, fake: FakeOpenAI, body) -> None:
        text = json.dumps({**CHINESE, "abstract_zh": "长" * characters}, ensure_ascii=False)
        raw = json.dumps(completion(text, body), ensure_ascii=False).encode("utf-8")
        if compress:
            raw = gzip.compress(raw, compresslevel=9)
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        if compress:
            handler.send_header("Content-Encoding", "gzip")
        handler.end_headers()
        with contextlib.suppress(OSError):  # the client refused the rest
            handler.wfile.write(raw)

    return respond


def test_a_trickling_model_server_meets_the_deadline(fake):
    fake.script.append(trickle)
    with pytest.raises(DraftError) as caught:
        drafter(fake, timeout=1.0, deadline=1.5).draft(paper())
    assert caught.value.failure.kind == "model_too_slow"
    assert str(caught.value) == "the model server took longer than 1.5 s to answer"


def test_cancel_ends_a_request_to_a_silent_model_server_at_once(fake):
    fake.script.append(slow(30))
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(DraftError) as caught:
        drafter(fake, timeout=20.0).draft(paper(), cancel)
    assert caught.value.failure == CANCELLED
    assert time.monotonic() - started < 5  # the timeout (20 s) was not waited for


def test_a_thirty_million_character_answer_is_refused(fake):
    fake.script.append(huge(10_000_000))  # 30 MB of UTF-8
    with pytest.raises(DraftError) as caught:
        drafter(fake).draft(paper())
    assert caught.value.failure.kind == "model_too_big"
    assert str(caught.value) == "the model's answer was longer than 5 MB and was refused"


def test_a_compressed_huge_answer_is_refused_while_it_is_decompressed(fake):
    fake.script.append(huge(10_000_000, compress=True))
    made = drafter(fake)
    made.max_answer_bytes = 1024 * 1024
    with pytest.raises(DraftError) as caught:
        made.draft(paper())
    assert str(caught.value) == "the model's answer was longer than 1 MB and was refused"


def test_a_compressed_answer_within_the_limit_is_read(fake):
    fake.script.append(huge(1000, compress=True))
    result = drafter(fake).draft(paper())
    assert result.abstract_zh == "长" * 1000


def test_a_long_retry_after_is_honoured_and_announced(fake):
    fake.script.append(error(429, "Rate limit reached", retry_after="3600"))
    heard: list[float] = []
    cancel = threading.Event()

    def on_wait(seconds: float) -> None:
        heard.append(seconds)
        cancel.set()  # the test does not wait an hour

    with pytest.raises(DraftError) as caught:
        drafter(fake).draft(paper(), cancel, on_wait)
    assert caught.value.failure == CANCELLED
    assert heard == [3600.0]  # not cut to 60 s


def test_a_retry_after_beyond_an_hour_fails_saying_how_long(fake):
    fake.script.append(error(429, "Rate limit reached", retry_after="7200"))
    with pytest.raises(DraftError) as caught:
        drafter(fake).draft(paper())
    assert caught.value.failure.kind == "model_asked_to_wait"
    assert "7200 s" in str(caught.value)
    assert len(fake.seen) == 1


def test_draft_many_reports_waits_by_paper(fake):
    fake.script.append(error(503, "busy", retry_after="0"))
    waits: list[tuple[str, float]] = []
    results: list[tuple] = []
    drafter(fake, parallel=1).draft_many(
        [paper()], lambda *item: results.append(item), on_wait=lambda *w: waits.append(w)
    )
    assert waits == [("2403.00001", 0.0)]
    assert results[0][1] is not None
