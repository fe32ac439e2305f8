"""English that changed under a reviewed translation, kept until the Chinese is confirmed.

When the English title or abstract of a reviewed paper changes (the user edits it, or
accepts a newer arXiv version's text), the English the Chinese was reviewed against is
kept in `paper.extra[STALE_KEY]` (field -> that English), so that the editor can show the
old and new English side by side until the user confirms the Chinese. Held in `extra`,
as the fetch's offers and the draft's suggestions are: a project without marks saves to
the same bytes as before, and older builds keep the key as data they do not know.

The rules of when a mark is set and cleared are in core/operations.py (review).
"""

from __future__ import annotations

from digest_gui.core.model import Paper

STALE_KEY = "stale_english"  # paper.extra: field -> the English the Chinese was reviewed against

# The English a translation is made from; the one-line English summary is written with
# the Chinese (a draft writes it), so a change to it leaves no translation stale.
SOURCE_FIELDS = ("title_en", "abstract_en")


def stale_marks(paper: Paper) -> dict[str, str]:
    """The English fields changed since review (field -> the English as reviewed), in field order."""
    held = paper.extra.get(STALE_KEY)
    if not held or not isinstance(held, dict):
        return {}
    return {name: held[name] for name in SOURCE_FIELDS if isinstance(held.get(name), str)}


def with_stale_marks(paper: Paper, marks: dict[str, str]) -> Paper:
    """A copy of the paper holding these marks (none: the key is left out)."""
    after = paper.copy()
    set_stale_marks(after, marks)
    return after


def set_stale_marks(paper: Paper, marks: dict[str, str]) -> None:
    """Store the marks in the paper itself; a new dict each time, never one changed in place."""
    if marks:
        paper.extra[STALE_KEY] = {name: marks[name] for name in SOURCE_FIELDS if name in marks}
    else:
        paper.extra.pop(STALE_KEY, None)
