"""The text HTML shows: a reader's view of rendered HTML (what tests compare the preview
with cmark-gfm itself by, and what math_spans.py checks an export's formulas against), and
the links and text of an HTML fragment dropped or pasted on the window.

Apart from github.py and the window's drop handling, which load before the first frame,
because reading HTML needs html.parser, which these alone use.
"""

from __future__ import annotations

from html.parser import HTMLParser

from digest_gui.core.formats.github import cmark_html


class _TextReader(HTMLParser):
    """Collects the text a reader sees: text nodes, and the alt text of images."""

    _BLOCKS = frozenset({"p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "br", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")
        if tag == "img":
            self.parts.append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_text(page: str) -> str:
    """The text a reader sees in `page` (HTML), whitespace runs made one space per line."""
    reader = _TextReader()
    reader.feed(page)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def github_visible_text(md: str) -> str:
    """The text GitHub shows for `md`, formulas as the source between their dollars."""
    return visible_text(cmark_html(md))


# Tags whose text runs on in the same line; at every other tag boundary a separator is
# written, so that ids in adjacent cells or list items ("<td>2403.18546</td><td>2403.18296")
# do not run together into something that is no id at all.
_INLINE_TAGS = frozenset(
    ("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
     "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr")
)  # fmt: skip
_HIDDEN_TAGS = frozenset(("script", "style", "template", "head", "title"))


class _LinksAndText(HTMLParser):
    """The hrefs and visible text of an HTML fragment, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities (&#46; &amp;) come out unescaped
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
            return
        if tag not in _INLINE_TAGS:
            self.parts.append("\n")
        for name, value in attrs:
            if name == "href" and value:
                self.parts.append(f"\n{value}\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag not in _INLINE_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def links_and_text(fragment: str) -> str:
    """The hrefs and visible text of an HTML fragment, in document order, a line break at
    every block boundary (so ids in adjacent cells never run together)."""
    parser = _LinksAndText()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)
