"""What a draft may write into a paper, and what it may only suggest.

A draft fills the fields it writes (the Chinese ones and the English one-line summary)
that are empty; where the user already has text, the
draft waits beside it as a suggestion to accept or ignore. Nothing a person wrote is
replaced by a draft on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from digest_gui.core.failures import Failure, failure_from_data
from digest_gui.core.model import DRAFTED_FIELDS, Paper, Status

if TYPE_CHECKING:
    from digest_gui.core.drafting.llm import DraftResult

SUGGESTION_KEY = "draft_suggestion"  # paper.extra: field -> drafted text the user has not taken
DRAFT_ERROR_KEY = "draft_error"  # paper.extra: why the last draft failed


def pending_suggestions(paper: Paper) -> dict[str, str]:
    """The drafts waiting beside the user's text (field -> drafted text)."""
    held = paper.extra.get(SUGGESTION_KEY)
    if not isinstance(held, dict):
        return {}
    return {name: text for name, text in held.items() if name in DRAFTED_FIELDS and isinstance(text, str)}


def _set_suggestions(paper: Paper, suggestions: dict[str, str]) -> None:
    if suggestions:
        paper.extra[SUGGESTION_KEY] = {
            name: suggestions[name] for name in DRAFTED_FIELDS if name in suggestions
        }
    else:
        paper.extra.pop(SUGGESTION_KEY, None)


def apply_draft(paper: Paper, result: DraftResult) -> Paper:
    """A copy with empty drafted fields filled from the draft; other differences kept as suggestions."""
    after = paper.copy()
    after.extra.pop(DRAFT_ERROR_KEY, None)
    suggestions = pending_suggestions(paper)
    filled = False
    for name in DRAFTED_FIELDS:
        drafted = getattr(result, name).strip()
        if not drafted:
            continue
        current = getattr(after, name)
        if not current.strip():
            setattr(after, name, drafted)
            suggestions.pop(name, None)
            filled = True
        elif current.strip() != drafted:
            suggestions[name] = drafted
        else:
            suggestions.pop(name, None)
    _set_suggestions(after, suggestions)
    if filled and after.status != Status.REVIEWED:
        after.status = Status.DRAFTED
    return after


def mark_draft_failed(paper: Paper, reason: Failure | str) -> Paper:
    """A copy noting why its draft failed (kind and arguments; cleared by the next draft)."""
    after = paper.copy()
    failure = reason if isinstance(reason, Failure) else Failure.message(reason)
    after.extra[DRAFT_ERROR_KEY] = failure.to_data()
    return after


def draft_failure(paper: Paper) -> Failure | None:
    """Why the paper's last draft failed (an old project's sentence too), or None."""
    return failure_from_data(paper.extra.get(DRAFT_ERROR_KEY))


def accept_suggestions(paper: Paper, names: Iterable[str] | None = None) -> Paper:
    """A copy with the suggested drafts taken into their fields (all, or the named ones)."""
    after = paper.copy()
    suggestions = pending_suggestions(paper)
    wanted = None if names is None else set(names)
    taken = False
    for name in list(suggestions):
        if wanted is None or name in wanted:
            setattr(after, name, suggestions.pop(name))
            taken = True
    _set_suggestions(after, suggestions)
    if taken and after.status in (Status.NEW, Status.FETCHED):
        after.status = Status.DRAFTED
    return after


def ignore_suggestions(paper: Paper, names: Iterable[str] | None = None) -> Paper:
    """A copy without its suggested drafts (all, or those of the named fields)."""
    after = paper.copy()
    if names is None:
        after.extra.pop(SUGGESTION_KEY, None)
    else:
        unwanted = set(names)
        kept = {name: text for name, text in pending_suggestions(paper).items() if name not in unwanted}
        _set_suggestions(after, kept)
    return after
