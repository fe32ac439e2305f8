"""A project's papers are cleaned of control characters only when its JSON escapes one:
escapes_a_control must never miss such an escape (it may, past its first few thousand
escapes, see one that is not)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest_gui.core.formats import project_file
from digest_gui.core.formats.project_file import dumps_project, escapes_a_control, loads_project
from digest_gui.core.model import Digest, Paper

# Every escape of a JSON text, where it starts (a backslash inside one is not one).
_ESCAPE = re.compile(rb'\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])')
_CONTROL = re.compile(rb"\\(?:u00[01]|u[dD][89a-fA-F]|[bfr])")


def _escapes_a_control(data: bytes) -> bool:
    return any(_CONTROL.match(escape.group()) for escape in _ESCAPE.finditer(data))


_TEXTS = st.lists(
    st.text(
        alphabet=st.one_of(
            st.sampled_from('\\bfru0d8"/\t\n\r\x08\x0c\x00\x1f\x7f中$α'),
            st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
            st.characters(),
        ),
        max_size=12,
    ),
    max_size=6,
)


@example(texts=["\\beta", "\\frac{a}{b}", "\\rho"], ascii_only=True)  # escaped backslashes, not controls
@example(texts=["line\rbreak"], ascii_only=False)
@example(texts=["\\\\b", "\ud800"], ascii_only=True)
@settings(max_examples=300)
@given(texts=_TEXTS, ascii_only=st.booleans())
def test_every_escaped_control_is_seen_and_no_escaped_backslash_is(texts, ascii_only):
    data = json.dumps(texts, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert escapes_a_control(data) == _escapes_a_control(data)


@given(texts=_TEXTS, ascii_only=st.booleans())
def test_past_the_escapes_looked_at_one_by_one_none_is_missed(texts, ascii_only):
    data = json.dumps(texts, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(project_file, "_ESCAPES_ONE_BY_ONE", 2)
        if _escapes_a_control(data):
            assert escapes_a_control(data)


def test_a_project_with_an_escaped_control_is_cleaned_and_one_with_latex_is_read_as_written():
    latex = Digest(title="t", papers=[Paper(id="2501.00001", abstract_en="$\\beta \\frac{a}{b} \\rho$")])
    text = dumps_project(latex)
    assert escapes_a_control(text.encode()) is False
    assert loads_project(text.encode()).papers == latex.papers
    dirty = text.replace("$\\\\beta", "\\u0007$\\\\beta")
    assert escapes_a_control(dirty.encode()) is True
    assert loads_project(dirty.encode()).papers == latex.papers  # the bell is gone
