"""What went wrong with a model server, as failures a user can act on; secrets kept out.

The openai package raises its own errors; these functions read them (status, the server's
words, Retry-After) into DraftError failures, never quoting an API key.
"""

from __future__ import annotations

import re
from typing import Any

from digest_gui.core.errors import DigestError
from digest_gui.core.failures import Failure

BASE_URL_VARIABLE = "DIGEST_GUI_LLM_BASE_URL"
MODEL_VARIABLE = "DIGEST_GUI_LLM_MODEL"

TOO_LONG_WORDS = re.compile(
    r"context[ _]length|context window|maximum context|too long|too many tokens|exceeds? the", re.IGNORECASE
)


UNKNOWN_MODEL_WORDS = re.compile(r"model.*(?:not exist|not found|unknown|invalid|no such)", re.IGNORECASE)


FORMAT_WORDS = re.compile(r"response_format|json_schema|json_object|structured output", re.IGNORECASE)


_SECRETISH = re.compile(r"(Bearer\s+)\S+|\b(sk-)[A-Za-z0-9_\-]{6,}", re.IGNORECASE)


# Reasons a draft fails (worded by core/failures.py and the window), and CANCELLED.
ENGLISH_TWICE = Failure("model_english_twice")


NOT_JSON = Failure("model_not_json")


TOO_LONG = Failure("model_too_long")


CUT_OFF = Failure("model_cut_off")


NOT_CONFIGURED = Failure.make(
    "model_not_configured", base_url_variable=BASE_URL_VARIABLE, model_variable=MODEL_VARIABLE
)


class DraftError(DigestError):
    """A draft or a connection test failed; the failure says why (str(): one English line, no key)."""

    def __init__(self, failure: Failure | str, status: int | None = None) -> None:
        self.failure = failure if isinstance(failure, Failure) else Failure.message(failure)
        super().__init__(self.failure.text())
        self.status = status

    def scrubbed(self, key: str) -> DraftError:
        """The same error with the key (and anything like a key) masked in its arguments."""
        return DraftError(self.failure.mapping_args(lambda text: scrub_secret(text, key)), self.status)


def scrub_secret(text: str, key: str = "") -> str:
    """text with the key (and anything shaped like a bearer token or an sk- key) masked."""
    if key and len(key) >= 4:
        text = text.replace(key, "***")
    return _SECRETISH.sub(lambda m: (m.group(1) or m.group(2)) + "***", text)


def server_detail(error: Any) -> str:
    body = getattr(error, "body", None)
    for _ in range(3):  # {"error": {"message": ...}}, {"message": ...}, {"detail": ...} or a string
        if isinstance(body, dict):
            body = body.get("message") or body.get("error") or body.get("detail") or ""
        else:
            break
    text = body if isinstance(body, str) and body else str(getattr(error, "message", "") or "")
    return " ".join(text.split())[:160]


def error_reason(error: BaseException) -> str:
    inner: BaseException = error
    for _ in range(10):  # httpx wraps the socket's error a few levels deep; the innermost says most
        nested = inner.__cause__ or inner.__context__
        if nested is None or nested is inner:
            break
        inner = nested
    return (str(inner) or type(inner).__name__).splitlines()[0][:160]


def wait_asked(error: Any) -> float | None:
    headers = getattr(getattr(error, "response", None), "headers", None) or {}
    try:
        milliseconds = headers.get("retry-after-ms")
        if milliseconds:
            return float(milliseconds) / 1000
    except (TypeError, ValueError):
        pass
    from digest_gui.core.sources.http import retry_after

    return retry_after(headers.get("retry-after"))
