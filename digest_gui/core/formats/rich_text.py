"""Rich text for the WeChat Official Account and Zhihu editors: HTML whose every style is inline.

Both editors take pasted HTML, not Markdown, and keep little of it. WeChat drops <style>,
classes, ids and external links; so, as the WeChat Markdown editors doocs/md and mdnice do,
the theme's stylesheet is applied to each element (`css_inline`), every class and id is
then removed, the footnote anchors become plain numbers, and each http(s) link becomes its
text with a numbered reference listed at the end. Formulas are inline SVG (WeChat keeps
inline SVG, which doocs/md relies on for MathJax output; it refuses data: images). Zhihu
keeps links, so there they stay links; its editor drops inline SVG but keeps images,
so formulas are SVG images in data: URIs. Nothing is loaded from anywhere: no external
stylesheet, script or image remains (a test scans for them).
"""

from __future__ import annotations

import base64
import html
import re

import css_inline

from digest_gui.core.formats.html_math import formula_html, typeset_math
from digest_gui.core.formats.math_svg import math_svg
from digest_gui.core.formats.render_html import digest_body_html, inert_links
from digest_gui.core.model import Digest

PLATFORMS = ("wechat", "zhihu")
REFERENCES_HEADING = "参考链接"

# With raw HTML escaped (render_html), every tag is one the renderer wrote, attributes
# double-quoted; text never holds `<`, so these only ever meet real tags.
_LINK = re.compile(r"<a (?P<attributes>[^>]*)>(?P<text>.*?)</a>", re.DOTALL)
_HREF = re.compile(r'\bhref="(?P<href>[^"]*)"')
_BACKREF = re.compile(r'(?:&#160;)?<a class="footnote-backref"[^>]*>.*?</a>', re.DOTALL)
_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_CLASS_OR_ID = re.compile(r'\s(?:class|id)="[^"]*"')
_BODY = re.compile(r'<body(?: style="(?P<style>[^"]*)")?>(?P<inner>.*)</body>', re.DOTALL)

# Rules the digest's pages need beyond the theme: the reference list, and formulas set
# in the text's colour.
_EXTRA_CSS = """
.references { font-size: 13px; color: #59636e; word-break: break-all; }
.references p { margin: 0 0 4px 0; }
.references-heading { font-weight: 600; margin-top: 24px; }
"""

_INLINER = css_inline.CSSInliner(keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False)


def _image_formula(tex: str, display: bool) -> str | None:
    """A formula as an SVG image in a data: URI (for editors that drop inline SVG)."""
    svg = math_svg(tex, display)
    if svg is None:
        return None
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    image = (
        f'<img src="data:image/svg+xml;base64,{data}" alt="{html.escape(tex)}" '
        'style="vertical-align: middle">'
    )
    return f'<span style="display: block; text-align: center">{image}</span>' if display else image


class _References:
    """The numbered list of link addresses, one number per address."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def number(self, address: str, text: str) -> int:
        if address not in self.numbers:
            self.numbers[address] = len(self.numbers) + 1
            self.texts[address] = text
        return self.numbers[address]

    def html(self) -> str:
        if not self.numbers:
            return ""
        lines = "".join(
            f"<p>[{number}] {text + ': ' if text != address else ''}<em>{address}</em></p>\n"
            for address, number in self.numbers.items()
            for text in (self.texts[address],)
        )
        heading = f'<p class="references-heading">{REFERENCES_HEADING}</p>\n'
        return f'{heading}<div class="references">\n{lines}</div>\n'


def _links(body: str, platform: str, references: _References) -> str:
    """Footnote anchors made plain numbers; http(s) links numbered references (WeChat) or kept."""
    body = _BACKREF.sub("", body)

    def replace(match: re.Match[str]) -> str:
        found = _HREF.search(match["attributes"])
        href, text = (found["href"] if found else "#"), match["text"]
        if href.startswith("#"):
            return text  # the page's own anchors: WeChat and Zhihu follow neither
        if platform == "zhihu":
            return f'<a href="{href}">{text}</a>'
        address = html.unescape(href)
        if html.unescape(text) == address:
            return text  # the address is its own text: shown already, listed for nothing
        number = references.number(html.escape(address, quote=False), text)
        return f"{text}<sup>[{number}]</sup>"

    return _LINK.sub(replace, body)


def _without_classes_and_ids(page: str) -> str:
    return _TAG.sub(lambda tag: _CLASS_OR_ID.sub("", tag[0]), page)


def rich_text_fragment(digest: Digest, css: str, platform: str = "wechat") -> str:
    """The digest as one <section> of inline-styled HTML, as pasted into the platform's editor."""
    if platform not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r}")
    references = _References()
    formula = formula_html if platform == "wechat" else _image_formula

    def finish(piece: str) -> str:
        # Pieces come in page order, so references are numbered as they are read.
        return typeset_math(_links(inert_links(piece), platform, references), formula)

    body = digest_body_html(digest, finish)
    head = f"<head><style>{css}\n{_EXTRA_CSS}</style></head>"
    document = f"<html>{head}<body>{body}{references.html()}</body></html>"
    inlined = _without_classes_and_ids(_INLINER.inline(document))
    match = _BODY.search(inlined)
    if match is None:  # css_inline always writes a body; keep everything rather than lose it
        return f"<section>{inlined}</section>"
    style = html.unescape(match["style"] or "").replace("\n", " ").replace('"', "&quot;")
    # The body's rules (font, colour, width) go to the section: editors drop <body>.
    return f'<section style="{style}">{match["inner"]}</section>'


def rich_text_page(digest: Digest, css: str, platform: str = "wechat") -> str:
    """A standalone page holding only `rich_text_fragment`, for pasting from a browser."""
    title = digest.title or digest.export.summary_heading
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n"
        f"{rich_text_fragment(digest, css, platform)}\n"
        "</body>\n</html>\n"
    )
