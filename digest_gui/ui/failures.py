"""Failures in the interface language: one translated template per kind (core/failures.py).

The core keeps a failure as a kind and named arguments; the list's tooltips, the editor's
notices and the status bar word it here when they show it, so a paper that failed while
the interface was English reads in Chinese after a switch. A kind without a template
here is worded in English by the core.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digest_gui.core.failures import FAILURE_TEMPLATES, SERVER_SAYS, TRIES, WAITS, Failure, word_failure


# The literal context in every translate() call lets pyside6-lupdate find these texts.
def failure_templates() -> dict[str, str]:
    """Kind -> the translated template, with the {names} of the core's English one."""
    return {
        "message": "{text}",
        "cancelled": QCoreApplication.translate("Failures", "cancelled"),
        "unexpected": QCoreApplication.translate("Failures", "unexpected {type}: {detail}"),
        "no_connection": QCoreApplication.translate(
            "Failures", "cannot reach {what} (no connection within {seconds} s)"
        ),
        "no_answer": QCoreApplication.translate("Failures", "{what} did not answer within {seconds} s"),
        "unreachable": QCoreApplication.translate("Failures", "cannot reach {what} ({reason})"),
        "broke_off": QCoreApplication.translate("Failures", "{what} broke off its answer ({reason})"),
        "cannot_ask": QCoreApplication.translate("Failures", "cannot ask {what}: {reason}"),
        "http_status": QCoreApplication.translate("Failures", "{what} answered HTTP {status} ({reason})"),
        "arxiv_cut_off": QCoreApplication.translate("Failures", "arXiv's answer was cut off"),
        "arxiv_incomplete": QCoreApplication.translate("Failures", "arXiv's answer was incomplete"),
        "arxiv_empty": QCoreApplication.translate("Failures", "arXiv sent an empty answer"),
        "arxiv_malformed": QCoreApplication.translate("Failures", "arXiv sent a malformed answer"),
        "arxiv_not_a_feed": QCoreApplication.translate(
            "Failures", "arXiv sent something other than a list of papers"
        ),
        "arxiv_web_page": QCoreApplication.translate(
            "Failures", "arXiv sent a web page instead of data (HTTP {status})"
        ),
        "arxiv_unknown_id": QCoreApplication.translate("Failures", "arXiv does not know {id}"),
        "arxiv_not_returned": QCoreApplication.translate("Failures", "arXiv did not return {id}"),
        "not_a_category": QCoreApplication.translate(
            "Failures", "“{name}” is not an arXiv category (like cs.LG, math.OC or hep-th)"
        ),
        "no_category": QCoreApplication.translate("Failures", "name at least one arXiv category, like cs.LG"),
        "listing_empty": QCoreApplication.translate(
            "Failures", "arXiv's {category} listing is empty (not an RSS feed)"
        ),
        "listing_unreadable": QCoreApplication.translate(
            "Failures", "arXiv's {category} listing is not a readable RSS feed: {detail}"
        ),
        "listing_not_rss": QCoreApplication.translate(
            "Failures", "arXiv's {category} listing is not an RSS feed (it starts with <{tag}>)"
        ),
        "listing_no_channel": QCoreApplication.translate(
            "Failures", "arXiv's {category} listing is not an RSS feed (it has no <channel>)"
        ),
        "model_not_configured": QCoreApplication.translate(
            "Failures",
            "no model is configured: set the base URL and the model in the settings "
            "(or {base_url_variable} and {model_variable})",
        ),
        "model_bad_address": QCoreApplication.translate(
            "Failures", "the model server address '{address}' should start with http:// or https://"
        ),
        "model_wants_key": QCoreApplication.translate(
            "Failures", "the model server wants an API key (HTTP 401); none is set"
        ),
        "model_refused_key": QCoreApplication.translate(
            "Failures", "the model server refused the API key (HTTP 401)"
        ),
        "model_forbidden": QCoreApplication.translate(
            "Failures", "the model server refused access with this API key (HTTP 403)"
        ),
        "model_no_api": QCoreApplication.translate(
            "Failures", "the model server has no Chat Completions API at {url} (HTTP 404); check the base URL"
        ),
        "model_unknown": QCoreApplication.translate(
            "Failures", "the model server does not know the model '{model}' (HTTP {status})"
        ),
        "model_too_long": QCoreApplication.translate(
            "Failures", "the abstract is too long for the model's context"
        ),
        "model_no_quota": QCoreApplication.translate(
            "Failures", "the model account has no quota left (HTTP 429)"
        ),
        "model_refused": QCoreApplication.translate(
            "Failures", "the model server refused the request (HTTP {status})"
        ),
        "model_status": QCoreApplication.translate("Failures", "the model server answered HTTP {status}"),
        "model_busy": QCoreApplication.translate("Failures", "the model server is busy (HTTP 429)"),
        "model_failed": QCoreApplication.translate("Failures", "the model server failed (HTTP {status})"),
        "model_no_answer": QCoreApplication.translate(
            "Failures", "the model server did not answer within {seconds} s"
        ),
        "model_unreachable": QCoreApplication.translate(
            "Failures", "cannot reach the model server at {url} ({reason})"
        ),
        "model_not_chat": QCoreApplication.translate(
            "Failures", "the server at {url} did not answer like a Chat Completions API"
        ),
        "model_cut_off": QCoreApplication.translate(
            "Failures", "the model's answer was cut off at its length limit"
        ),
        "model_not_json": QCoreApplication.translate(
            "Failures", "the model's answer was not the JSON asked for"
        ),
        "model_not_json_field": QCoreApplication.translate(
            "Failures", "the model's answer was not the JSON asked for (no {field})"
        ),
        "model_left_empty": QCoreApplication.translate("Failures", "the model's answer left {field} empty"),
        "model_english": QCoreApplication.translate("Failures", "the model answered in English"),
        "too_slow": QCoreApplication.translate("Failures", "{what} took longer than {seconds} s to answer"),
        "too_big": QCoreApplication.translate(
            "Failures", "{what} sent more than {megabytes} MB; the answer was refused"
        ),
        "asked_to_wait": QCoreApplication.translate(
            "Failures", "{what} asked to wait {seconds} s before asking again; try later"
        ),
        "not_an_arxiv_id": QCoreApplication.translate(
            "Failures", "“{id}” is not an arXiv id (like 2403.18546 or hep-th/9901001); not sent to arXiv"
        ),
        "model_too_slow": QCoreApplication.translate(
            "Failures", "the model server took longer than {seconds} s to answer"
        ),
        "model_too_big": QCoreApplication.translate(
            "Failures", "the model's answer was longer than {megabytes} MB and was refused"
        ),
        "model_asked_to_wait": QCoreApplication.translate(
            "Failures", "the model server asked to wait {seconds} s before asking again; try later"
        ),
        "model_key_unreadable": QCoreApplication.translate(
            "Failures", "the API key could not be read from the system keyring ({reason})"
        ),
        "model_english_twice": QCoreApplication.translate("Failures", "the model answered in English, twice"),
        "paper_no_english": QCoreApplication.translate(
            "Failures", "the paper has no English title or abstract to translate (fetch it first)"
        ),
    }


def _suffixes(args: dict[str, str]) -> str:
    text = ""
    if args.get(SERVER_SAYS):
        text += QCoreApplication.translate("Failures", ": {server_says}").replace(
            "{server_says}", args[SERVER_SAYS]
        )
    if args.get(TRIES):
        # Two texts, not a %n plural: lupdate reads plurals only in tr() calls.
        if args[TRIES] == "1":
            text += QCoreApplication.translate("Failures", "; gave up after 1 try")
        else:
            tries = QCoreApplication.translate("Failures", "; gave up after {tries} tries")
            text += tries.replace("{tries}", args[TRIES])
    if args.get(WAITS):
        text += QCoreApplication.translate("Failures", "; tried again after {waits}; gave up").replace(
            "{waits}", args[WAITS]
        )
    return text


def failure_text(failure: Failure) -> str:
    """The failure in the interface language (in English for a kind this table lacks)."""
    template = failure_templates().get(failure.kind)
    if template is None:
        return word_failure(failure, FAILURE_TEMPLATES.get(failure.kind, ""), _suffixes)
    return word_failure(failure, template, _suffixes)
