"""Reading a project's papers: the quick reading of well-formed papers accepts nothing the
field-by-field check refuses, and reads what it reads the same way."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest_gui.core.errors import ProjectFileError
from digest_gui.core.formats import project_fields
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_fields import PAPER_FIELDS, paper_from_dict
from digest_gui.core.formats.project_file import paper_to_dict

# Every JSON type, and the texts the checked fields accept or refuse.
values = st.one_of(
    st.text(max_size=3),
    st.sampled_from(["new", "reviewed", "needs-review", "done", "cross", "replace-cross", "old", ""]),
    st.integers(-2, 3),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.lists(st.one_of(st.text(max_size=2), st.integers(), st.none()), max_size=3),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)
paper_objects = st.fixed_dictionaries(
    {}, optional={**dict.fromkeys(PAPER_FIELDS, values), "note": values, "extra": values}
)


@given(paper_objects)
def test_the_quick_reading_agrees_with_the_checked_one(item):
    quick = project_fields._well_formed_paper(item)
    try:
        checked = project_fields._checked_paper(item, 0)
    except ProjectFileError:
        assert quick is None
        return
    if quick is not None:
        assert quick == checked
        assert quick.authors is not item.get("authors")  # the lists are the paper's own


def test_saved_papers_are_read_the_quick_way(reference_text):
    for paper in import_markdown(reference_text).digest.papers:
        paper.extra["note"] = {"by": ["another tool"]}
        as_read = json.loads(json.dumps(paper_to_dict(paper)))
        assert project_fields._well_formed_paper(as_read) == paper


def test_a_paper_of_the_wrong_shape_is_refused_naming_its_field():
    with pytest.raises(ProjectFileError) as refused:
        paper_from_dict({"id": "2403.18546", "version": True}, 4)
    assert str(refused.value) == "papers[4].version should be a whole number or null, not true/false"
