"""Control characters kept out of the digest: applied wherever text enters the model.

Python-Markdown marks the pieces it has set aside with U+0002 and U+0003 around a
number, so a field holding one of them makes the per-paper preview and the whole
export render differently (and the text itself shows nothing useful). Every C0
control character other than tab and line feed is therefore cleaned where text comes
in: project files, imported digests, arXiv's answers, the model's drafts and the
editor's typing and pasting.

A lone UTF-16 surrogate (a model's answer or a "\\ud800" escape in a JSON file can carry
one) is no character at all: it has no UTF-8 encoding, so any file holding it could not be
written. Text entering the model has each one replaced with U+FFFD (a surrogate pair
written as two halves becomes the character it encodes).
"""

from __future__ import annotations

import dataclasses
import operator

from digest_gui.core.lazy_pattern import LazyPattern
from digest_gui.core.model import Digest, Paper

# Line and page separators that Python (and one_line in the export) count as whitespace
# become a space, so words a PDF's page break or a vertical tab kept apart stay apart;
# a carriage return, alone or before a line feed, is a line break.
_REPLACEMENTS = {
    **{code: None for code in (*range(0x00, 0x09), *range(0x0E, 0x1C))},
    0x0B: " ",
    0x0C: " ",
    0x1C: " ",
    0x1D: " ",
    0x1E: " ",
    0x1F: " ",
}


# Every byte but the C0 controls (tab and line feed count as text): what is left of
# UTF-8 after deleting these is the control characters. Encoding and bytes.translate run
# several times faster than a regex search over Chinese text, and an import looks at
# every paper.
_NOT_CONTROL_BYTES = bytes(code for code in range(256) if code in (0x09, 0x0A) or code >= 0x20)


def _has_control(text: str) -> bool:
    """True when the text holds a C0 control character or a surrogate (which strict UTF-8 refuses)."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return bool(encoded.translate(None, _NOT_CONTROL_BYTES))


def encodable(text: str) -> str:
    """The text with each lone surrogate replaced by U+FFFD (a pair becomes its character)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


# A numeric character reference to a C0 control (&#3; &#x1B;), which unescaping would
# turn into the character itself.
_CONTROL_REFERENCE = LazyPattern(r"&#(?:[xX]0*1?[0-9a-fA-F]|0*(?:[0-9]|[12][0-9]|3[01]));")


def may_hold_controls(source: str) -> bool:
    """Whether text read from source can hold a control character, raw or as a reference."""
    return _has_control(source) or _CONTROL_REFERENCE.search(source) is not None


def clean_text(text: str) -> str:
    """The text without C0 controls or lone surrogates: CR LF and CR become LF, separators a space."""
    if not _has_control(text):
        return text  # the usual case, and the fast one
    return encodable(text).replace("\r\n", "\n").replace("\r", "\n").translate(_REPLACEMENTS)


def clean_strings(values: list[str]) -> list[str]:
    """Each string of the list cleaned with clean_text."""
    return [clean_text(value) for value in values]


# The text a paper holds: what is rendered, and what is shown beside it.
_TEXT = tuple(field.name for field in dataclasses.fields(Paper) if field.type in ("str", str))
_TEXT_LISTS = ("authors", "categories")
_text_of = operator.attrgetter(*_TEXT)


def clean_paper(paper: Paper) -> Paper:
    """The paper itself when its text is clean, else a copy with every text field cleaned."""
    if not _has_control("".join([*_text_of(paper), *paper.authors, *paper.categories])):
        return paper
    cleaned_paper = paper.copy()
    for name in _TEXT:
        setattr(cleaned_paper, name, clean_text(getattr(paper, name)))
    for name in _TEXT_LISTS:
        setattr(cleaned_paper, name, clean_strings(getattr(paper, name)))
    return cleaned_paper


def clean_digest(digest: Digest) -> Digest:
    """The digest itself when its text is clean, else a shallow copy with papers, title and headings cleaned.

    Exports call it: a digest built in code (a plug-in, a test) may not have passed the model's
    boundary, and a page must never carry a control character.
    """
    settings = digest.export
    headings = [digest.title, settings.summary_heading, settings.details_heading, *settings.table_header]
    papers = [clean_paper(paper) for paper in digest.papers]
    unchanged = all(cleaned is paper for cleaned, paper in zip(papers, digest.papers, strict=True))
    if unchanged and not _has_control("".join(headings)):
        return digest
    export = dataclasses.replace(
        settings,
        summary_heading=clean_text(settings.summary_heading),
        details_heading=clean_text(settings.details_heading),
        table_header=(
            clean_text(settings.table_header[0]),
            clean_text(settings.table_header[1]),
            clean_text(settings.table_header[2]),
        ),
    )
    return dataclasses.replace(digest, title=clean_text(digest.title), papers=papers, export=export)
