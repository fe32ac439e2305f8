"""Find and replace over a digest: matches, replacements, and what must never happen to text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest_gui.core.find_replace import (
    FindQuery,
    Match,
    PatternError,
    Scope,
    apply_changes,
    find_all,
    replace_all,
    replace_match,
    spans_in,
)
from digest_gui.core.model import TEXT_FIELDS, Digest, Paper


def _digest() -> Digest:
    return Digest(
        papers=[
            Paper(
                id="2401.00001",
                title_en="Large Language Models for Translation",
                title_zh="用于翻译的大语言模型",
                abstract_en="We study models.\nModels translate; a model is large.",
                abstract_zh="我们研究模型。\n模型可以翻译。",
            ),
            Paper(id="2401.00002", title_en="Diffusion model", summary_zh="一个扩散模型（model）"),
        ]
    )


def test_matches_come_paper_by_paper_in_the_editor_order():
    matches = find_all(_digest(), FindQuery("model"))
    assert [(m.row, m.field) for m in matches] == [
        (0, "title_en"),
        (0, "abstract_en"),
        (0, "abstract_en"),
        (0, "abstract_en"),
        (1, "title_en"),
        (1, "summary_zh"),
    ]
    assert matches == sorted(matches)


def test_scope_case_and_whole_words():
    digest = _digest()
    assert {m.field for m in find_all(digest, FindQuery("模型", Scope.CHINESE))} == {
        "title_zh",
        "summary_zh",
        "abstract_zh",
    }
    assert find_all(digest, FindQuery("模型", Scope.ENGLISH)) == []
    assert len(find_all(digest, FindQuery("Models", case_sensitive=True))) == 2
    # "models" is not the whole word "model"; inside Chinese text an English word is whole.
    whole = find_all(digest, FindQuery("model", whole_words=True))
    assert [(m.row, m.field) for m in whole] == [(0, "abstract_en"), (1, "title_en"), (1, "summary_zh")]


def test_regular_expressions_with_line_anchors():
    digest = _digest()
    starts = find_all(digest, FindQuery("^", Scope.ENGLISH, regex=True))
    # One empty match at each line start of each English field with text.
    assert all(m.start == m.end for m in starts)
    assert len([m for m in starts if m.row == 0 and m.field == "abstract_en"]) == 2


def test_an_invalid_pattern_says_why_in_one_line():
    with pytest.raises(PatternError) as caught:
        find_all(_digest(), FindQuery("(model", regex=True))
    message = str(caught.value)
    assert "\n" not in message and "position" in message
    with pytest.raises(PatternError, match="group"):
        replace_all(_digest(), FindQuery("(m)odel", regex=True), r"\2")
    with pytest.raises(PatternError, match="replacement"):
        replace_all(_digest(), FindQuery("(m)odel", regex=True), r"\g<name>")
    # The same text as a literal search is fine.
    assert find_all(_digest(), FindQuery("(model")) == []


def test_replace_all_with_groups_in_chinese():
    digest = _digest()
    changes = replace_all(digest, FindQuery(r"(大)(语言)模型", Scope.CHINESE, regex=True), r"\2\1模型")
    assert [(c.field, c.new) for c in changes] == [("title_zh", "用于翻译的语言大模型")]
    apply_changes(digest, changes)
    assert digest.papers[0].title_zh == "用于翻译的语言大模型"


def test_empty_matches_replace_once_per_position():
    digest = Digest(papers=[Paper(abstract_zh="ab\ncd")])
    changes = replace_all(digest, FindQuery("^", Scope.CHINESE, regex=True), "> ")
    assert changes[0].new == "> ab\n> cd"
    changes = replace_all(digest, FindQuery("x*", Scope.CHINESE, regex=True), "-")
    assert changes[0].new == re.sub("x*", "-", "ab\ncd")


def test_a_literal_replacement_is_not_a_template():
    digest = Digest(papers=[Paper(title_en="a+b")])
    changes = replace_all(digest, FindQuery("a+b"), r"\1 $1")
    assert changes[0].new == r"\1 $1"


def test_replace_one_match_checks_it_is_still_there():
    digest = _digest()
    query = FindQuery("model", Scope.ENGLISH)
    first = find_all(digest, query)[0]
    assert replace_match(digest, query, "Model", first) is None  # the same text: no change
    change = replace_match(digest, query, "System", first)
    assert change is not None and change.new == "Large Language Systems for Translation"
    second = find_all(digest, query)[1]
    change = replace_match(digest, query, "system", second)
    assert change is not None and change.new == "We study systems.\nModels translate; a model is large."
    digest.papers[0].title_en = "changed"
    assert replace_match(digest, query, "x", first) is None
    assert replace_match(digest, query, "x", Match(9, 0, 0, 5)) is None


def test_supplementary_characters_stay_whole():
    digest = Digest(papers=[Paper(title_zh="𠀋模型😀模型")])
    changes = replace_all(digest, FindQuery("模型", Scope.CHINESE), "𡈽")
    assert changes[0].new == "𠀋𡈽😀𡈽"
    assert spans_in("😀模型", FindQuery("模型")) == [(1, 3)]


# ------------------------------------------------------------------ properties

_text = st.text(alphabet=st.sampled_from("aAbB模型 \n.*x😀"), max_size=30)
_papers = st.lists(
    st.builds(Paper, **{name: _text for name in TEXT_FIELDS}),
    max_size=4,
)
_queries = st.builds(
    FindQuery,
    text=st.sampled_from(["a", "模型", "x*", "^", "$", r"(a)(b)?", "a|模", ".", "😀", "A b"]),
    scope=st.sampled_from(list(Scope)),
    case_sensitive=st.booleans(),
    whole_words=st.booleans(),
    regex=st.booleans(),
)
_replacements = st.sampled_from(["", "z", "模型模型", r"[\1]", "😀", "\\\\"])


@given(_papers, _queries, _replacements)
def test_replace_all_then_undo_restores_exactly(papers, query, replacement):
    digest = Digest(papers=papers)
    before = Digest(papers=[paper.copy() for paper in papers])
    try:
        changes = replace_all(digest, query, replacement)
    except PatternError:
        return  # a group reference the pattern lacks: refused before any change
    assert digest == before  # computing changes touches nothing
    apply_changes(digest, changes)
    for change in changes:
        assert getattr(digest.papers[change.row], change.field) == change.new
    apply_changes(digest, changes, undo=True)
    assert digest == before


@given(_papers, _text, _replacements)
def test_a_literal_that_never_matches_changes_nothing(papers, text, replacement):
    digest = Digest(papers=papers)
    needle = text + "\u2603"  # a snowman is in no generated text
    assert replace_all(digest, FindQuery(needle), replacement) == []
    assert find_all(digest, FindQuery(needle)) == []


@given(_papers, _queries)
def test_matches_are_inside_their_field_and_in_order(papers, query):
    digest = Digest(papers=papers)
    matches = find_all(digest, query)
    assert matches == sorted(set(matches))
    for match in matches:
        text = getattr(digest.papers[match.row], match.field)
        assert 0 <= match.start <= match.end <= len(text)
        assert match.field in query.scope.fields()


@given(_papers, _queries)
def test_replace_all_with_the_match_itself_changes_nothing(papers, query):
    digest = Digest(papers=papers)
    replacement = r"\g<0>" if query.regex else None
    if replacement is None:
        # A literal search replaced by its own text, when case is matched.
        query = FindQuery(query.text, query.scope, True, query.whole_words, False)
        replacement = query.text
    assert replace_all(digest, query, replacement) == []


@given(_papers, _queries, _replacements)
def test_replacing_each_literal_match_one_by_one_agrees_with_replace_all(papers, query, replacement):
    # Literal, without word boundaries: replacing one match cannot change whether another
    # matches (anchors and lookarounds would see the replaced text; one pass differs there).
    query = FindQuery(query.text, query.scope, query.case_sensitive, False, False)
    digest = Digest(papers=papers)
    expected = Digest(papers=[paper.copy() for paper in papers])
    apply_changes(expected, replace_all(digest, query, replacement))
    # From the last match back, so that the earlier spans stay where they were found.
    for match in reversed(find_all(digest, query)):
        change = replace_match(digest, query, replacement, match)
        assert change is not None or replacement.lower() == query.text.lower()
        if change is not None:
            apply_changes(digest, [change])
    assert digest == expected
