"""Why something failed, as a kind and named arguments, worded when it is shown.

A failed fetch or draft keeps a Failure in the paper (extra["fetch_error"],
extra["draft_error"]) as {"kind": ..., "args": {...}}. The CLI words it in English from
FAILURE_TEMPLATES; the window words it in the interface language (ui/failures.py). A
project written before failures had kinds holds a plain sentence: it loads as the kind
"message" and is shown as written, as is text a server sent in its own words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from digest_gui.core.wording import fill_template

MESSAGE = "message"  # free text: {text} is shown as it is

# English wording of every kind; {names} are the failure's arguments.
FAILURE_TEMPLATES: dict[str, str] = {
    MESSAGE: "{text}",
    "cancelled": "cancelled",
    "unexpected": "unexpected {type}: {detail}",
    # Requests (core/sources/http.py); {what} names what was asked: "arXiv".
    "no_connection": "cannot reach {what} (no connection within {seconds} s)",
    "no_answer": "{what} did not answer within {seconds} s",
    "unreachable": "cannot reach {what} ({reason})",
    "broke_off": "{what} broke off its answer ({reason})",
    "cannot_ask": "cannot ask {what}: {reason}",
    "http_status": "{what} answered HTTP {status} ({reason})",
    # arXiv's API (core/sources/arxiv_api.py).
    "arxiv_cut_off": "arXiv's answer was cut off",
    "arxiv_incomplete": "arXiv's answer was incomplete",
    "arxiv_empty": "arXiv sent an empty answer",
    "arxiv_malformed": "arXiv sent a malformed answer",
    "arxiv_not_a_feed": "arXiv sent something other than a list of papers",
    "arxiv_web_page": "arXiv sent a web page instead of data (HTTP {status})",
    "arxiv_unknown_id": "arXiv does not know {id}",
    "arxiv_not_returned": "arXiv did not return {id}",
    # Listings (core/sources/listing.py).
    "not_a_category": "“{name}” is not an arXiv category (like cs.LG, math.OC or hep-th)",
    "no_category": "name at least one arXiv category, like cs.LG",
    "listing_empty": "arXiv's {category} listing is empty (not an RSS feed)",
    "listing_unreadable": "arXiv's {category} listing is not a readable RSS feed: {detail}",
    "listing_not_rss": "arXiv's {category} listing is not an RSS feed (it starts with <{tag}>)",
    "listing_no_channel": "arXiv's {category} listing is not an RSS feed (it has no <channel>)",
    # The model server (core/drafting/llm.py).
    "model_not_configured": "no model is configured: set the base URL and the model in the settings "
    "(or {base_url_variable} and {model_variable})",
    "model_bad_address": "the model server address '{address}' should start with http:// or https://",
    "model_wants_key": "the model server wants an API key (HTTP 401); none is set",
    "model_refused_key": "the model server refused the API key (HTTP 401)",
    "model_forbidden": "the model server refused access with this API key (HTTP 403)",
    "model_no_api": "the model server has no Chat Completions API at {url} (HTTP 404); check the base URL",
    "model_unknown": "the model server does not know the model '{model}' (HTTP {status})",
    "model_too_long": "the abstract is too long for the model's context",
    "model_no_quota": "the model account has no quota left (HTTP 429)",
    "model_refused": "the model server refused the request (HTTP {status})",
    "model_status": "the model server answered HTTP {status}",
    "model_busy": "the model server is busy (HTTP 429)",
    "model_failed": "the model server failed (HTTP {status})",
    "model_no_answer": "the model server did not answer within {seconds} s",
    "model_unreachable": "cannot reach the model server at {url} ({reason})",
    "model_not_chat": "the server at {url} did not answer like a Chat Completions API",
    "model_cut_off": "the model's answer was cut off at its length limit",
    "model_not_json": "the model's answer was not the JSON asked for",
    "model_not_json_field": "the model's answer was not the JSON asked for (no {field})",
    "model_left_empty": "the model's answer left {field} empty",
    "model_english": "the model answered in English",
    "model_english_twice": "the model answered in English, twice",
    # Bounds on every request (core/sources/http.py, core/drafting/llm.py) and ids not sent.
    "too_slow": "{what} took longer than {seconds} s to answer",
    "too_big": "{what} sent more than {megabytes} MB; the answer was refused",
    "asked_to_wait": "{what} asked to wait {seconds} s before asking again; try later",
    "not_an_arxiv_id": "“{id}” is not an arXiv id (like 2403.18546 or hep-th/9901001); not sent to arXiv",
    "model_too_slow": "the model server took longer than {seconds} s to answer",
    "model_too_big": "the model's answer was longer than {megabytes} MB and was refused",
    "model_asked_to_wait": "the model server asked to wait {seconds} s before asking again; try later",
    "model_key_unreadable": "the API key could not be read from the system keyring ({reason})",
    "paper_no_english": "the paper has no English title or abstract to translate (fetch it first)",
}

# Arguments any kind may carry, worded after its sentence (see english_suffixes).
SERVER_SAYS = "server_says"  # the server's own explanation: ": {server_says}"
TRIES = "tries"  # a request tried this often: "; gave up after {tries} tries"
WAITS = "waits"  # retried after these waits: "; tried again after {waits}; gave up"


@dataclass(frozen=True, slots=True)
class Failure:
    """Why something failed: a kind (see FAILURE_TEMPLATES) and its arguments."""

    kind: str
    # (name, value) pairs; a tuple keeps failures comparable and hashable.
    args: tuple[tuple[str, str], ...] = ()

    @classmethod
    def make(cls, kind: str, **args: object) -> Failure:
        """A failure with its arguments given by name (values are kept as text)."""
        return cls(kind, tuple((name, str(value)) for name, value in args.items()))

    @classmethod
    def message(cls, text: str) -> Failure:
        """Free text: an old project's sentence, or what a server said in its own words."""
        return cls.make(MESSAGE, text=text)

    def arguments(self) -> dict[str, str]:
        """The arguments by name."""
        return dict(self.args)

    def adding(self, **args: object) -> Failure:
        """A copy with more (or replaced) arguments."""
        merged = {**self.arguments(), **{name: str(value) for name, value in args.items()}}
        return Failure(self.kind, tuple(merged.items()))

    def mapping_args(self, change: Callable[[str], str]) -> Failure:
        """A copy with change applied to every argument (to scrub a secret out of them)."""
        return Failure(self.kind, tuple((name, change(value)) for name, value in self.args))

    def text(self) -> str:
        """The failure in English."""
        return word_failure(self, FAILURE_TEMPLATES.get(self.kind, ""), english_suffixes)

    def __str__(self) -> str:
        return self.text()

    def to_data(self) -> dict[str, Any]:
        """The failure as the project file keeps it."""
        return {"kind": self.kind, "args": dict(self.args)}


CANCELLED = Failure("cancelled")


def failure_from_data(value: object) -> Failure | None:
    """A failure from the project file: {"kind", "args"}, or an old project's sentence; None if none."""
    if isinstance(value, str):
        return Failure.message(value.strip()) if value.strip() else None
    if isinstance(value, dict) and isinstance(value.get("kind"), str) and value["kind"]:
        args = value.get("args")
        pairs = args.items() if isinstance(args, dict) else ()
        return Failure(value["kind"], tuple((str(name), str(text)) for name, text in pairs))
    return None


def word_failure(failure: Failure, template: str, suffixes: Callable[[dict[str, str]], str]) -> str:
    """failure worded with template (its kind and arguments when there is none) and suffixes."""
    args = failure.arguments()
    if not template:
        shown = ", ".join(f"{name}={value}" for name, value in failure.args if name not in _SUFFIX_NAMES)
        template = failure.kind + (f" ({shown})" if shown else "")
        return template + suffixes(args)
    return fill_template(template, args) + suffixes(args)


def english_suffixes(args: dict[str, str]) -> str:
    """The English words of the arguments any kind may carry (SERVER_SAYS, TRIES, WAITS)."""
    text = ""
    if args.get(SERVER_SAYS):
        text += f": {args[SERVER_SAYS]}"
    if args.get(TRIES):
        tries = args[TRIES]
        text += f"; gave up after {tries} {'try' if tries == '1' else 'tries'}"
    if args.get(WAITS):
        text += f"; tried again after {args[WAITS]}; gave up"
    return text


_SUFFIX_NAMES = frozenset({SERVER_SAYS, TRIES, WAITS})


def failure_of(error: BaseException) -> Failure:
    """The Failure an error carries (HttpError, DraftError), else its message as free text."""
    failure = getattr(error, "failure", None)
    return failure if isinstance(failure, Failure) else Failure.message(str(error))
