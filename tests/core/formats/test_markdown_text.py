"""Escaping a field: a real Markdown renderer shows exactly the text that was typed."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest_gui.core.formats.markdown_text import BLOCK, CELL, LINK, escape, one_line, unescape

TRICKY = [
    "see [^3] for details",
    "[^3]: a footnote definition",
    "[1]: http://example.com/ a link definition",
    "<b>bold</b> and <div class='x'>",
    "<script>alert(1)</script>",
    "<!-- a comment -->",
    "<http://example.com/autolink>",
    "# not a heading",
    "#hashtag",
    "- not a list",
    "+ not a list",
    "1. not a list",
    "2) not a list",
    "> not a quote",
    "---",
    "* * *",
    "___",
    "```python",
    "~~~",
    "[a link](http://example.com)",
    "![an image](http://example.com/x.png)",
    "&amp; &lt;b&gt; &#91; stay as typed",
    "AT&T and R&D",
    "a \\[^3] backslash before a marker",
    "$P \\leq 0.01$ and 1.64\\%",
    "中文[^1]混排<em>标签</em>",
]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _render(source: str) -> _Text:
    html = markdown.markdown(
        source + "\n\n[^3]: defined\n\n[^1]: defined\n", extensions=["tables", "footnotes"]
    )
    parser = _Text()
    parser.feed(html)
    return parser


def _paragraph_text(source: str) -> tuple[str, list[str]]:
    rendered = _render(source)
    # Drop the footnote block the renderer appends for the definitions above.
    text = "".join(rendered.text)
    text = text.split("defined")[0] if "defined" in text else text
    tags = rendered.tags[: rendered.tags.index("div")] if "div" in rendered.tags else rendered.tags
    return text.strip(), tags


@pytest.mark.parametrize("text", TRICKY)
def test_paragraph_shows_as_typed(text):
    shown, tags = _paragraph_text(escape(text, BLOCK))
    assert shown == text
    assert tags == ["p"]


@pytest.mark.parametrize("text", TRICKY)
def test_table_cell_shows_as_typed(text):
    source = f"| Ref | Summary |\n| --- | --- |\n| x | {escape(text, CELL)} |"
    rendered = _render(source)
    cells = "".join(rendered.text).split("defined")[0]
    assert text in cells
    assert "sup" not in rendered.tags[: rendered.tags.index("div")]


@pytest.mark.parametrize("text", [*TRICKY, "a | b", "[Re] a title ending in \\", "nested [brackets]"])
def test_link_text_shows_as_typed(text):
    source = (
        f"| Ref | Title |\n| --- | --- |\n| x | [{escape(text, LINK)}](https://arxiv.org/abs/2403.18546) |"
    )
    rendered = _render(source)
    assert text in "".join(rendered.text)
    assert rendered.tags.count("a") - rendered.tags[rendered.tags.index("div") :].count("a") == 1


def test_latex_and_plain_text_are_left_alone():
    for text in ("$P \\leq 0.01$", "$x_i^2$ and $\\{a\\}$", "1.64\\%", "平凡的中文句子。", "3 < 4 > 2"):
        assert escape(text) == text
        assert escape(text, CELL) == text


def test_one_line_joins_lines_and_keeps_runs_of_spaces():
    assert one_line("a\nb") == "a b"
    assert one_line("a \n\t b") == "a b"
    assert one_line("  lead and trail  ") == "lead and trail  "
    assert one_line("model.  In this work") == "model.  In this work"
    assert one_line("a\u2028b\r\nc") == "a b c"


_ANY = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.lists(
    st.sampled_from(
        ["&", "amp;", "#91;", "<", ">", "b", "[", "]", "^", "(", ")", "|", "\\", "#", "-", "1", ".", " "]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_ANY, context=st.sampled_from([BLOCK, CELL, LINK]))
def test_unescape_undoes_escape(text, context):
    assert unescape(escape(text, context), context) == text
