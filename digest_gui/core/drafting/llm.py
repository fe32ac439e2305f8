"""Machine drafts of a paper's Chinese side from an OpenAI-compatible Chat Completions server.

One request per paper asks for JSON with title_zh, summary_zh, summary_en (the English
one-line summary) and abstract_zh (structured output where the server takes it; the answer
is read defensively either way). An answer that
is not Chinese is asked for again once, more strictly, and otherwise fails: English never
lands in a Chinese field (summary_en is English and exempt; a template that does not ask
for it gets an answer without it, which leaves it empty). A draft fills empty fields only;
where the user has text, the draft waits beside it as a suggestion (paper.extra["draft_suggestion"]).

Nothing is sent unless a Drafter is made (it needs a configured base URL and model) and asked
to draft. The API key is passed in, never stored in settings, never part of an error message.
The openai package is imported only when a Drafter first talks to a server (start-up time).
What is asked and how answers are read is in prompts.py; server errors are worded in
model_errors.py; bounded.py keeps every request within its deadline and size.
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from typing import Any

from digest_gui.core.control_chars import clean_text
from digest_gui.core.drafting.bounded import (
    MAX_ANSWER_BYTES,
    Abandoned,
    AnswerTooBig,
    TooSlow,
    bounded_http_client,
    call_bounded,
)
from digest_gui.core.drafting.model_errors import (
    BASE_URL_VARIABLE,
    CUT_OFF,
    ENGLISH_TWICE,
    FORMAT_WORDS,
    MODEL_VARIABLE,
    NOT_CONFIGURED,
    NOT_JSON,
    TOO_LONG,
    TOO_LONG_WORDS,
    UNKNOWN_MODEL_WORDS,
    DraftError,
    error_reason,
    scrub_secret,
    server_detail,
    wait_asked,
)
from digest_gui.core.drafting.prompts import (
    FORMATS,
    build_messages,
    default_prompts,
    is_chinese,
    parse_answer,
)
from digest_gui.core.failures import CANCELLED, SERVER_SAYS, WAITS, Failure
from digest_gui.core.model import CHINESE_FIELDS, GlossaryEntry, Paper

# Sent as the key when the user has none: local servers (Ollama, llama.cpp) ignore it.
NO_KEY = "no-key"
CONNECTION_TEST = "Reply with the single word OK."


@dataclass(slots=True)
class LlmSettings:
    """How to reach the model and what to ask; the API key is not here (see core.secrets)."""

    base_url: str = ""
    model: str = ""
    temperature: float = 0.3
    timeout: float = 60.0  # seconds for one request
    # Seconds for a whole answer, first byte to last (never less than timeout): a server
    # trickling bytes, each within the timeout, fails after this.
    deadline: float = 180.0
    parallel: int = 2  # requests at once in draft_many
    summary_limit: int = 80  # characters of summary_zh
    system_prompt: str = ""  # "" = the default in resources/prompts/
    user_prompt: str = ""

    def with_environment(self) -> LlmSettings:
        """A copy with DIGEST_GUI_LLM_BASE_URL and DIGEST_GUI_LLM_MODEL applied where set."""
        overrides = environment_overrides()
        return dataclasses.replace(
            self,
            base_url=overrides.get("base_url", self.base_url),
            model=overrides.get("model", self.model),
        )

    def configured(self) -> bool:
        """Whether a base URL and a model are set (nothing is ever sent otherwise)."""
        return bool(self.base_url.strip() and self.model.strip())

    def prompts(self) -> tuple[str, str]:
        """The system and user prompt templates in use (the defaults where empty)."""
        system, user = default_prompts()
        return (self.system_prompt if self.system_prompt.strip() else system), (
            self.user_prompt if self.user_prompt.strip() else user
        )


def environment_overrides() -> dict[str, str]:
    """The settings the environment sets: {"base_url": ..., "model": ...} where the variables are set."""
    pairs = (("base_url", BASE_URL_VARIABLE), ("model", MODEL_VARIABLE))
    return {
        name: os.environ[variable].strip() for name, variable in pairs if os.environ.get(variable, "").strip()
    }


@dataclass(slots=True)
class DraftResult:
    """A model's draft of one paper's Chinese side and the tokens it took (all tries)."""

    title_zh: str = ""
    summary_zh: str = ""
    abstract_zh: str = ""
    summary_en: str = ""  # the English one-line summary
    prompt_tokens: int = 0
    completion_tokens: int = 0


class _BadAnswer(Exception):
    """An answer that came but cannot be used: worth one stricter try."""

    def __init__(self, failure: Failure, english: bool = False) -> None:
        super().__init__(failure.text())
        self.failure = failure
        self.english = english


def _seconds(waits: list[float]) -> str:
    shown = [f"{value:.3g} s" for value in waits]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _sleep(seconds: float, cancel: threading.Event | None) -> None:
    event = cancel or threading.Event()
    if event.wait(max(0.0, seconds)) and cancel is not None:
        raise DraftError(CANCELLED)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise DraftError(CANCELLED)


class Drafter:
    """Drafts papers through one OpenAI-compatible server; safe to use from several threads."""

    retries = 2  # tries after the first for 429, 5xx and timeouts
    backoff = 1.0  # seconds before the first retry without Retry-After; doubles
    max_backoff = 60.0  # the longest wait of our own between tries
    # The longest Retry-After honoured (an hour); a server asking for longer fails the
    # paper, saying how long it asked for.
    max_wait = 3600.0
    max_answer_bytes = MAX_ANSWER_BYTES

    def __init__(self, settings: LlmSettings, api_key: str, glossary: Iterable[GlossaryEntry] = ()) -> None:
        if not settings.configured():
            raise DraftError(NOT_CONFIGURED)
        base_url = settings.base_url.strip().rstrip("/").removesuffix("/chat/completions")
        if not re.match(r"https?://[^/\s]", base_url, re.IGNORECASE):
            raise DraftError(Failure.make("model_bad_address", address=base_url[:80]))
        self.settings = dataclasses.replace(settings, base_url=base_url, model=settings.model.strip())
        self._api_key = api_key.strip()
        self.glossary = tuple(glossary)
        self.prompt_tokens = 0  # summed over every answer this drafter got
        self.completion_tokens = 0
        self._lock = threading.Lock()
        self._client: Any = None
        self._format = 0  # index into FORMATS of the first the server may take

    def __repr__(self) -> str:
        return f"Drafter(base_url={self.settings.base_url!r}, model={self.settings.model!r})"

    # ------------------------------------------------------------------ talking to the server

    def _openai(self) -> Any:
        with self._lock:
            if self._client is None:
                import openai

                self._client = openai.OpenAI(
                    base_url=self.settings.base_url,
                    api_key=self._api_key or NO_KEY,
                    timeout=self.settings.timeout,
                    max_retries=0,  # ours below: Retry-After, cancel, readable words
                    http_client=bounded_http_client(self.max_answer_bytes),
                )
            return self._client

    def _send(self, messages: list[dict[str, str]], structured: bool) -> Any:
        import openai

        client = self._openai()
        first = self._format if structured else len(FORMATS) - 1
        for index in range(first, len(FORMATS)):
            kwargs = {"response_format": FORMATS[index]} if FORMATS[index] else {}
            try:
                response = client.chat.completions.create(
                    model=self.settings.model,
                    messages=messages,
                    temperature=self.settings.temperature,
                    **kwargs,
                )
            except openai.APIStatusError as error:
                rejected = error.status_code in (400, 422) and FORMAT_WORDS.search(server_detail(error))
                if rejected and index + 1 < len(FORMATS):
                    continue  # the server does not take this response_format: try the next
                raise
            if structured:
                with self._lock:
                    self._format = max(self._format, index)  # remembered for the session
            return response
        raise AssertionError("unreachable")

    def _status_error(self, error: Any) -> DraftError:
        status = error.status_code
        detail = server_detail(error)
        model = self.settings.model
        if status == 401:
            if not self._api_key:
                return DraftError(Failure("model_wants_key"), status)
            return DraftError(Failure("model_refused_key"), status)
        if status == 403:
            return DraftError(Failure("model_forbidden"), status)
        if status == 404 and "model" not in detail.casefold():
            return DraftError(Failure.make("model_no_api", url=self.settings.base_url), status)
        if status == 404 or (status in (400, 422) and UNKNOWN_MODEL_WORDS.search(detail)):
            return DraftError(Failure.make("model_unknown", model=model, status=status), status)
        if status == 413 or (status in (400, 422) and TOO_LONG_WORDS.search(detail)):
            return DraftError(TOO_LONG, status)
        if status == 429:
            return DraftError(Failure("model_no_quota"), status)
        kind = "model_refused" if status in (400, 422) else "model_status"
        return DraftError(Failure.make(kind, status=status, **{SERVER_SAYS: detail}), status)

    def _call(
        self,
        messages: list[dict[str, str]],
        cancel: threading.Event | None,
        retries: int | None = None,
        structured: bool = True,
        on_wait: Callable[[float], None] | None = None,
    ) -> Any:
        """One answer, trying again after 429, 5xx and timeouts; raise DraftError.

        on_wait(seconds) hears of each wait before a retry (a server's Retry-After included).
        """
        import openai

        retries = self.retries if retries is None else retries
        waits: list[float] = []
        problem = Failure("")
        deadline = max(self.settings.deadline, self.settings.timeout)
        for attempt in range(retries + 1):
            _check(cancel)
            asked = None
            try:
                return call_bounded(lambda: self._send(messages, structured), deadline, cancel)
            except Abandoned:
                raise DraftError(CANCELLED) from None
            except TooSlow:
                raise DraftError(Failure.make("model_too_slow", seconds=f"{deadline:g}")) from None
            except AnswerTooBig as error:
                megabytes = f"{error.limit / 1024 / 1024:g}"
                raise DraftError(Failure.make("model_too_big", megabytes=megabytes)) from None
            except openai.APIStatusError as error:
                status = error.status_code
                quota = status == 429 and "quota" in f"{error.code} {server_detail(error)}".casefold()
                if (status not in (408, 429) and status < 500) or quota:
                    raise self._status_error(error) from None
                if status == 429:
                    problem = Failure("model_busy")
                else:
                    problem = Failure.make("model_failed", status=status)
                asked = wait_asked(error)
                if asked is not None and asked > self.max_wait:
                    # Waiting hours inside a batch helps no one: say how long it asked instead.
                    failure = Failure.make("model_asked_to_wait", seconds=f"{asked:.0f}")
                    raise DraftError(failure, status) from None
            except openai.APITimeoutError:
                problem = Failure.make("model_no_answer", seconds=f"{self.settings.timeout:g}")
            except openai.APIConnectionError as error:
                where = self.settings.base_url
                raise DraftError(
                    Failure.make("model_unreachable", url=where, reason=error_reason(error))
                ) from None
            if attempt < retries:
                delay = min(self.backoff * 2**attempt, self.max_backoff) if asked is None else asked
                waits.append(delay)
                if on_wait is not None:
                    on_wait(delay)
                _sleep(delay, cancel)
        if waits:
            problem = problem.adding(**{WAITS: _seconds(waits)})
        raise DraftError(problem)

    def _count(self, response: Any) -> tuple[int, int]:
        usage = getattr(response, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion = int(getattr(usage, "completion_tokens", 0) or 0)
        with self._lock:
            self.prompt_tokens += prompt
            self.completion_tokens += completion
        return prompt, completion

    def _choice(self, response: Any) -> Any:
        choices = getattr(response, "choices", None)
        if not choices:
            where = self.settings.base_url
            raise DraftError(Failure.make("model_not_chat", url=where))
        return choices[0]

    def _read(self, response: Any, paper: Paper) -> dict[str, str]:
        choice = self._choice(response)
        if getattr(choice, "finish_reason", None) == "length":
            raise DraftError(CUT_OFF)
        content = getattr(getattr(choice, "message", None), "content", None) or ""
        data = parse_answer(content)
        if data is None:
            raise _BadAnswer(NOT_JSON)
        fields: dict[str, str] = {}
        for name in CHINESE_FIELDS:
            value = data.get(name)
            if not isinstance(value, str):
                raise _BadAnswer(Failure.make("model_not_json_field", field=name))
            fields[name] = clean_text(value).strip()
        # English: no Chinese guard. Optional, so that an edited template from before
        # the field still drafts the Chinese; a missing or odd value leaves it empty.
        summary_en = data.get("summary_en")
        fields["summary_en"] = clean_text(summary_en).strip() if isinstance(summary_en, str) else ""
        needed = {
            "title_zh": bool(paper.title_en.strip()),
            "summary_zh": True,
            "abstract_zh": bool(paper.abstract_en.strip()),
        }
        for name in CHINESE_FIELDS:
            text = fields[name]
            if needed[name] and not text:
                raise _BadAnswer(Failure.make("model_left_empty", field=name))
            if text and not is_chinese(text):
                raise _BadAnswer(Failure("model_english"), english=True)
        return fields

    # ---------------------------------------------------------------------------- public

    def draft(
        self,
        paper: Paper,
        cancel: threading.Event | None = None,
        on_wait: Callable[[float], None] | None = None,
    ) -> DraftResult:
        """One paper's draft; raise DraftError (readable, without the key) when it fails."""
        try:
            return self._draft(paper, cancel, on_wait)
        except DraftError as error:
            raise error.scrubbed(self._api_key) from None

    def _draft(
        self, paper: Paper, cancel: threading.Event | None, on_wait: Callable[[float], None] | None = None
    ) -> DraftResult:
        if not (paper.title_en.strip() or paper.abstract_en.strip()):
            raise DraftError(Failure("paper_no_english"))
        prompt = completion = 0
        failures: list[_BadAnswer] = []
        for stricter in (False, True):
            messages = build_messages(self.settings, self.glossary, paper, stricter)
            response = self._call(messages, cancel, on_wait=on_wait)
            used = self._count(response)
            prompt, completion = prompt + used[0], completion + used[1]
            try:
                fields = self._read(response, paper)
            except _BadAnswer as bad:
                failures.append(bad)
                continue
            return DraftResult(**fields, prompt_tokens=prompt, completion_tokens=completion)
        if all(bad.english for bad in failures):
            raise DraftError(ENGLISH_TWICE)
        raise DraftError(failures[-1].failure)

    def test_connection(self) -> str:
        """Ask the model for one word; return "Connected: ..." or raise DraftError saying what is wrong."""
        try:
            response = self._call([{"role": "user", "content": CONNECTION_TEST}], None, 0, structured=False)
            self._count(response)
            self._choice(response)
        except DraftError as error:
            raise error.scrubbed(self._api_key) from None
        return f"Connected: model {self.settings.model} answered"

    def draft_many(
        self,
        papers: Sequence[Paper],
        on_result: Callable[[str, DraftResult | None, Failure | None], None],
        cancel: threading.Event | None = None,
        on_wait: Callable[[str, float], None] | None = None,
    ) -> None:
        """Draft papers, settings.parallel at a time; on_result(id, result or None, failure or None) for each.

        on_result runs on the calling thread. After cancel is set no request starts; papers
        not finished are reported with the failure CANCELLED at once (a request in flight is
        abandoned, its answer ignored). on_wait(id, seconds), called on a pool thread, hears
        of each wait before a paper's request is sent again.
        """
        cancel = cancel or threading.Event()
        parallel = max(1, int(self.settings.parallel))
        # Its own small pool for `parallel` requests at once, because the Qt-free CLI calls
        # this directly; the window runs the whole call inside one ui/workers.py task.
        pool = ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="digest-gui-draft")
        running: dict[Future[DraftResult], Paper] = {}
        position = 0
        try:
            while position < len(papers) or running:
                while not cancel.is_set() and position < len(papers) and len(running) < parallel:
                    paper = papers[position]
                    waiting = partial(on_wait, paper.id) if on_wait is not None else None
                    running[pool.submit(self.draft, paper, cancel, waiting)] = paper
                    position += 1
                if cancel.is_set():
                    break
                done, _ = wait(running, timeout=0.05, return_when=FIRST_COMPLETED)
                for future in done:
                    self._report(running.pop(future), future, on_result)
            for future in [future for future in running if future.done()]:
                self._report(running.pop(future), future, on_result)  # finished before the cancel
            for paper in [*running.values(), *papers[position:]]:
                on_result(paper.id, None, CANCELLED)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _report(self, paper: Paper, future: Future[DraftResult], on_result: Callable[..., None]) -> None:
        try:
            result = future.result()
        except DraftError as error:
            on_result(paper.id, None, error.failure)
        except Exception as error:  # a bug or an odd answer: that paper fails, the batch goes on
            detail = scrub_secret(str(error), self._api_key)
            on_result(paper.id, None, Failure.make("unexpected", type=type(error).__name__, detail=detail))
        else:
            on_result(paper.id, result, None)
