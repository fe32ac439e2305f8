"""arXiv metadata fetch against a local stand-in for the API: batching, spacing, retries,
timeouts, strict reading of bad answers, versions, cache and cancelling.

The stand-in (FakeArxiv) is a real HTTP server on 127.0.0.1 that answers the way the
arXiv API user manual lays answers out; a test can script any request's answer.
"""

from __future__ import annotations

import email.utils
import json
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import arxiv
import pytest
from arxiv import _feed as arxiv_feed
from hypothesis import given
from hypothesis import strategies as st

from digest_gui.core.identifiers import ArxivId
from digest_gui.core.model import Paper
from digest_gui.core.sources import http
from digest_gui.core.sources.arxiv_api import (
    API_URL_VARIABLE,
    CANCELLED,
    CUT_OFF,
    DEFAULT_API_URL,
    EMPTY_ANSWER,
    INCOMPLETE,
    MALFORMED,
    NOT_A_FEED,
    ArxivFetcher,
    ArxivRecord,
    ArxivSettings,
    FetchOutcome,
    MetadataCache,
    default_cache_folder,
    normalise_space,
    record_fields,
)
from digest_gui.core.sources.http import HttpSettings, RateLimiter, Transport, retry_after, user_agent
from tests.fake_arxiv import (
    FAST,
    FakeArxiv,
    RecordingSession,
    atom_entry,
    atom_feed,
    body,
    default,
    error_feed,
    hang_up_mid_body,
    reply,
    stall,
    stall_mid_body,
)


@pytest.fixture(autouse=True)
def no_real_arxiv(monkeypatch):
    """A fetcher built without settings asks a closed local port, never the internet."""
    monkeypatch.setenv(API_URL_VARIABLE, "http://127.0.0.1:9/api/query")
    http.LIMITER.reset()
    yield
    http.LIMITER.reset()


@pytest.fixture
def fake() -> Iterator[FakeArxiv]:
    server = FakeArxiv()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def cache(tmp_path) -> MetadataCache:
    return MetadataCache(tmp_path / "cache")


def make_fetcher(
    url: str, cache: MetadataCache, *, batch_size: int = 100, **http_settings: float
) -> tuple[ArxivFetcher, RecordingSession]:
    """A fetcher at url with fast settings and a limiter of its own."""
    settings = HttpSettings(**{**FAST.__dict__, **http_settings})
    session = RecordingSession()
    transport = Transport(settings, limiter=RateLimiter(), session=session)
    fetcher = ArxivFetcher(ArxivSettings(api_url=url, batch_size=batch_size, http=settings), cache, transport)
    return fetcher, session


def new_ids(count: int, start: int = 1) -> list[ArxivId]:
    return [ArxivId(f"2403.{number:05d}") for number in range(start, start + count)]


def errors(outcomes: list[FetchOutcome]) -> list[str]:
    return [outcome.error for outcome in outcomes]


# --- What a record holds ------------------------------------------------------------------


def test_a_record_holds_every_field_with_whitespace_normalised(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok and outcome.error == "" and not outcome.from_cache
    record = outcome.record
    assert record == ArxivRecord(
        id="2403.18546",
        version=3,
        title="Efficient Heatmap-Guided Grasp Detection in Cluttered Scenes (2403.18546v3)",
        authors=["Siang Chen", "Wei Tang"],
        affiliations=[["Tsinghua University", "Shenzhen Institute"], []],
        abstract=(
            "Fast and robust object grasping in clutter is a crucial component of robotics. "
            "Most approaches use the whole scene, which is costly."
        ),
        categories=["cs.RO", "cs.CV"],
        primary_category="cs.RO",
        published="2024-03-27T11:59:59Z",
        updated="2024-03-29T08:00:00Z",
        comment="12 pages, 5 figures; code at https://example.org/code",
        journal_ref="IEEE Robotics and Automation Letters 9 (2024)",
        doi="10.1109/LRA.2024.0001",
        url="https://arxiv.org/abs/2403.18546",
    )
    assert record.versioned_id == "2403.18546v3"


def test_dates_in_another_zone_become_utc(fake, cache):
    entry = atom_entry(
        "2403.18546v1", published="2024-03-27T20:00:00+08:00", updated="2024-03-27T20:00:00+08:00"
    )
    fake.script.append(body(atom_feed([entry])))
    fetcher, _ = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.record.published == "2024-03-27T12:00:00Z"


def test_missing_optional_fields_are_empty_and_primary_falls_back_to_first_category(fake, cache):
    entry = atom_entry("2403.18546v1", comment=None, journal_ref=None, doi=None, primary="")
    fake.script.append(body(atom_feed([entry])))
    fetcher, _ = make_fetcher(fake.url, cache)
    record = fetcher.fetch([ArxivId("2403.18546")])[0].record
    assert (record.comment, record.journal_ref, record.doi) == ("", "", "")
    assert record.primary_category == "cs.RO"


def test_record_fields_are_paper_fields_plus_affiliations(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    record = fetcher.fetch([ArxivId("2403.18546")])[0].record
    fields = record_fields(record)
    assert set(fields) - {"affiliations"} <= set(Paper.__slots__)
    assert fields["title_en"] == record.title and fields["abstract_en"] == record.abstract
    assert fields["version"] == 3 and fields["url"] == "https://arxiv.org/abs/2403.18546"
    assert fields["affiliations"] == [["Tsinghua University", "Shenzhen Institute"], []]
    fields["authors"].append("someone")  # the caller gets copies
    assert record.authors == ["Siang Chen", "Wei Tang"]


@given(st.text())
def test_normalised_space_has_no_runs_and_no_ends(text):
    result = normalise_space(text)
    assert result == result.strip()
    assert not re.search(r"\s\s", result) and "\n" not in result
    assert normalise_space(result) == result


_texts = st.text(max_size=20)


@given(
    st.builds(
        ArxivRecord,
        id=st.text(min_size=1, max_size=20),
        version=st.integers(1, 50),
        title=_texts,
        authors=st.lists(_texts, max_size=3),
        abstract=_texts,
        categories=st.lists(_texts, max_size=3),
        doi=_texts,
    )
)
def test_records_survive_json(record):
    record.affiliations = [[name] for name in record.authors]
    assert ArxivRecord.from_dict(json.loads(json.dumps(record.to_dict()))) == record


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"version": 1},
        {"id": "2403.18546", "version": 0},
        {"id": "2403.18546", "version": True},
        {"id": "2403.18546", "version": "2"},
        {"id": "2403.18546", "version": 1, "title": 5},
        {"id": "2403.18546", "version": 1, "authors": "Siang Chen"},
        {"id": "2403.18546", "version": 1, "authors": ["A"], "affiliations": []},
    ],
)
def test_from_dict_refuses_what_is_not_a_record(data):
    with pytest.raises(ValueError):
        ArxivRecord.from_dict(data)


# --- Batching and spacing -----------------------------------------------------------------


def test_150_ids_take_two_requests_spaced_apart(fake, cache):
    fetcher, session = make_fetcher(fake.url, cache)
    ids = new_ids(150)
    outcomes = fetcher.fetch(ids)
    assert all(outcome.ok for outcome in outcomes)
    assert [outcome.record.id for outcome in outcomes] == [arxiv_id.id for arxiv_id in ids]
    assert fetcher.requests_made == 2
    assert [len(seen.ids) for seen in fake.seen] == [100, 50]
    assert session.sent[1] - session.sent[0] >= FAST.min_interval
    assert fake.seen[1].time - fake.seen[0].time >= FAST.min_interval - 0.005


def test_requests_ask_for_the_ids_as_given_on_one_page_with_our_user_agent(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    fetcher.fetch([ArxivId("2403.18546", 2), ArxivId("hep-th/9901001")])
    [seen] = fake.seen
    query = parse_qs(urlsplit(seen.path).query)
    assert seen.path.startswith("/api/query?")
    assert query["id_list"] == ["2403.18546v2,hep-th/9901001"]
    assert query["max_results"] == ["2"] and query["start"] == ["0"]
    assert seen.headers["User-Agent"] == user_agent()
    assert seen.headers["User-Agent"].startswith("digest-gui/")


def test_urls_stay_short_even_for_100_old_style_ids(cache):
    fetcher, _ = make_fetcher("http://127.0.0.1:9/api/query", cache)
    ids = [ArxivId(f"cond-mat/0{number:06d}", 12) for number in range(100)]
    url = fetcher.batch_url(ids)
    assert len(parse_qs(urlsplit(url).query)["id_list"][0].split(",")) == 100
    assert len(url) < 4000  # arXiv answers HTTP 414 near 600 ids (~8 kB)


def test_batches_never_exceed_batch_size(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache, batch_size=7)
    outcomes = fetcher.fetch(new_ids(20))
    assert all(outcome.ok for outcome in outcomes)
    assert [len(seen.ids) for seen in fake.seen] == [7, 7, 6]


def test_a_url_too_long_for_the_server_is_split(fake, cache):
    fake.max_ids = 60
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(100))
    assert all(outcome.ok for outcome in outcomes)
    assert [len(seen.ids) for seen in fake.seen] == [100, 50, 50]


def test_duplicates_are_fetched_and_reported_once(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    a, b = ArxivId("2403.18546"), ArxivId("2403.18296")
    heard: list[ArxivId] = []
    outcomes = fetcher.fetch([a, b, a], on_outcome=lambda outcome: heard.append(outcome.requested))
    assert [outcome.requested for outcome in outcomes] == [a, b, a]
    assert outcomes[0] is outcomes[2]
    assert heard == [a, b]
    assert fake.seen[0].ids == ["2403.18546", "2403.18296"]


def test_no_ids_no_request(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch([]) == []
    assert fetcher.requests_made == 0


def test_outcomes_are_reported_as_each_batch_arrives(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache, batch_size=2)
    requests_when_heard: list[int] = []
    fetcher.fetch(new_ids(4), on_outcome=lambda outcome: requests_when_heard.append(len(fake.seen)))
    assert requests_when_heard == [1, 1, 2, 2]


@pytest.mark.slow
def test_two_fetchers_share_the_app_wide_three_second_spacing(fake, tmp_path):
    """The one test at arXiv's real pace: two fetchers (two windows), one request each."""
    settings = ArxivSettings(api_url=fake.url, http=HttpSettings(connect_timeout=2, read_timeout=2))
    assert settings.http.min_interval == 3.0
    user_agent()  # (computed once, before timing)
    sessions = [RecordingSession(), RecordingSession()]
    fetchers = [
        ArxivFetcher(settings, MetadataCache(tmp_path / "cache"), Transport(settings.http, session=session))
        for session in sessions
    ]
    assert all(fetcher.transport.limiter is http.LIMITER for fetcher in fetchers)
    assert fetchers[0].fetch([ArxivId("2403.18546")])[0].ok
    assert fetchers[1].fetch([ArxivId("2403.18296")])[0].ok
    assert len(fake.seen) == 2
    assert sessions[1].sent[0] - sessions[0].sent[0] >= 3.0
    # The spacing is the client's (above, exact); the server's clock only confirms it, with
    # room for the scheduling of two loaded cores between a send and its arrival.
    assert fake.seen[1].time - fake.seen[0].time >= 3.0 - 0.05


def test_a_default_fetcher_uses_the_app_wide_limiter_and_environment(fake, tmp_path, monkeypatch):
    monkeypatch.setenv(API_URL_VARIABLE, fake.url)
    fetcher = ArxivFetcher(cache=MetadataCache(tmp_path))
    assert fetcher.settings.api_url == fake.url
    assert fetcher.transport.limiter is http.LIMITER
    assert fetcher.client.query_url_format == fake.url + "?{}"
    assert fetcher.client.page_size == 100 and fetcher.client.num_retries == 0


# --- Retries, Retry-After, timeouts -------------------------------------------------------


def test_503_twice_then_success(fake, cache):
    fake.script.extend([reply(503, b"busy"), reply(503, b"busy"), default])
    fetcher, _ = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok and outcome.record.authors == ["Siang Chen", "Wei Tang"]
    assert fetcher.requests_made == 3 and len(fake.seen) == 3


def test_retry_after_is_honoured(fake, cache):
    fake.script.extend([reply(429, b"slow down", Retry_After="1"), default])
    fetcher, session = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok
    assert session.sent[1] - session.sent[0] >= 1.0
    assert fake.seen[1].time - fake.seen[0].time >= 1.0 - 0.005


def test_retries_back_off(fake, cache):
    fake.script.extend([reply(502), reply(502), reply(502)])
    fetcher, session = make_fetcher(fake.url, cache, backoff=0.1)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.error == "arXiv answered HTTP 502 (Bad Gateway); gave up after 3 tries"
    gaps = [later - earlier for earlier, later in zip(session.sent, session.sent[1:], strict=False)]
    assert gaps[0] >= 0.1 and gaps[1] >= 0.2


def test_a_stalled_request_times_out_and_the_retry_succeeds(fake, cache):
    fake.script.extend([stall, default])
    fetcher, _ = make_fetcher(fake.url, cache, read_timeout=0.3)
    started = time.monotonic()
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok and fetcher.requests_made == 2
    assert time.monotonic() - started < 2


def test_a_server_that_never_answers_fails_clearly(fake, cache):
    fake.script.extend([stall, stall])
    fetcher, _ = make_fetcher(fake.url, cache, read_timeout=0.3, retries=1)
    started = time.monotonic()
    outcomes = fetcher.fetch(new_ids(2))
    assert errors(outcomes) == ["arXiv did not answer within 0.3 s; gave up after 2 tries"] * 2
    assert time.monotonic() - started < 2
    assert all(outcome.record is None for outcome in outcomes)


def test_an_answer_that_stalls_midway_times_out_too(fake, cache):
    fake.script.extend([stall_mid_body, stall_mid_body])
    fetcher, _ = make_fetcher(fake.url, cache, read_timeout=0.3, retries=1)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.error == "arXiv did not answer within 0.3 s; gave up after 2 tries"


def test_a_connection_dropped_midway_is_retried(fake, cache):
    fake.script.extend([hang_up_mid_body, default])
    fetcher, _ = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok and fetcher.requests_made == 2


def test_connection_refused_fails_readably_after_retries(cache):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fetcher, _ = make_fetcher(f"http://127.0.0.1:{port}/api/query", cache)
    outcomes = fetcher.fetch(new_ids(2))
    assert fetcher.requests_made == 3
    for outcome in outcomes:
        assert outcome.error.startswith("cannot reach arXiv (")
        assert outcome.error.endswith("; gave up after 3 tries")


def test_a_refusal_that_is_not_worth_retrying_fails_the_batch_at_once(fake, cache):
    fake.script.append(reply(404, b"<html><body>Not Found</body></html>", "text/html"))
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(3))
    assert errors(outcomes) == ["arXiv answered HTTP 404 (Not Found)"] * 3
    assert fetcher.requests_made == 1


# --- Answers that are not what they should be ---------------------------------------------


def test_an_html_page_with_http_200_is_an_error_for_each_id(fake, cache):
    page = b"<!DOCTYPE html>\n<html><head><title>arXiv</title></head><body><p>Maintenance</body></html>"
    fake.script.append(reply(200, page, "text/html"))
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(3))
    assert errors(outcomes) == ["arXiv sent a web page instead of data (HTTP 200)"] * 3
    assert arxiv_feed.parse(page).results == []  # what the arxiv package would call "no papers"


def test_an_xhtml_page_is_a_web_page_too(fake, cache):
    page = (
        b'<?xml version="1.0"?>\n\n' + b" " * 3000 + b'<html xmlns="http://www.w3.org/1999/xhtml"><p/></html>'
    )
    fake.script.append(body(page))
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch(new_ids(1))[0].error == "arXiv sent a web page instead of data (HTTP 200)"


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (b"", EMPTY_ANSWER.text()),
        (b"  \n", EMPTY_ANSWER.text()),
        (b"Service temporarily unavailable", MALFORMED.text()),
        (atom_feed([atom_entry("2403.00001v1")]).replace(b"</title>", b"</titel>", 1), MALFORMED.text()),
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', NOT_A_FEED.text()),
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<fe', CUT_OFF.text()),
    ],
)
def test_empty_malformed_or_foreign_answers_are_errors_for_each_id(fake, cache, answer, reason):
    fake.script.append(body(answer))
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(2))
    assert errors(outcomes) == [reason] * 2
    assert all(outcome.record is None for outcome in outcomes)


def test_an_answer_cut_mid_entry_keeps_the_complete_entries_only(fake, cache):
    whole = atom_feed([atom_entry("2403.00001v1"), atom_entry("2403.00002v1"), atom_entry("2403.00003v1")])
    second = whole.index(b"<id>http://arxiv.org/abs/2403.00002v1")
    cut = whole[: whole.index(b"<name>Wei Tang", second) + 3]  # inside the second entry's authors
    fake.script.append(body(cut))
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(3))
    assert outcomes[0].ok and outcomes[0].record.authors == ["Siang Chen", "Wei Tang"]
    assert errors(outcomes[1:]) == [CUT_OFF.text(), CUT_OFF.text()]
    assert cache.get(ArxivId("2403.00002")) is None


@pytest.mark.parametrize("cut_after", [b"<author>", b"</author>", b"</summary>", b"<title>", b"<entry>"])
def test_never_a_record_without_authors_from_a_cut_answer(fake, cache, cut_after):
    whole = atom_feed([atom_entry("2403.00001v1")])
    fake.script.append(body(whole[: whole.index(cut_after) + len(cut_after)]))
    fetcher, _ = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch(new_ids(1))
    assert outcome.record is None and outcome.error == CUT_OFF.text()


def test_a_well_formed_entry_without_authors_or_title_is_incomplete(fake, cache):
    entries = [
        atom_entry("2403.00001v1", authors=[]),
        atom_entry("2403.00002v1", title="  \n "),
        atom_entry("2403.00003v1"),
    ]
    fake.script.append(body(atom_feed(entries)))
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(3))
    assert errors(outcomes) == [INCOMPLETE.text(), INCOMPLETE.text(), ""]


def test_an_entry_with_a_date_arxiv_never_writes_is_incomplete(fake, cache):
    fake.script.append(body(atom_feed([atom_entry("2403.00001v1", published="yesterday")])))
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch(new_ids(1))[0].error == INCOMPLETE.text()


def test_an_id_arxiv_does_not_know(fake, cache):
    fake.unknown.add("2401.99999")
    fetcher, _ = make_fetcher(fake.url, cache)
    known, unknown = fetcher.fetch([ArxivId("2403.18546"), ArxivId("2401.99999")])
    assert known.ok
    assert unknown.error == "arXiv does not know 2401.99999" and unknown.record is None
    assert fetcher.requests_made == 1


def test_an_answer_with_an_unreadable_entry_id_says_not_returned(fake, cache):
    entries = [atom_entry("2403.00001v1").replace("http://arxiv.org/abs/2403.00001v1</id>", "</id>")]
    fake.script.append(body(atom_feed(entries)))
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch(new_ids(1))[0].error == "arXiv did not return 2403.00001"


def test_the_api_error_entry_names_the_bad_id_and_the_others_are_asked_again(fake, cache):
    fake.refused.add("1234.1234")
    fetcher, _ = make_fetcher(fake.url, cache)
    first, bad, last = fetcher.fetch([ArxivId("2403.18546"), ArxivId("1234.1234"), ArxivId("2403.18296")])
    assert bad.error == "incorrect id format for 1234.1234" and bad.record is None
    assert first.ok and last.ok
    assert [seen.ids for seen in fake.seen] == [
        ["2403.18546", "1234.1234", "2403.18296"],
        ["2403.18546", "2403.18296"],
    ]


def test_an_error_feed_with_http_200_naming_no_id_fails_the_batch(fake, cache):
    fake.script.append(body(error_feed("start must be an integer")))
    fetcher, _ = make_fetcher(fake.url, cache)
    outcomes = fetcher.fetch(new_ids(2))
    assert errors(outcomes) == ["start must be an integer"] * 2
    assert fetcher.requests_made == 1


def test_a_feed_that_mentions_html_is_still_a_feed(fake, cache):
    cdata = "<![CDATA[Parsing <html> & <!DOCTYPE html> pages]]>"  # "<html" near the start, unescaped
    entry = atom_entry("2403.00001v1", title="TITLE").replace("TITLE", cdata)
    fake.script.append(body(atom_feed([entry])))
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch(new_ids(1))[0].record.title == "Parsing <html> & <!DOCTYPE html> pages"


def test_the_error_entry_is_told_apart_from_a_paper_named_error(fake, cache):
    entry = atom_entry("2403.00001v1", title="Error")
    fake.script.append(body(atom_feed([entry])))
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch(new_ids(1))[0].record.title == "Error"


# --- Versions and old-style ids -----------------------------------------------------------


def test_a_versioned_id_gets_that_version_and_a_bare_id_the_latest(fake, cache):
    fake.latest["2403.18546"] = 3
    fetcher, _ = make_fetcher(fake.url, cache)
    old, latest = fetcher.fetch([ArxivId("2403.18546", 1), ArxivId("2403.18546")])
    assert (old.record.version, latest.record.version) == (1, 3)
    assert old.record.url == latest.record.url == "https://arxiv.org/abs/2403.18546"
    assert fake.seen[0].ids == ["2403.18546v1", "2403.18546"]
    assert fetcher.requests_made == 1


def test_a_version_that_does_not_exist_is_unknown(fake, cache):
    fake.latest["2403.18546"] = 2
    fetcher, _ = make_fetcher(fake.url, cache)
    assert fetcher.fetch([ArxivId("2403.18546", 5)])[0].error == "arXiv does not know 2403.18546v5"


def test_old_style_ids(fake, cache):
    fake.latest["hep-th/9901001"] = 1
    fetcher, _ = make_fetcher(fake.url, cache)
    plain, versioned = fetcher.fetch([ArxivId("hep-th/9901001"), ArxivId("math/0601001", 2)])
    assert (plain.record.id, plain.record.version) == ("hep-th/9901001", 1)
    assert plain.record.url == "https://arxiv.org/abs/hep-th/9901001"
    assert (versioned.record.id, versioned.record.version) == ("math/0601001", 2)
    path = cache.path("hep-th/9901001")
    assert path.parent == cache.folder and path.is_file()
    assert cache.get(ArxivId("hep-th/9901001")) == plain.record


# --- Cache --------------------------------------------------------------------------------


def test_a_known_paper_comes_from_the_cache_with_the_server_down(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    [first] = fetcher.fetch([ArxivId("2403.18546")])
    fake.stop()
    again, _ = make_fetcher(fake.url, cache)
    heard: list[FetchOutcome] = []
    [second] = again.fetch([ArxivId("2403.18546")], on_outcome=heard.append)
    assert second.ok and second.from_cache and second.record == first.record
    assert heard == [second]
    assert again.requests_made == 0


def test_cache_hits_first_then_one_request_for_the_rest(fake, cache):
    fetcher, _ = make_fetcher(fake.url, cache)
    fetcher.fetch(new_ids(2))
    outcomes = fetcher.fetch(new_ids(4))
    assert [outcome.from_cache for outcome in outcomes] == [True, True, False, False]
    assert fake.seen[-1].ids == ["2403.00003", "2403.00004"]
    assert fetcher.requests_made == 2


def test_use_cache_false_asks_arxiv_and_refreshes_the_cache(fake, cache):
    fake.latest["2403.18546"] = 1
    fetcher, _ = make_fetcher(fake.url, cache)
    fetcher.fetch([ArxivId("2403.18546")])
    fake.latest["2403.18546"] = 2
    assert fetcher.fetch([ArxivId("2403.18546")])[0].record.version == 1
    [fresh] = fetcher.fetch([ArxivId("2403.18546")], use_cache=False)
    assert not fresh.from_cache and fresh.record.version == 2
    assert cache.get(ArxivId("2403.18546")).version == 2


def test_the_cache_version_rule(cache):
    cache.put(ArxivRecord("2403.18546", 3, title="v3", authors=["A"], affiliations=[[]]))
    assert cache.get(ArxivId("2403.18546")).title == "v3"  # no version: the latest cached
    assert cache.get(ArxivId("2403.18546", 2)).title == "v3"  # an older version: the newer stands in
    assert cache.get(ArxivId("2403.18546", 3)).title == "v3"
    assert cache.get(ArxivId("2403.18546", 4)) is None  # a newer version: ask arXiv
    cache.put(ArxivRecord("2403.18546", 1, title="v1"))  # never replaces a newer version
    assert cache.get(ArxivId("2403.18546")).title == "v3"
    cache.put(ArxivRecord("2403.18546", 4, title="v4"))
    assert cache.get(ArxivId("2403.18546", 4)).title == "v4"
    assert cache.get(ArxivId("2403.18297")) is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[]",
        b'{"format": 1}',
        b'{"format": 99, "record": {"id": "2403.18546", "version": 1}}',
        b'{"format": 1, "record": {"id": "2403.99999", "version": 1}}',
        b"\xff\xfe",
    ],
)
def test_a_corrupt_cache_file_counts_as_missing(fake, cache, content):
    cache.folder.mkdir(parents=True)
    cache.path("2403.18546").write_bytes(content)
    assert cache.get(ArxivId("2403.18546")) is None
    fetcher, _ = make_fetcher(fake.url, cache)
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok and not outcome.from_cache
    assert cache.get(ArxivId("2403.18546")) == outcome.record  # and the file is whole again


def test_cache_files_are_json_written_atomically(cache, monkeypatch):
    written: list[Path] = []
    from digest_gui.core.sources import arxiv_cache

    original = arxiv_cache.atomic_write_text

    def spy(path: Path, text: str, **options) -> None:
        written.append(path)
        original(path, text, **options)

    monkeypatch.setattr(arxiv_cache, "atomic_write_text", spy)
    record = ArxivRecord("2403.18546", 2, title="中文 and English", authors=["A"], affiliations=[["X"]])
    cache.put(record)
    assert written == [cache.path("2403.18546")]
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data == {"format": 1, "record": record.to_dict()}
    assert [path.name for path in cache.folder.iterdir()] == ["2403.18546.json"]


def test_a_cache_that_cannot_be_written_costs_nothing_but_the_cache(fake, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    fetcher, _ = make_fetcher(fake.url, MetadataCache(blocker / "arxiv"))
    [outcome] = fetcher.fetch([ArxivId("2403.18546")])
    assert outcome.ok


def test_the_default_cache_is_in_the_user_cache_folder(private_user_folders):
    folder = default_cache_folder()
    assert folder.name == "arxiv" and folder.parent.name == "digest-gui"
    assert Path(os.environ["XDG_CACHE_HOME"]) in folder.parents
    assert ArxivFetcher().cache.folder == folder


# --- Cancelling ---------------------------------------------------------------------------


def test_cancel_after_the_first_of_two_batches(fake, cache):
    cancel = threading.Event()
    fetcher, _ = make_fetcher(fake.url, cache, batch_size=2)
    heard: list[FetchOutcome] = []

    def on_outcome(outcome: FetchOutcome) -> None:
        heard.append(outcome)
        cancel.set()

    outcomes = fetcher.fetch(new_ids(4), on_outcome=on_outcome, cancel=cancel)
    assert [outcome.ok for outcome in outcomes] == [True, True, False, False]
    assert errors(outcomes[2:]) == [CANCELLED.text(), CANCELLED.text()]
    assert fetcher.requests_made == 1
    assert heard == outcomes  # every outcome is heard, the cancelled ones too
    assert cache.get(ArxivId("2403.00001")) is not None


def test_cancel_while_waiting_for_retry_after(fake, cache):
    fake.script.append(reply(429, Retry_After="30"))
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    fetcher, _ = make_fetcher(fake.url, cache, max_wait=60)
    started = time.monotonic()
    outcomes = fetcher.fetch(new_ids(2), cancel=cancel)
    assert errors(outcomes) == [CANCELLED.text(), CANCELLED.text()]
    assert time.monotonic() - started < 2


def test_cancelled_before_starting_sends_nothing(fake, cache):
    cancel = threading.Event()
    cancel.set()
    fetcher, _ = make_fetcher(fake.url, cache)
    assert errors(fetcher.fetch(new_ids(2), cancel=cancel)) == [CANCELLED.text(), CANCELLED.text()]
    assert fetcher.requests_made == 0


# --- Settings and the arxiv package we build on -------------------------------------------


def test_settings_take_the_endpoint_from_the_environment(monkeypatch):
    monkeypatch.setenv(API_URL_VARIABLE, " http://127.0.0.1:8123/api/query ")
    assert ArxivSettings().api_url == "http://127.0.0.1:8123/api/query"
    assert ArxivSettings.from_environment().api_url == "http://127.0.0.1:8123/api/query"
    monkeypatch.setenv(API_URL_VARIABLE, "")
    assert ArxivSettings.from_environment().api_url == DEFAULT_API_URL
    assert (
        ArxivSettings.from_environment({}).api_url == DEFAULT_API_URL == "https://export.arxiv.org/api/query"
    )
    settings = ArxivSettings.from_environment({API_URL_VARIABLE: "http://127.0.0.1:1/q"})
    assert (settings.batch_size, settings.http) == (100, HttpSettings())


def test_an_endpoint_with_a_query_or_braces_still_makes_urls(cache):
    fetcher, _ = make_fetcher("http://127.0.0.1:9/api/{x}?key=1", cache)
    url = fetcher.batch_url([ArxivId("2403.18546")])
    assert url.startswith("http://127.0.0.1:9/api/{x}?key=1&search_query=&id_list=2403.18546&")


def test_arxiv_client_still_has_a_query_url_format():
    """The endpoint is set through this attribute, which upstream plans to change (tested with 4.0.2)."""
    template = arxiv.Client.query_url_format
    assert isinstance(template, str)
    assert template.count("{}") == 1 and template.replace("{}", "").count("{") == 0
    assert template.format("id_list=1") == "https://export.arxiv.org/api/query?id_list=1"


def test_the_arxiv_internals_we_use_are_there():
    client = arxiv.Client(page_size=2, num_retries=0)
    client.query_url_format = "http://127.0.0.1:9/q?{}"
    url = client._format_url(arxiv.Search(id_list=["2403.18546v1", "hep-th/9901001"], max_results=2), 0, 2)
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("http://127.0.0.1:9/q?")
    assert query["id_list"] == ["2403.18546v1,hep-th/9901001"] and query["max_results"] == ["2"]
    assert callable(arxiv_feed._build_result)


# --- http.py: Retry-After -----------------------------------------------------------------


def test_retry_after_in_seconds():
    assert retry_after("120") == 120.0
    assert retry_after(" 3 ") == 3.0
    assert retry_after("0") == 0.0


def test_retry_after_as_an_http_date():
    now = time.time()
    stamp = email.utils.formatdate(now + 90, usegmt=True)  # "Wed, 21 Oct 2015 07:28:00 GMT"
    assert retry_after(stamp, now=now) == pytest.approx(90, abs=1)
    assert retry_after(email.utils.formatdate(now - 90, usegmt=True), now=now) == 0.0


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_retry_after_dates_without_a_zone_are_gmt(monkeypatch):
    # RFC 9110 allows the asctime form, which has no zone: it is GMT, not local time.
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        when = 1_445_412_480.0  # Wed, 21 Oct 2015 07:28:00 GMT
        assert retry_after("Wed Oct 21 07:28:00 2015", now=when - 60) == pytest.approx(60)
        assert retry_after("Wed, 21 Oct 2015 07:28:00 -0000", now=when - 60) == pytest.approx(60)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize("value", [None, "", "soon", "-5", "1.5", "²"])
def test_retry_after_that_cannot_be_read(value):
    assert retry_after(value) is None
