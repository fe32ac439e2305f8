"""Patterns compiled at their first use behave as the compiled ones."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from digest_gui.core.lazy_pattern import LazyPattern

SOURCE = r"(?P<word>[\u4e00-\u9fff]+|[A-Za-z]+)(?P<tail>\d*)"


def test_nothing_is_compiled_until_the_first_match():
    lazy = LazyPattern(SOURCE)
    assert lazy._compiled is None
    assert lazy.search("12 abc3")
    assert lazy._compiled is lazy.compiled  # compiled once, kept


@given(st.text(alphabet="ab中文 12-", max_size=30), st.integers(0, 5))
def test_every_method_answers_as_re_does(text, pos):
    lazy, compiled = LazyPattern(SOURCE, re.IGNORECASE), re.compile(SOURCE, re.IGNORECASE)

    def same(a, b):
        return (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))

    assert same(lazy.search(text, pos), compiled.search(text, pos))
    assert same(lazy.match(text, pos), compiled.match(text, pos))
    assert same(lazy.fullmatch(text), compiled.fullmatch(text))
    assert [m.span() for m in lazy.finditer(text, pos)] == [m.span() for m in compiled.finditer(text, pos)]
    assert lazy.sub("<\\g<word>>", text) == compiled.sub("<\\g<word>>", text)
    upper = lambda m: m.group().upper()  # noqa: E731
    assert lazy.sub(upper, text, 1) == compiled.sub(upper, text, 1)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.split(text, 1) == compiled.split(text, 1)
    assert lazy.pattern == SOURCE
