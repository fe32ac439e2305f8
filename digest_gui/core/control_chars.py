"""Control characters kept out of the digest: applied wherever text enters the model.

Python-Markdown marks the pieces it has set aside with U+0002 and U+0003 around a
number, so a field holding one of them makes the per-paper preview and the whole
export render differently (and the text itself shows nothing useful). Every C0
control character other than tab and line feed is therefore cleaned where text comes
in: project files, imported digests, arXiv's answers, the model's drafts and the
editor's typing and pasting.
"""

from __future__ import annotations

import dataclasses
import re

from digest_gui.core.model import Paper

# Tab and line feed are text; everything else below U+0020 is not.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
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


def clean_text(text: str) -> str:
    """The text without C0 control characters: CR LF and CR become LF, separators a space, the rest go."""
    if not _CONTROL.search(text):
        return text  # the usual case, and the fast one
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_REPLACEMENTS)


def clean_strings(values: list[str]) -> list[str]:
    """Each string of the list cleaned with clean_text."""
    return [clean_text(value) for value in values]


# The text a paper holds: what is rendered, and what is shown beside it.
_TEXT = tuple(field.name for field in dataclasses.fields(Paper) if field.type in ("str", str))
_TEXT_LISTS = ("authors", "categories")


def clean_paper(paper: Paper) -> Paper:
    """The paper itself when its text is clean, else a copy with every text field cleaned."""
    changes: dict[str, object] = {}
    for name in _TEXT:
        value = getattr(paper, name)
        cleaned = clean_text(value)
        if cleaned is not value:
            changes[name] = cleaned
    for name in _TEXT_LISTS:
        values = getattr(paper, name)
        if any(_CONTROL.search(value) for value in values):
            changes[name] = clean_strings(values)
    if not changes:
        return paper
    cleaned_paper = paper.copy()
    for name, value in changes.items():
        setattr(cleaned_paper, name, value)
    return cleaned_paper
