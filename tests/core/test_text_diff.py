"""Word differences for English, character differences for Chinese, and the changed sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest_gui.core.text_diff import (
    Segment,
    changed_sentences,
    diff_segments,
    new_side,
    old_side,
    sentences,
    similarity,
    tokens,
    word_difference,
)


def test_english_is_compared_word_by_word():
    segments = diff_segments("We propose a fast model.", "We propose a faster, robust model.")
    assert segments == [
        Segment("equal", "We propose a "),
        Segment("delete", "fast"),
        Segment("insert", "faster, robust"),
        Segment("equal", " model."),
    ]


def test_chinese_is_compared_character_by_character():
    segments = diff_segments("大型语言模型的评估", "大语言模型的系统评估")
    assert Segment("delete", "型") in segments
    assert Segment("insert", "系统") in segments
    assert tokens("用GPT-4评估") == ["用", "GPT", "-", "4", "评", "估"]


def test_a_space_between_two_changes_joins_them():
    assert diff_segments("one two three", "one six seven three") == [
        Segment("equal", "one "),
        Segment("delete", "two"),
        Segment("insert", "six seven"),
        Segment("equal", " three"),
    ]


def test_only_changed_sentences_are_shown():
    old = "We study X. The method is fast. Results hold on three sets."
    new = "We study X. The method is very fast. Results hold on three sets. Code is public."
    hunks = changed_sentences(old, new)
    assert "".join(s.text for s in hunks[0].old) == "The method is fast."
    assert "".join(s.text for s in hunks[0].new) == "The method is very fast."
    assert hunks[-1].old == [] and "".join(s.text for s in hunks[-1].new) == "Code is public."
    assert changed_sentences(old, old) == []


def test_sentences_end_at_stops_in_either_language():
    assert sentences("A b. C d!  E f\nG") == ["A b. ", "C d!  ", "E f\n", "G"]
    assert sentences("第一句。第二句！") == ["第一句。", "第二句！"]


def test_similarity_runs_from_nothing_to_the_same():
    assert similarity("same", "same") == 1.0
    assert similarity("abc", "xyz") == 0.0


@given(st.text(max_size=60), st.text(max_size=60))
def test_each_side_puts_its_text_back_together(old, new):
    segments = diff_segments(old, new)
    assert "".join(s.text for s in old_side(segments)) == old
    assert "".join(s.text for s in new_side(segments)) == new
    assert all(s.text for s in segments)


def test_word_difference_compares_whole_words_and_ignores_spacing():
    # The translation memory's view of changed English: words with their punctuation, one space.
    assert word_difference(
        "We  study\nX. The method is fast!", "We study X. The method is faster! Code is public."
    ) == [
        Segment("equal", "We study X. The method is"),
        Segment("delete", "fast!"),
        Segment("insert", "faster! Code is public."),
    ]
    assert word_difference("", "New text") == [Segment("insert", "New text")]
    assert word_difference("Old text", "") == [Segment("delete", "Old text")]
    assert word_difference("a  b c", "a b\nc") == [Segment("equal", "a b c")]
