"""Find and replace across a digest's text fields: the matches, and the changes a replace makes.

Qt-free, so the rule is one for the window (the find bar) and whatever else needs it, and
it is tested on its own. Offsets are Python string indices (code points); the window
converts them to Qt's UTF-16 positions where it selects text.

Regular expressions are Python's (`re`), with `^` and `$` at line starts and ends (the
abstracts have several lines) and replacement groups written `\\1` or `\\g<name>`. Empty
matches (`^`, `x*`) are found once per position, as `re.finditer` and `re.sub` do, so no
search or replace can loop on one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from digest_gui.core.control_chars import clean_text
from digest_gui.core.model import TEXT_FIELDS, Digest


class Scope(StrEnum):
    """Which side of each paper a search reads."""

    BOTH = "both"
    ENGLISH = "en"
    CHINESE = "zh"

    def fields(self) -> tuple[str, ...]:
        """The fields of this scope, in the editor's order."""
        if self is Scope.BOTH:
            return TEXT_FIELDS
        return tuple(name for name in TEXT_FIELDS if name.endswith("_" + self.value))


# Letters of scripts written without spaces: a whole word may touch them (an English term
# inside a Chinese sentence, "使用Transformer模型", is a whole word there).
_UNSPACED = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f"
)
# A word letter of a spaced script: [^\W...] is "a word character and not one of those".
_SPACED_LETTER = rf"[^\W{_UNSPACED}]"
_WORD_START = rf"(?<!{_SPACED_LETTER})"
_WORD_END = rf"(?!{_SPACED_LETTER})"


class PatternError(ValueError):
    """The search text or the replacement is not a valid regular expression; str() is one line."""


@dataclass(frozen=True, slots=True)
class FindQuery:
    """What to look for, where and how."""

    text: str
    scope: Scope = Scope.BOTH
    case_sensitive: bool = False
    whole_words: bool = False
    regex: bool = False

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern; PatternError with a one-line reason when it is invalid."""
        source = self.text if self.regex else re.escape(self.text)
        if self.whole_words:
            source = f"{_WORD_START}(?:{source}){_WORD_END}"
        flags = re.MULTILINE | (0 if self.case_sensitive else re.IGNORECASE)
        try:
            return re.compile(source, flags)
        except re.error as error:
            raise PatternError(_pattern_message(error)) from None
        except (RecursionError, OverflowError, ValueError) as error:  # absurdly nested or large
            raise PatternError(f"invalid pattern: {error}") from None


def _pattern_message(error: re.error) -> str:
    reason = str(error.msg) if error.msg else str(error)
    if error.pos is not None:
        return f"{reason} at position {error.pos + 1}"
    return reason


@dataclass(frozen=True, slots=True, order=True)
class Match:
    """One match: paper row, field, and its span in that field's text (code points)."""

    row: int
    field_index: int  # the field's place in TEXT_FIELDS: matches sort in the editor's order
    start: int
    end: int

    @property
    def field(self) -> str:
        return TEXT_FIELDS[self.field_index]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's text before and after a replace."""

    row: int
    field: str
    old: str
    new: str


def find_all(digest: Digest, query: FindQuery, *, limit: int | None = None) -> list[Match]:
    """Every match of the query in the digest, paper by paper in the editor's field order.

    An empty search text finds nothing. With limit, at most that many are returned.
    """
    return list(_iter_matches(digest, query, limit))


def _iter_matches(digest: Digest, query: FindQuery, limit: int | None) -> Iterator[Match]:
    if not query.text:
        return
    pattern = query.compile()
    fields = [(TEXT_FIELDS.index(name), name) for name in query.scope.fields()]
    count = 0
    for row, paper in enumerate(digest.papers):
        for index, name in fields:
            # An empty field has nothing to find in, not even `^`: a replace never fills one.
            text = getattr(paper, name)
            if not text:
                continue
            for found in pattern.finditer(text):
                yield Match(row, index, found.start(), found.end())
                count += 1
                if limit is not None and count >= limit:
                    return


def spans_in(text: str, query: FindQuery) -> list[tuple[int, int]]:
    """The (start, end) spans the query matches in one text; an empty search or text finds none."""
    if not query.text or not text:
        return []
    return [found.span() for found in query.compile().finditer(text)]


def _template(query: FindQuery, replacement: str, pattern: re.Pattern[str]) -> str:
    """The replacement as a `re` template (a literal one escaped); PatternError for a bad group reference."""
    if not query.regex:
        return replacement.replace("\\", "\\\\")  # a literal: no group references
    try:
        # Parses the template once (an unknown group, a bad escape) before any text changes;
        # re caches it, so the substitutions below expand it in C, not in a Python callback.
        pattern.sub(replacement, "")
    except (re.error, IndexError) as error:
        message = _pattern_message(error) if isinstance(error, re.error) else str(error)
        raise PatternError(f"replacement: {message}") from None
    return replacement


def replace_match(digest: Digest, query: FindQuery, replacement: str, match: Match) -> FieldChange | None:
    """The change replacing one match, or None when the text there no longer matches."""
    pattern = query.compile()
    template = _template(query, replacement, pattern)
    if not 0 <= match.row < len(digest.papers) or match.field not in query.scope.fields():
        return None
    old = getattr(digest.papers[match.row], match.field)
    # Searched from the match's start (lookbehinds see the text before it) and taken only
    # where it still spans exactly what was found.
    found = pattern.search(old, match.start)
    if found is None or found.span() != (match.start, match.end):
        return None
    new = clean_text(old[: match.start] + found.expand(template) + old[match.end :])
    if new == old:
        return None
    return FieldChange(match.row, match.field, old, new)


def replace_all(digest: Digest, query: FindQuery, replacement: str) -> list[FieldChange]:
    """The change of every field the query matches in, replaced in one pass (as re.sub does).

    The digest itself is not changed; a field whose text comes out the same is left out.
    """
    if not query.text:
        return []
    pattern = query.compile()
    template = _template(query, replacement, pattern)
    changes = []
    names = query.scope.fields()
    for row, paper in enumerate(digest.papers):
        for name in names:
            old = getattr(paper, name)
            if not old:
                continue  # nothing to replace in, not even `^`
            new = clean_text(pattern.sub(template, old))
            if new != old:
                changes.append(FieldChange(row, name, old, new))
    return changes


def apply_changes(digest: Digest, changes: list[FieldChange], *, undo: bool = False) -> None:
    """Write the changes' new texts into the digest (or, with undo, their old texts)."""
    for change in reversed(changes) if undo else changes:
        setattr(digest.papers[change.row], change.field, change.old if undo else change.new)
