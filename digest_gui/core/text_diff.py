"""Word and character differences between two texts, for showing what changed.

English is compared word by word; Chinese (and Japanese, Korean), which has no spaces,
character by character: one tokenizer does both, since a run of Latin letters or digits
is one token and every CJK character is a token of its own. word_difference compares
whitespace-separated words only (the translation memory's English, spacing ignored).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from digest_gui.core.cjk_ranges import UNSPACED

Kind = Literal["equal", "delete", "insert"]

# Whitespace runs, runs of word characters outside the CJK blocks, or any single character.
_TOKEN = re.compile(rf"\s+|[^\W{UNSPACED}]+|.", re.DOTALL)
# A sentence ends at . ! ? (and their Chinese forms) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text that both texts share, or that only the old (delete) or new (insert) has."""

    kind: Kind
    text: str


def tokens(text: str) -> list[str]:
    """The text cut into words, spaces and single other characters (each CJK character alone)."""
    return _TOKEN.findall(text)


def _token_runs(a: Sequence[str], b: Sequence[str]) -> Iterator[tuple[Kind, Sequence[str]]]:
    """The difference from tokens a to tokens b: runs of equal, deleted and inserted tokens,
    the deleted ones of a change before its inserted ones; no run is empty."""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            yield "equal", a[i1:i2]
            continue
        if i2 > i1:
            yield "delete", a[i1:i2]
        if j2 > j1:
            yield "insert", b[j1:j2]


def diff_segments(old: str, new: str) -> list[Segment]:
    """The difference from old to new, as equal, deleted and inserted pieces in reading order."""
    segments: list[Segment] = []
    for kind, run in _token_runs(tokens(old), tokens(new)):
        _append(segments, kind, "".join(run))
    return _absorb_lone_spaces(segments)


def word_difference(old: str, new: str) -> list[Segment]:
    """The change from old to new in whole whitespace-separated words, each piece's words
    joined by one space (spacing and line breaks ignored); a word with its punctuation is one."""
    return [Segment(kind, " ".join(run)) for kind, run in _token_runs(old.split(), new.split())]


def similarity(old: str, new: str) -> float:
    """How much of the two texts is shared, from 0 (nothing) to 1 (the same)."""
    if old == new:
        return 1.0
    return difflib.SequenceMatcher(None, tokens(old), tokens(new), autojunk=False).ratio()


def old_side(segments: list[Segment]) -> list[Segment]:
    """What the old text was: the equal and deleted pieces."""
    return [segment for segment in segments if segment.kind != "insert"]


def new_side(segments: list[Segment]) -> list[Segment]:
    """What the new text is: the equal and inserted pieces."""
    return [segment for segment in segments if segment.kind != "delete"]


@dataclass(frozen=True, slots=True)
class Hunk:
    """Sentences that changed: the old ones and the new ones, each with its word differences."""

    old: list[Segment]
    new: list[Segment]


def sentences(text: str) -> list[str]:
    """The text cut after each sentence (the separating space stays with the sentence before)."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if end > start:
            parts.append(text[start:end])
            start = end
    if start < len(text):
        parts.append(text[start:])
    return parts


def changed_sentences(old: str, new: str) -> list[Hunk]:
    """Only the sentences that differ, old beside new, with word differences inside each pair.

    A long abstract with one sentence rewritten shows as that sentence, not the whole text.
    """
    a, b = sentences(old), sentences(new)
    matcher = difflib.SequenceMatcher(None, [s.strip() for s in a], [s.strip() for s in b], autojunk=False)
    hunks: list[Hunk] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        segments = diff_segments("".join(a[i1:i2]).strip(), "".join(b[j1:j2]).strip())
        hunks.append(Hunk(old_side(segments), new_side(segments)))
    return hunks


def _append(segments: list[Segment], kind: Kind, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = Segment(kind, segments[-1].text + text)
    else:
        segments.append(Segment(kind, text))


def _absorb_lone_spaces(segments: list[Segment]) -> list[Segment]:
    # "a b c" -> "a x y c" reads as one change "b" -> "x y", not two changes around a space.
    result: list[Segment] = []
    for index, segment in enumerate(segments):
        between_changes = 0 < index < len(segments) - 1 and all(
            segments[other].kind != "equal" for other in (index - 1, index + 1)
        )
        if segment.kind == "equal" and between_changes and not segment.text.strip():
            _append(result, "delete", segment.text)
            _append(result, "insert", segment.text)
        else:
            _append(result, segment.kind, segment.text)
    return _regroup(result)


def _regroup(segments: list[Segment]) -> list[Segment]:
    # Deleted pieces before inserted ones within each run of changes.
    result: list[Segment] = []
    run: list[Segment] = []
    for segment in [*segments, Segment("equal", "")]:
        if segment.kind != "equal":
            run.append(segment)
            continue
        for kind in ("delete", "insert"):
            _append(result, kind, "".join(piece.text for piece in run if piece.kind == kind))
        run = []
        _append(result, "equal", segment.text)
    return result
