"""Math spans in a field as its writer typed them, what GitHub shows of the field, and fixes.

GitHub runs Markdown before it looks for math, so a formula typed as LaTeX loses its
backslash escapes (`$S=\\{0,1\\}^n$` shows as `$S={0,1}^n$`), and `*`, `_`, `~` and
backquotes in or around formulas become emphasis, strikethrough or code. `github_shown`
renders a field exactly as the export writes it and reads the text GitHub shows;
`intended` is what the writer meant to be seen (formulas verbatim, `\\%` outside a formula
read as `%`, as every Markdown reader does). They differ exactly where GitHub alters the
field. `protect` rewrites a field so that they agree: inline formulas in GitHub's
protected `` $`…`$ `` form (display formulas too: GitHub has no protected display form
within a line), and `~`,
backquotes, `*` and `_` outside formulas escaped as far as needed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from digest_gui.core.formats.github import cmark_html
from digest_gui.core.formats.markdown_text import escape, one_line
from digest_gui.core.lazy_pattern import LazyPattern
from digest_gui.core.model import TEXT_FIELDS, Paper

# What GitHub's Markdown may change: a backslash escape, or two of `*`, `_`, `~` or a
# backquote (one alone opens nothing). A field without any shows as typed.
_BACKSLASH_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_TAG = re.compile(r"<[^>]*>")

_SPAN = LazyPattern(
    r"(?P<escape>\\.)"  # a backslash escape, never math (`\$` included)
    r"|\$`(?P<code>[^`]+)`\$"  # GitHub's protected form
    r"|\$\$(?=\S)(?P<display>.+?)(?<=\S)\$\$"
    r"|\$(?=[^\s$])(?P<inline>(?:\\.|[^$\\])*?)(?<=[^\s$])\$",
    re.DOTALL,
)
_ASCII_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")
_OUTSIDE_ESCAPES = ("~", "`", "*", "_")  # tried in this order, each only if still needed
_CACHE_SIZE = 8192


@dataclass(frozen=True, slots=True)
class MathSpan:
    """One formula of a field: where it is and its TeX."""

    start: int
    end: int
    tex: str
    display: bool
    protected: bool  # already in the `` $`…`$ `` form


def math_spans(text: str) -> list[MathSpan]:
    """The formulas of `text` as typed (GitHub's rules on where `$` opens and closes)."""
    spans = []
    for match in _SPAN.finditer(text):
        if match["escape"] is not None:
            continue
        kind = match.lastgroup
        tex = match[kind or "inline"]
        spans.append(MathSpan(match.start(), match.end(), tex, kind == "display", kind == "code"))
    return spans


def _normalized(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=_CACHE_SIZE)
def github_shown(text: str) -> str:
    """The text GitHub shows for a field, written as the export writes it."""
    rendered = cmark_html(escape(one_line(text)))
    if "<img" in rendered:
        from digest_gui.core.formats.visible_text import visible_text  # html.parser: only here

        return _normalized(visible_text(rendered))  # alt text counts; rare enough to parse
    # One paragraph: its text is what is between the tags (much faster than a parser).
    return _normalized(html.unescape(_TAG.sub("", rendered)))


def intended(text: str) -> str:
    """The text the writer of a field means to be seen: formulas as typed between dollars."""
    out = []
    at = 0
    for match in _SPAN.finditer(text):
        out.append(text[at : match.start()])
        at = match.end()
        if match["escape"] is not None:
            escaped = match[0][1]
            out.append(escaped if _ASCII_PUNCTUATION.fullmatch(escaped) else match[0])
        elif match["code"] is not None:
            out.append(f"${match['code']}$")
        else:
            out.append(match[0])
    out.append(text[at:])
    return _normalized("".join(out))


def altered(text: str) -> str | None:
    """What GitHub shows instead of `text`, or None when it shows it as meant."""
    # Plain scans in C first (`in` is several times faster than a regular expression here):
    # this is what most fields of a digest cost, as the quality checks run while the user
    # types, and most hold none of these characters.
    if not ("\\" in text or "_" in text or "*" in text or "~" in text or "`" in text):
        return None
    if (
        text.count("_") < 2
        and text.count("*") < 2
        and text.count("~") < 2
        and text.count("`") < 2
        and not ("\\" in text and _BACKSLASH_ESCAPE.search(text))
    ):
        return None
    return _altered(text)


@lru_cache(maxsize=_CACHE_SIZE)
def _altered(text: str) -> str | None:
    shown = github_shown(text)
    return None if shown == intended(text) else shown


def _escape_punctuation(tex: str) -> str:
    return _ASCII_PUNCTUATION.sub(lambda match: "\\" + match[0], tex)


def protect_math(text: str) -> str:
    """`text` with every formula written so that GitHub's Markdown leaves it whole."""
    out = []
    at = 0
    for span in math_spans(text):
        out.append(text[at : span.start])
        at = span.end
        if span.protected:
            out.append(text[span.start : span.end])
        elif "`" not in span.tex:
            # Display formulas too: GitHub protects only the inline form, and a formula
            # with escaped punctuation could not be told from one typed that way.
            out.append(f"$`{span.tex}`$")
        else:
            out.append(f"${_escape_punctuation(span.tex)}$")
    out.append(text[at:])
    return "".join(out)


def _escape_outside_math(text: str, char: str) -> str:
    out = []
    at = 0
    for span in math_spans(text):
        out.append(_escape_plain(text[at : span.start], char))
        out.append(text[span.start : span.end])
        at = span.end
    out.append(_escape_plain(text[at:], char))
    return "".join(out)


def _escape_plain(segment: str, char: str) -> str:
    # An already escaped character stays as it is.
    return re.sub(r"(\\.)|" + re.escape(char), lambda m: m[1] or "\\" + char, segment)


def protect(text: str) -> str:
    """`text` rewritten so that GitHub shows what it means (`text` itself if it already does)."""
    if altered(text) is None:
        return text
    fixed = protect_math(text)
    for char in _OUTSIDE_ESCAPES:
        if altered(fixed) is None:
            break
        if char in fixed:
            fixed = _escape_outside_math(fixed, char)
    return fixed


def protected_paper(paper: Paper) -> Paper:
    """A copy of `paper` with the formulas of its text fields in GitHub's protected form."""
    copy = paper.copy()
    for name in TEXT_FIELDS:
        text = getattr(paper, name)
        if "$" in text:
            setattr(copy, name, protect_math(text))
    return copy


def clear_cache() -> None:
    """Forget every cached rendering."""
    github_shown.cache_clear()
    _altered.cache_clear()


def altered_excerpt(text: str, width: int = 24) -> str | None:
    """Where GitHub's rendering of `text` first departs from what it means, as GitHub shows
    it (`width` characters either side, elided with …), or None if it shows it as meant."""
    shown = altered(text)
    if shown is None:
        return None
    meant = intended(text)
    at = next(
        (i for i, (a, b) in enumerate(zip(shown, meant, strict=False)) if a != b), min(len(shown), len(meant))
    )
    start, end = max(0, at - width), min(len(shown), at + width)
    return ("…" if start else "") + shown[start:end] + ("…" if end < len(shown) else "")
