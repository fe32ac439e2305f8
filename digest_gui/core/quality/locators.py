"""Where the built-in checks' issues are in a paper's text, for the editor to highlight.

checks.py registers each of these with its check (`locate=`). A locator reads back what
its check put in the issue's arguments (the limit, the term, the numbers or words it
names) and finds that text; it runs only for the paper on screen, so the checks
themselves stay as fast as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from digest_gui.core.model import Paper
from digest_gui.core.quality.registry import CheckContext, Span, listed_items

# The Chinese field a glossary issue is about -> the English field its term is in.
_ENGLISH_OF = {"title_zh": "title_en", "abstract_zh": "abstract_en", "summary_zh": "summary_en"}
_DOLLAR = re.compile(r"(?<!\\)\$")


def unpaired_dollar(text: str) -> int:
    """Where the $ left over when the others pair up is (escaped \\$ are text), or -1."""
    if "$" not in text:
        return -1
    dollars = [match.start() for match in _DOLLAR.finditer(text)]
    return dollars[-1] if len(dollars) % 2 else -1


def locate_whole(paper: Paper, field: str, _args: dict[str, str], _context: CheckContext) -> Iterator[Span]:
    """The field's text, without the blanks around it."""
    text = getattr(paper, field)
    yield field, len(text) - len(text.lstrip()), len(text.rstrip())


def locate_too_long(paper: Paper, field: str, args: dict[str, str], context: CheckContext) -> Iterator[Span]:
    """The text past the limit (not counting blanks around the field's text)."""
    for _field, start, end in locate_whole(paper, field, args, context):
        yield field, start + int(args.get("limit", "0") or 0), end


def locate_glossary(paper: Paper, field: str, args: dict[str, str], context: CheckContext) -> Iterator[Span]:
    """The term wherever the English side of the field has it."""
    english = _ENGLISH_OF.get(field)
    if context.matcher is None or english is None:
        return
    term = " ".join(args.get("term", "").split()).casefold()
    for start, end, entry in context.matcher.spans(getattr(paper, english)):
        if " ".join(entry.term.split()).casefold() == term:
            yield english, start, end


def _number_at(text: str, written: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer(re.escape(written), text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if not (before.isdigit() or after.isdigit()):
            yield match.start(), match.end()


def locate_numbers(paper: Paper, _field: str, args: dict[str, str], _context: CheckContext) -> Iterator[Span]:
    """The numbers the message names, in the English abstract (never inside a longer number)."""
    for written in listed_items(args.get("numbers", "")):
        for start, end in _number_at(paper.abstract_en, written):
            yield "abstract_en", start, end


def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])")


def locate_untranslated(
    paper: Paper, field: str, args: dict[str, str], _context: CheckContext
) -> Iterator[Span]:
    """From the first English word the message names to the last one found after it."""
    words = args.get("words", "").removesuffix(" …").split()
    if not words:
        return
    text = getattr(paper, field)
    first = _word(words[0]).search(text)
    if first is None:
        return
    end = at = first.end()
    for word in words[1:]:
        found = _word(word).search(text, at)
        if found is None:
            break
        end = at = found.end()
    yield field, first.start(), end


def locate_unpaired_dollar(
    paper: Paper, field: str, _args: dict[str, str], _context: CheckContext
) -> Iterator[Span]:
    """The $ that has no partner."""
    at = unpaired_dollar(getattr(paper, field))
    if at >= 0:
        yield field, at, at + 1
