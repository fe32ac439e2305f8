"""A large project is read with orjson: it must read exactly what json reads, and leave to
json whatever it would read otherwise."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest_gui.core.errors import ProjectFileError, ProjectTooNewError
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
    | st.sampled_from([2**63 - 1, 2**63, 2**64, -(2**63), -(2**63) - 1, 10**25])  # 64 bits' edges
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


PAPER_VALUES = st.fixed_dictionaries(
    {"id": st.text(max_size=12)},
    optional={
        "version": st.none() | st.integers() | st.floats(allow_nan=False) | JSON_VALUES,
        "title_zh": st.text() | JSON_VALUES,
        "status": st.sampled_from(["new", "drafted", "reviewed", "odd"]),
        "authors": st.lists(st.text(max_size=5), max_size=3) | JSON_VALUES,
        "from_another_tool": JSON_VALUES,
    },
)
PROJECTS = st.fixed_dictionaries(
    {
        "format": st.just("digest-gui-project"),
        "version": st.just(1) | st.integers(),
        "papers": st.lists(PAPER_VALUES, max_size=3),
    },
    optional={"title": st.text() | JSON_VALUES, "kept": JSON_VALUES},
)


def _read(data: bytes, fast: bool):
    saved = project_file.FAST_JSON_BYTES
    project_file.FAST_JSON_BYTES = 0 if fast else len(data) + 1
    try:
        digest = loads_project(data)
    except ProjectFileError as error:
        return ("refused", str(error))
    finally:
        project_file.FAST_JSON_BYTES = saved
    return ("read", digest, json.dumps(dumps_project(digest)))


@settings(max_examples=300, deadline=None)
@given(project=PROJECTS, ascii=st.booleans(), byte_order_mark=st.booleans())
def test_a_project_reads_the_same_with_orjson_as_with_json(project, ascii, byte_order_mark):
    """Whatever the file holds, reading it the fast way gives the digest (the same values of
    the same types, even in keys another tool added) or the refusal that json's gives."""
    text = json.dumps(project, ensure_ascii=ascii)
    try:
        data = ("\ufeff" if byte_order_mark else "").encode() + text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate written as itself: not UTF-8
        return
    assert _read(data, fast=True) == _read(data, fast=False)


@pytest.mark.parametrize(
    "number", ["18446744073709551616", "-9300000000000000000", "123456789012345678901234567890"]
)
@pytest.mark.parametrize(
    ("where", "read"),
    [
        ("top", lambda digest: digest.extra["extra"]),
        ("paper", lambda digest: digest.papers[0].extra["extra"]),
        ("nested", lambda digest: digest.papers[0].extra["extra"][0]["n"]),
    ],
)
def test_a_number_beyond_64_bits_kept_for_another_tool_stays_a_whole_number(
    every_file_is_large, number, where, read
):
    value = f'[{{"n": {number}}}]' if where == "nested" else number
    top, paper = (f', "extra": {value}', "") if where == "top" else ("", f', "extra": {value}')
    data = (
        f'{{"format": "digest-gui-project", "version": 1{top}, "papers": [{{"id": "2403.18546"{paper}}}]}}'
    ).encode()
    assert project_file._fast_json(data) is project_file._UNREAD
    assert read(loads_project(data)) == int(number)


@pytest.mark.parametrize("field", ["version", "paper-version"])
def test_a_number_beyond_64_bits_in_a_known_field_means_what_json_reads(every_file_is_large, field):
    big = "18446744073709551616"
    if field == "version":  # json: a version from the future, not a malformed file
        data = f'{{"format": "digest-gui-project", "version": {big}, "papers": []}}'.encode()
        with pytest.raises(ProjectTooNewError):
            loads_project(data)
    else:  # json: a paper version like any other
        data = (
            f'{{"format": "digest-gui-project", "version": 1, "papers": [{{"id": "x", "version": {big}}}]}}'
        ).encode()
        assert loads_project(data).papers[0].version == int(big)


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
