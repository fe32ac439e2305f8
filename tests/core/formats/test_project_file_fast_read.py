"""A large project is read with orjson: it must read exactly what json reads, and leave to
json whatever it would read otherwise."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest_gui.core.formats import project_file
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import dumps_project, loads_project
from digest_gui.core.model import Digest
from tests.conftest import FIXTURES

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**64), max_value=2**64)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture
def every_file_is_large(monkeypatch):
    monkeypatch.setattr(project_file, "FAST_JSON_BYTES", 0)


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES, ascii=st.booleans(), byte_order_mark=st.booleans())
def test_what_orjson_reads_is_what_json_reads(value, ascii, byte_order_mark):
    text = json.dumps(value, ensure_ascii=ascii)
    try:
        data = ("\ufeff" if byte_order_mark else "").encode() + text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate written as itself: not UTF-8, json's to refuse
        return
    saved, project_file.FAST_JSON_BYTES = project_file.FAST_JSON_BYTES, 0
    try:
        fast = project_file._fast_json(data)
    finally:
        project_file.FAST_JSON_BYTES = saved
    if fast is project_file._UNREAD:
        return  # left to json
    expected = json.loads(text)
    assert fast == expected
    assert json.dumps(fast) == json.dumps(expected)  # same types too: an int stays an int


@pytest.mark.parametrize(
    "number", ["18446744073709551616", "-9300000000000000000", "123456789012345678901234567890"]
)
def test_a_number_beyond_64_bits_is_read_by_json_as_a_whole_number(every_file_is_large, number):
    data = f'{{"format": "digest-gui-project", "version": 1, "extra": {number}, "papers": []}}'.encode()
    assert project_file._fast_json(data) is project_file._UNREAD
    digest = loads_project(data)
    assert digest.extra == {"extra": int(number)}


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": "digest-gui-project", "version": 1, "title": "a\\ud800b", "papers": []}',
        b'{"format": "digest-gui-project", "version": 1, "other": NaN, "papers": []}',
    ],
    ids=["lone-surrogate", "nan"],
)
def test_what_orjson_refuses_json_reads(every_file_is_large, data):
    assert project_file._fast_json(data) is project_file._UNREAD
    assert isinstance(loads_project(data), Digest)


def test_a_large_project_reads_the_same_both_ways(monkeypatch):
    one = import_markdown((FIXTURES / "reference-digest.md").read_text(encoding="utf-8")).digest
    papers = [
        replace(paper, title_en=f"{paper.title_en} {n}", summary_zh=f"{paper.summary_zh}{n}")
        for n in range(60)
        for paper in one.papers
    ]
    data = dumps_project(replace(one, papers=papers)).encode("utf-8")
    assert len(data) > project_file.FAST_JSON_BYTES  # a real large file goes the fast way
    fast = loads_project(data)
    monkeypatch.setattr(project_file, "FAST_JSON_BYTES", len(data) + 1)
    assert fast == loads_project(data)
