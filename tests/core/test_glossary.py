"""The glossary: finding terms in English text, CSV/TSV in and out, the prompt's lines."""

from __future__ import annotations

import pytest

from digest_gui.core.errors import DigestError
from digest_gui.core.glossary import find_terms, glossary_prompt, read_glossary, write_glossary
from digest_gui.core.model import GlossaryEntry

GLOSSARY = [
    GlossaryEntry("heatmap", "热图"),
    GlossaryEntry("language model", "语言模型"),
    GlossaryEntry("large language model", "大语言模型", "not 大型语言模型"),
    GlossaryEntry("GNN", "图神经网络"),
    GlossaryEntry("C++", "C++"),
    GlossaryEntry("box", "框"),
]


def terms(text: str) -> list[str]:
    return [entry.term for entry in find_terms(GLOSSARY, text)]


def test_terms_match_case_insensitively_on_word_boundaries():
    assert terms("Heatmap guidance and HEATMAP sizes") == ["heatmap"]
    assert terms("heatmapping is another word; so is preheatmap") == []
    assert terms("a gnn-based encoder") == ["GNN"]
    assert terms("written in C++ and Rust") == ["C++"]


def test_plurals_and_line_breaks_inside_multi_word_terms():
    assert terms("Heatmaps and bounding boxes") == ["heatmap", "box"]
    assert terms("a large\n  language models survey") == ["large language model"]


def test_the_longest_term_wins_and_order_is_first_occurrence():
    assert terms("Large Language Models beat small language models; heatmaps") == [
        "large language model",
        "language model",
        "heatmap",
    ]
    assert terms("no terms here") == []
    assert find_terms([], "heatmap") == []


def test_the_compiled_glossary_is_reused_and_remembers_texts():
    from digest_gui.core.glossary import glossary_matcher

    matcher = glossary_matcher(GLOSSARY)
    assert glossary_matcher(list(GLOSSARY)) is matcher
    assert glossary_matcher([*GLOSSARY, GlossaryEntry("token", "词元")]) is not matcher
    text = "Heatmaps for a large language model"
    assert find_terms(GLOSSARY, text) == find_terms(GLOSSARY, text) == [GLOSSARY[0], GLOSSARY[2]]
    assert text in matcher.found
    assert glossary_matcher([GlossaryEntry("SAM", "SAM模型"), GlossaryEntry("", "空")]).kept_words == {"sam"}


def test_glossary_prompt_lists_only_the_terms_in_the_text():
    lines = glossary_prompt(GLOSSARY, "A large language model draws a heatmap.").splitlines()
    assert lines == ["- large language model → 大语言模型 (not 大型语言模型)", "- heatmap → 热图"]
    assert glossary_prompt(GLOSSARY, "nothing") == ""


def test_csv_round_trip_with_commas_quotes_and_notes():
    entries = [
        GlossaryEntry("heatmap", "热图"),
        GlossaryEntry("state, of the art", "最先进的", 'say "SOTA" in titles'),
        GlossaryEntry("token", "词元", "not 令牌"),
    ]
    for tsv in (False, True):
        text = write_glossary(entries, tsv=tsv)
        assert text.splitlines()[0] == ("term\tzh\tnote" if tsv else "term,zh,note")
        assert read_glossary(text) == entries


@pytest.mark.parametrize(
    "text",
    [
        "heatmap,热图\ntoken,词元,not 令牌\n",
        "\ufeffEnglish,中文\nheatmap,热图\n\ntoken,词元,not 令牌\n",
        "term\tzh\tnote\nheatmap\t热图\t\ntoken\t词元\tnot 令牌\n",
        "heatmap;热图\r\ntoken;词元;not 令牌\r\n",
        "heatmap,热图,,\n\n   \ntoken,词元,not 令牌,\n",
    ],
)
def test_reading_detects_the_layout_and_skips_headers_and_blank_lines(text):
    expected = [GlossaryEntry("heatmap", "热图"), GlossaryEntry("token", "词元", "not 令牌")]
    assert read_glossary(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("heatmap,热图\ntoken\n", "line 2: no Chinese term for 'token'"),
        ("heatmap,热图\n,词元\n", "line 2: no English term"),
        ("a,b,c,d\n", "line 1: 4 columns"),
        ('heatmap,热图\n\n"token,词元\n', 'line 3: a quote (") opened here is never closed'),
        ('"heat\nmap",热图\n"token"x,词元\n', "line 3: ',' expected after '\"'"),
    ],
)
def test_a_malformed_file_names_the_line(text, words):
    with pytest.raises(DigestError) as raised:
        read_glossary(text)
    assert words in str(raised.value)
    assert "\n" not in str(raised.value)


def test_spans_say_where_each_term_occurs_for_the_editor_to_underline():
    from digest_gui.core.glossary import glossary_matcher
    from digest_gui.core.model import GlossaryEntry

    matcher = glossary_matcher(
        [GlossaryEntry("language model", "语言模型"), GlossaryEntry("large language model", "大语言模型")]
    )
    text = "Large Language Models beat a language\nmodel; Straße language models."
    found = [(text[start:end], entry.zh) for start, end, entry in matcher.spans(text)]
    assert found == [
        ("Large Language Models", "大语言模型"),
        ("language\nmodel", "语言模型"),
        ("language models", "语言模型"),  # after "ß", whose case folding is longer
    ]
