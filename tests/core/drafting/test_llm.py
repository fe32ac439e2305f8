"""Machine drafts against a local OpenAI-compatible server: what is sent, what is filled, what fails."""

from __future__ import annotations

import json
import threading
import time

import pytest

from digest_gui.core.drafting.drafts import (
    DRAFT_ERROR_KEY,
    SUGGESTION_KEY,
    accept_suggestions,
    apply_draft,
    ignore_suggestions,
    mark_draft_failed,
    pending_suggestions,
)
from digest_gui.core.drafting.llm import CANCELLED, Drafter, DraftResult, LlmSettings
from digest_gui.core.drafting.model_errors import ENGLISH_TWICE, NOT_JSON, DraftError, scrub_secret
from digest_gui.core.drafting.prompts import (
    FORMATS,
    STRICTER,
    build_messages,
    default_prompts,
    is_chinese,
    parse_answer,
    render_prompt,
)
from digest_gui.core.failures import Failure
from digest_gui.core.model import GlossaryEntry, Paper
from tests.fake_openai import (
    CHINESE,
    WITH_SUMMARY_EN,
    FakeOpenAI,
    content,
    draft,
    english,
    error,
    malformed,
    send,
    slow,
)

KEY = "sk-test-0123456789abcdef"


@pytest.fixture
def fake():
    server = FakeOpenAI()
    server.start()
    yield server
    server.stop()


def make_drafter(fake: FakeOpenAI, key: str = KEY, glossary=(), **settings) -> Drafter:
    values = {"base_url": fake.url, "model": "test-model", "timeout": 5.0, **settings}
    drafter = Drafter(LlmSettings(**values), key, glossary)
    drafter.backoff = 0.01
    return drafter


def paper(number: int = 1, **changes) -> Paper:
    made = Paper(
        id=f"2403.{number:05d}",
        title_en=f"Efficient Heatmap-Guided Grasp Detection number {number}",
        abstract_en="Fast and robust object grasping in clutter is a crucial component of robotics. "
        "We reach 92% success with heatmaps.",
        status="fetched",
    )
    for name, value in changes.items():
        setattr(made, name, value)
    return made


def failure(drafter: Drafter, item: Paper | None = None) -> str:
    with pytest.raises(DraftError) as raised:
        drafter.draft(item or paper())
    message = str(raised.value)
    assert "\n" not in message and KEY not in message
    return message


# ---------------------------------------------------------------------------- settings


def test_settings_take_the_environment_and_say_when_configured(monkeypatch):
    settings = LlmSettings()
    assert not settings.configured()
    monkeypatch.setenv("DIGEST_GUI_LLM_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("DIGEST_GUI_LLM_MODEL", "qwen2.5:7b")
    configured = LlmSettings(base_url="https://api.openai.com/v1", model="gpt-4o-mini").with_environment()
    assert (configured.base_url, configured.model) == ("http://localhost:11434/v1", "qwen2.5:7b")
    assert configured.configured()
    assert settings.base_url == ""  # a copy


def test_nothing_is_sent_without_a_configured_model(fake):
    with pytest.raises(DraftError, match="no model is configured"):
        Drafter(LlmSettings(base_url=fake.url), KEY)
    with pytest.raises(DraftError, match="should start with http:// or https://"):
        Drafter(LlmSettings(base_url="api.openai.com", model="m"), KEY)
    make_drafter(fake)
    assert fake.seen == []  # making a drafter sends nothing


def test_default_prompts_have_every_placeholder_and_render_keeps_json_braces():
    system, user = default_prompts()
    assert "{summary_limit}" in system and '{"title_zh"' in system
    for name in ("{title_en}", "{abstract_en}", "{summary_limit}", "{glossary}"):
        assert name in user
    rendered = render_prompt('{title_en} → {"title_zh": "..."} {unknown}', {"title_en": "T"})
    assert rendered == 'T → {"title_zh": "..."} {unknown}'
    assert LlmSettings(system_prompt="mine", user_prompt="  ").prompts() == ("mine", user)


def test_the_prompt_carries_the_paper_the_limit_and_the_glossary_lines():
    glossary = [GlossaryEntry("heatmap", "热图", "not 热力图"), GlossaryEntry("point cloud", "点云")]
    system, user = build_messages(LlmSettings(summary_limit=60), glossary, paper())
    assert system["role"] == "system" and "60" in system["content"]
    assert "Efficient Heatmap-Guided Grasp Detection number 1" in user["content"]
    assert "We reach 92% success with heatmaps." in user["content"]
    assert "- heatmap → 热图 (not 热力图)" in user["content"]
    assert "点云" not in user["content"]  # only the terms of this paper
    _, plain = build_messages(LlmSettings(), [], paper())
    assert "(none)" in plain["content"]
    _, edited = build_messages(LlmSettings(user_prompt="Translate."), [], paper(), stricter=True)
    assert "We reach 92% success" in edited["content"] and edited["content"].endswith(STRICTER)


# ------------------------------------------------------------------------------ drafts


def test_a_draft_sends_one_request_with_the_key_and_sums_usage(fake):
    drafter = make_drafter(fake, temperature=0.1)
    result = drafter.draft(paper())
    assert result == DraftResult(**CHINESE, prompt_tokens=120, completion_tokens=80)
    (request,) = fake.seen
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.body["model"] == "test-model" and request.body["temperature"] == 0.1
    assert request.body["response_format"]["type"] == "json_schema"
    drafter.draft(paper(2))
    assert (drafter.prompt_tokens, drafter.completion_tokens) == (240, 160)


def test_without_a_key_a_placeholder_is_sent_and_a_401_says_so(fake):
    drafter = make_drafter(fake, key="")
    drafter.draft(paper())
    assert KEY not in fake.seen[0].headers["authorization"]
    fake.script.append(error(401, "missing key"))
    assert failure(drafter) == "the model server wants an API key (HTTP 401); none is set"


def test_response_format_falls_back_and_is_remembered(fake):
    fake.formats = {"json_object"}
    drafter = make_drafter(fake)
    assert drafter.draft(paper()).title_zh == CHINESE["title_zh"]
    drafter.draft(paper(2))
    sent = [request.body.get("response_format", {}).get("type") for request in fake.seen]
    assert sent == ["json_schema", "json_object", "json_object"]
    fake.formats = set()
    fake.seen.clear()
    other = make_drafter(fake)
    other.draft(paper())
    other.draft(paper(2))
    assert [request.body.get("response_format") for request in fake.seen] == [
        {"type": "json_schema", "json_schema": fake.seen[0].body["response_format"]["json_schema"]},
        {"type": "json_object"},
        None,
        None,
    ]


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(CHINESE, ensure_ascii=False),
        "```json\n" + json.dumps(CHINESE, ensure_ascii=False, indent=2) + "\n```",
        "<think>The user wants {JSON}.</think>\nHere it is: "
        + json.dumps(CHINESE, ensure_ascii=False)
        + " Done.",
        # A raw line break inside a string.
        '{"title_zh": "一种方法", "summary_zh": "本文\n提出了方法。", "abstract_zh": "摘要。"}',
    ],
)
def test_answers_are_read_defensively(text):
    data = parse_answer(text)
    assert data is not None and set(data) == set(CHINESE)


def test_unreadable_answers():
    assert parse_answer("") is None
    assert parse_answer('{"title_zh": "一种方法", ') is None
    assert parse_answer("I cannot help with that.") is None


def test_an_english_answer_is_asked_again_more_strictly(fake):
    fake.script.append(english())
    drafter = make_drafter(fake)
    result = drafter.draft(paper())
    assert result.title_zh == CHINESE["title_zh"]
    assert (result.prompt_tokens, result.completion_tokens) == (240, 160)  # both answers count
    assert STRICTER not in fake.seen[0].prompt and STRICTER in fake.seen[1].prompt


def test_english_twice_fails_and_english_never_fills_a_field(fake):
    fake.script.extend([english(), english()])
    drafter = make_drafter(fake)
    assert failure(drafter) == "the model answered in English, twice"
    assert len(fake.seen) == 2
    assert (drafter.prompt_tokens, drafter.completion_tokens) == (240, 160)


def test_an_empty_translation_of_a_real_abstract_fails(fake):
    fake.script.extend([draft(abstract_zh=""), draft(abstract_zh="")])
    assert failure(make_drafter(fake)) == "the model's answer left abstract_zh empty"
    fake.script.append(draft(abstract_zh=""))
    assert make_drafter(fake).draft(paper(abstract_en="")).abstract_zh == ""  # nothing to translate


def test_language_check():
    assert is_chinese("GeNet：一种基于GNN的抗噪声语义通信范式")
    assert is_chinese("$O(n)$")  # nothing to judge
    assert not is_chinese("A Graph Neural Network-based Anti-noise Semantic Communication Paradigm")
    assert not is_chinese("This paper 提出 a new method for grasp detection in clutter.")


# ------------------------------------------------------------------------------ errors


def test_a_wrong_key(fake):
    fake.script.append(error(401, f"Incorrect API key provided: {KEY}", "invalid_api_key"))
    assert failure(make_drafter(fake)) == "the model server refused the API key (HTTP 401)"


def test_an_unknown_model(fake):
    fake.models = {"gpt-4o-mini"}
    assert failure(make_drafter(fake)) == "the model server does not know the model 'test-model' (HTTP 404)"
    fake.models = None
    fake.script.append(error(400, "Model Not Exist"))  # DeepSeek's way of saying it
    assert failure(make_drafter(fake)) == "the model server does not know the model 'test-model' (HTTP 400)"


def test_a_base_url_without_the_api(fake):
    drafter = make_drafter(fake, base_url=fake.url.removesuffix("/v1") + "/nothing")
    message = failure(drafter)
    assert message.startswith("the model server has no Chat Completions API at http://127.0.0.1:")
    assert message.endswith("/nothing (HTTP 404); check the base URL")


def test_busy_honours_retry_after_then_succeeds(fake):
    fake.script.append(error(429, "Rate limit reached", "rate_limit_exceeded", retry_after="1"))
    drafter = make_drafter(fake)
    drafter.backoff = 5.0  # would be noticed if Retry-After were not used
    start = time.monotonic()
    assert drafter.draft(paper()).title_zh == CHINESE["title_zh"]
    assert 0.9 <= time.monotonic() - start < 4
    assert len(fake.seen) == 2


def test_busy_three_times_gives_up(fake):
    fake.script.extend([error(429, "Rate limit reached", retry_after="0")] * 3)
    message = failure(make_drafter(fake))
    assert message == "the model server is busy (HTTP 429); tried again after 0 s and 0 s; gave up"
    assert len(fake.seen) == 3


def test_no_quota_is_not_retried(fake):
    fake.script.append(error(429, "You exceeded your current quota", "insufficient_quota"))
    assert failure(make_drafter(fake)) == "the model account has no quota left (HTTP 429)"
    assert len(fake.seen) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_failures_are_retried_then_reported(fake, status):
    fake.script.extend([error(status, "upstream trouble")] * 3)
    message = failure(make_drafter(fake))
    assert message == f"the model server failed (HTTP {status}); tried again after 0.01 s and 0.02 s; gave up"
    fake.script.append(error(status, "once"))
    assert make_drafter(fake).draft(paper()).summary_zh == CHINESE["summary_zh"]


def test_a_slow_server_times_out(fake):
    fake.script.extend([slow(5)] * 3)
    drafter = make_drafter(fake, timeout=0.3)
    start = time.monotonic()
    message = failure(drafter)
    assert message.startswith("the model server did not answer within 0.3 s; tried again after")
    assert time.monotonic() - start < 3


def test_an_abstract_too_long_for_the_context(fake):
    message = "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens."
    fake.script.append(error(400, message, "context_length_exceeded"))
    assert failure(make_drafter(fake)) == "the abstract is too long for the model's context"
    fake.script.append(error(413, "Payload Too Large"))
    assert failure(make_drafter(fake)) == "the abstract is too long for the model's context"


def test_malformed_json_and_a_cut_off_answer(fake):
    fake.script.extend([malformed(), malformed()])
    assert failure(make_drafter(fake)) == "the model's answer was not the JSON asked for"
    fake.script.extend([content('{"title_zh": "一种方法"}'), content('{"title_zh": "一种方法"}')])
    assert failure(make_drafter(fake)) == "the model's answer was not the JSON asked for (no summary_zh)"
    fake.script.append(content('{"title_zh": "一种', finish_reason="length"))
    assert failure(make_drafter(fake)) == "the model's answer was cut off at its length limit"


def test_other_refusals_quote_the_server_without_the_key(fake):
    fake.script.append(error(400, f"temperature is out of range; your key {KEY} is fine"))
    message = failure(make_drafter(fake))
    assert message.startswith("the model server refused the request (HTTP 400): temperature is out of")
    assert message.endswith("range; your key *** is fine")


def test_an_unreachable_server():
    drafter = Drafter(LlmSettings(base_url="http://127.0.0.1:9/v1", model="m"), KEY)
    message = failure(drafter)
    assert message.startswith("cannot reach the model server at http://127.0.0.1:9/v1 (")


def test_a_server_that_is_not_an_api(fake):
    fake.script.append(lambda handler, server, body: send(handler, 200, {"hello": "world"}))
    assert failure(make_drafter(fake)).endswith("did not answer like a Chat Completions API")


def test_a_paper_without_english_fails_without_a_request(fake):
    assert failure(make_drafter(fake), Paper(id="2403.00001")).startswith("the paper has no English")
    assert fake.seen == []


def test_scrub_secret():
    assert scrub_secret(f"key {KEY} and Bearer abc.def and sk-proj-abcdefgh", "") == (
        "key sk-*** and Bearer *** and sk-***"
    )
    assert scrub_secret("my key is hunter2!", "hunter2") == "my key is ***!"


# ------------------------------------------------------------------------ the Test button


def test_connection_test(fake):
    assert make_drafter(fake).test_connection() == "Connected: model test-model answered"
    assert "response_format" not in fake.seen[-1].body
    fake.script.append(error(401, "bad key"))
    with pytest.raises(DraftError, match=r"refused the API key \(HTTP 401\)"):
        make_drafter(fake).test_connection()
    fake.models = {"other"}
    with pytest.raises(DraftError, match="does not know the model 'test-model'"):
        make_drafter(fake).test_connection()
    with pytest.raises(DraftError, match=r"cannot reach the model server at http://127\.0\.0\.1:9/v1"):
        Drafter(LlmSettings(base_url="http://127.0.0.1:9/v1", model="m"), KEY).test_connection()


# -------------------------------------------------------------------------- batches


def collect(drafter: Drafter, papers: list[Paper], cancel=None, after=None):
    results: list[tuple[str, DraftResult | None, Failure | None]] = []
    caller = threading.current_thread()

    def on_result(paper_id, result, message):
        assert threading.current_thread() is caller
        results.append((paper_id, result, message))
        if after is not None:
            after(results)

    drafter.draft_many(papers, on_result, cancel)
    return results


def test_errors_land_on_the_right_paper(fake):
    fake.rules.append(("number 2", error(401, "nope")))
    fake.rules.append(("number 4", english()))
    fake.rules.append(("number 5", malformed()))
    papers = [paper(n) for n in range(1, 7)]
    results = collect(make_drafter(fake, parallel=3), papers)
    by_id = {paper_id: (result, message) for paper_id, result, message in results}
    assert len(results) == 6 and set(by_id) == {p.id for p in papers}
    assert by_id["2403.00002"] == (None, Failure("model_refused_key"))
    assert by_id["2403.00004"] == (None, ENGLISH_TWICE)
    assert by_id["2403.00005"] == (None, NOT_JSON)
    assert str(by_id["2403.00002"][1]) == "the model server refused the API key (HTTP 401)"
    assert str(ENGLISH_TWICE) == "the model answered in English, twice"
    assert str(NOT_JSON) == "the model's answer was not the JSON asked for"
    for number in (1, 3, 6):
        result, message = by_id[f"2403.{number:05d}"]
        assert message is None and result.title_zh == CHINESE["title_zh"]


def test_at_most_parallel_requests_at_once(fake):
    state = {"now": 0, "most": 0}
    lock = threading.Lock()

    def counted(handler, server, body):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.15)
        with lock:
            state["now"] -= 1
        server.respond(handler, body)

    fake.rules.append(("Efficient", counted))
    results = collect(make_drafter(fake, parallel=2), [paper(n) for n in range(1, 7)])
    assert [message for _, _, message in results] == [None] * 6
    assert state["most"] == 2


def test_cancel_stops_the_batch_and_keeps_finished_drafts(fake):
    fake.rules.append(("Efficient", slow(0.2)))
    cancel = threading.Event()
    papers = [paper(n) for n in range(1, 6)]

    def cancel_after_first(results):
        cancel.set()

    start = time.monotonic()
    results = collect(make_drafter(fake, parallel=1), papers, cancel, cancel_after_first)
    assert time.monotonic() - start < 2
    assert results[0][0] == "2403.00001" and results[0][1] is not None
    assert [(paper_id, result, message) for paper_id, result, message in results[1:]] == [
        (p.id, None, CANCELLED) for p in papers[1:]
    ]
    assert len(fake.seen) <= 2


def test_cancel_during_a_retry_wait(fake):
    fake.script.append(error(429, "slow down", retry_after="30"))
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    start = time.monotonic()
    with pytest.raises(DraftError, match=r"^cancelled$"):
        make_drafter(fake).draft(paper(), cancel)
    assert time.monotonic() - start < 3


# ------------------------------------------------------------------ drafts into papers


def result(**changes) -> DraftResult:
    return DraftResult(**{**CHINESE, **changes})


def test_a_draft_fills_empty_fields_and_marks_the_paper_drafted():
    before = mark_draft_failed(paper(), "the model server failed (HTTP 502)")
    after = apply_draft(before, result())
    assert (after.title_zh, after.summary_zh, after.abstract_zh) == tuple(CHINESE.values())
    assert after.status == "drafted"
    assert DRAFT_ERROR_KEY not in after.extra and SUGGESTION_KEY not in after.extra
    assert before.title_zh == "" and before.extra[DRAFT_ERROR_KEY]  # the original is untouched


def test_a_user_s_text_is_kept_and_the_draft_waits_beside_it():
    before = paper(title_zh="我的标题", summary_zh=CHINESE["summary_zh"], status="reviewed")
    after = apply_draft(before, result())
    assert after.title_zh == "我的标题" and after.summary_zh == CHINESE["summary_zh"]
    assert after.abstract_zh == CHINESE["abstract_zh"]
    assert pending_suggestions(after) == {"title_zh": CHINESE["title_zh"]}
    assert after.status == "reviewed"  # a person's review stands
    taken = accept_suggestions(after)
    assert taken.title_zh == CHINESE["title_zh"] and pending_suggestions(taken) == {}
    assert (
        ignore_suggestions(after).title_zh == "我的标题"
        and SUGGESTION_KEY not in ignore_suggestions(after).extra
    )


def test_only_suggestions_leave_the_status_and_accepting_some():
    before = paper(title_zh="我的标题", summary_zh="我的概要", abstract_zh="我的摘要")
    after = apply_draft(before, result())
    assert after.status == "fetched"
    assert list(pending_suggestions(after)) == ["title_zh", "summary_zh", "abstract_zh"]
    partly = accept_suggestions(after, ["summary_zh"])
    assert partly.summary_zh == CHINESE["summary_zh"] and partly.title_zh == "我的标题"
    assert list(pending_suggestions(partly)) == ["title_zh", "abstract_zh"]
    assert partly.status == "drafted"
    # A later draft equal to the text clears that field's stale suggestion.
    again = apply_draft(after, result(title_zh="我的标题"))
    assert "title_zh" not in pending_suggestions(again)


# ------------------------------------------------------------------ the English one-line summary


def test_the_default_prompts_ask_for_the_english_summary_with_its_limit():
    system, user = build_messages(LlmSettings(), [], paper())
    for message in (system, user):
        assert '"summary_en": "..."' in message["content"]
        assert "at most 200 characters" in message["content"]
    assert "summary_en" in FORMATS[0]["json_schema"]["schema"]["required"]


def test_the_english_summary_is_drafted_without_the_chinese_guard(fake):
    fake.answer = dict(WITH_SUMMARY_EN)
    result = make_drafter(fake).draft(paper())
    assert result.summary_en == WITH_SUMMARY_EN["summary_en"]
    assert result.summary_zh == CHINESE["summary_zh"]
    assert len(fake.seen) == 1  # English in summary_en is no reason to ask again


def test_an_answer_without_the_english_summary_still_drafts_the_chinese(fake):
    # What a prompt template edited before the field existed gets back.
    result = make_drafter(fake).draft(paper())
    assert (result.title_zh, result.summary_en) == (CHINESE["title_zh"], "")


def test_a_draft_fills_an_empty_english_summary_and_never_overwrites_one():
    empty = apply_draft(paper(), result(summary_en=WITH_SUMMARY_EN["summary_en"]))
    assert empty.summary_en == WITH_SUMMARY_EN["summary_en"]
    mine = paper(summary_en="My own English sentence.", status="reviewed")
    after = apply_draft(mine, result(summary_en=WITH_SUMMARY_EN["summary_en"]))
    assert after.summary_en == "My own English sentence."
    assert pending_suggestions(after)["summary_en"] == WITH_SUMMARY_EN["summary_en"]
    assert accept_suggestions(after, ["summary_en"]).summary_en == WITH_SUMMARY_EN["summary_en"]
    # A draft without one leaves the field as it was.
    assert apply_draft(mine, result()).summary_en == "My own English sentence."


def test_a_lone_surrogate_in_a_model_answer_is_made_encodable(fake):
    # The model's JSON carries "\ud800": a valid escape for a code point no file can hold.
    fake.script.append(content(json.dumps({**CHINESE, "summary_zh": "总结\ud800。"})))
    result = make_drafter(fake).draft(paper())
    assert result.summary_zh == "总结\ufffd。"
    result.summary_zh.encode("utf-8")


def test_suggestions_are_ignored_field_by_field():
    before = paper(title_zh="我的标题", summary_zh="我的总结")
    after = apply_draft(before, result())
    assert set(pending_suggestions(after)) == {"title_zh", "summary_zh"}
    one = ignore_suggestions(after, ["title_zh"])
    assert pending_suggestions(one) == {"summary_zh": CHINESE["summary_zh"]}
    assert SUGGESTION_KEY not in ignore_suggestions(one, ["summary_zh"]).extra
