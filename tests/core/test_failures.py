"""Failure reasons: a kind and arguments, kept in the project, worded in English for the CLI."""

from __future__ import annotations

import json
import string

import pytest

from digest_gui.core.drafting.drafts import draft_failure, mark_draft_failed
from digest_gui.core.drafting.model_errors import DraftError
from digest_gui.core.failures import (
    CANCELLED,
    FAILURE_TEMPLATES,
    Failure,
    failure_from_data,
    failure_of,
)
from digest_gui.core.formats.project_file import load_project, save_project
from digest_gui.core.merge import fetch_failure, mark_failed
from digest_gui.core.model import Digest, Paper
from digest_gui.core.sources.http import Cancelled, HttpError


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_kind_is_worded_from_its_arguments():
    for kind, template in FAILURE_TEMPLATES.items():
        failure = Failure.make(kind, **{name: f"<{name}>" for name in names(template)})
        text = failure.text()
        assert "{" not in text and "\n" not in text and text
        assert all(f"<{name}>" in text for name in names(template))


def test_english_sentences_as_before():
    assert str(Failure.make("arxiv_unknown_id", id="2401.99999")) == "arXiv does not know 2401.99999"
    http = Failure.make("http_status", what="arXiv", status=502, reason="Bad Gateway").adding(tries=3)
    assert http.text() == "arXiv answered HTTP 502 (Bad Gateway); gave up after 3 tries"
    assert http.adding(tries=1).text().endswith("; gave up after 1 try")
    busy = Failure("model_busy").adding(waits="0 s and 0 s")
    assert busy.text() == "the model server is busy (HTTP 429); tried again after 0 s and 0 s; gave up"
    refused = Failure.make("model_refused", status=400, server_says="made up")
    assert refused.text() == "the model server refused the request (HTTP 400): made up"
    assert Failure.make("model_refused", status=400, server_says="").text().endswith("(HTTP 400)")
    assert CANCELLED.text() == "cancelled"


def test_a_kind_without_a_template_still_reads(monkeypatch):
    assert Failure.make("mirror_down", name="eu").text() == "mirror_down (name=eu)"
    # A new kind is one template: every reader words it from then on.
    monkeypatch.setitem(FAILURE_TEMPLATES, "mirror_down", "the mirror {name} is down")
    assert Failure.make("mirror_down", name="eu").adding(tries=2).text() == (
        "the mirror eu is down; gave up after 2 tries"
    )


def test_data_round_trip_and_old_sentences():
    failure = Failure.make("arxiv_web_page", status=200)
    assert failure.to_data() == {"kind": "arxiv_web_page", "args": {"status": "200"}}
    assert failure_from_data(json.loads(json.dumps(failure.to_data()))) == failure
    assert failure_from_data("arXiv does not know x") == Failure.message("arXiv does not know x")
    assert str(failure_from_data("  an old sentence ")) == "an old sentence"
    for nothing in (None, "", "  ", {}, {"kind": ""}, {"args": {}}, 42, []):
        assert failure_from_data(nothing) is None
    assert failure_from_data({"kind": "cancelled", "args": "junk"}) == CANCELLED


def test_errors_carry_their_failure():
    error = HttpError(Failure.make("no_answer", what="arXiv", seconds="30"), None)
    assert str(error) == "arXiv did not answer within 30 s" and failure_of(error).kind == "no_answer"
    assert failure_of(Cancelled()) == CANCELLED
    assert failure_of(ValueError("odd")) == Failure.message("odd")
    assert HttpError("plain words").failure == Failure.message("plain words")
    secret = DraftError(Failure.make("model_unreachable", url="http://x/?key=sk-abcdefghijkl", reason="r"))
    scrubbed = secret.scrubbed("sk-abcdefghijkl")
    assert "abcdefghijkl" not in str(scrubbed) and scrubbed.failure.kind == "model_unreachable"


@pytest.mark.parametrize(
    ("mark", "read", "key"),
    [(mark_failed, fetch_failure, "fetch_error"), (mark_draft_failed, draft_failure, "draft_error")],
)
def test_the_project_keeps_kind_and_arguments_and_old_projects_still_load(tmp_path, mark, read, key):
    failure = Failure.make("arxiv_unknown_id", id="2401.99999")
    papers = [mark(Paper(id="2401.99999"), failure), Paper(id="2401.00001", extra={key: "an old sentence"})]
    path = tmp_path / "p.digest"
    save_project(Digest(papers=papers), path)
    stored = json.loads(path.read_text(encoding="utf-8"))["papers"]
    assert stored[0][key] == {"kind": "arxiv_unknown_id", "args": {"id": "2401.99999"}}
    loaded = load_project(path).papers
    assert read(loaded[0]) == failure
    assert read(loaded[1]) == Failure.message("an old sentence")
    assert read(Paper()) is None
