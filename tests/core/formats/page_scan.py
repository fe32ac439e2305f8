"""What an exported page holds: its tags, attributes and addresses, read by a real HTML parser."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

from digest_gui.core.model import Digest, ExportSettings, Paper

HOSTILE = (
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "<a href='javascript:alert(1)'>click</a>",
    "[click](javascript:alert(1))",
    "![x](data:image/png;base64,AAAA)",
    '<style>body{background:url(http://evil.example/x)}</style> class="x" id="y"',
    "$<script>alert(1)</script>$ and $$\\text{<svg onload=alert(1)>}$$",
    "bell\x07 escape\x1b[31m nul\x00 del\x7f line\u2028sep",
)
TEXT_FIELDS = [
    field.name for field in dataclasses.fields(Paper) if field.type in ("str", str) and field.name != "id"
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # C0 controls (HTML forbids them)


class PageScan(HTMLParser):
    """Every tag, attribute and link address of a page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.text: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name.lower(), value or "") for name, value in attrs)

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)

    def values(self, *names: str) -> list[str]:
        return [value for _, name, value in self.attributes if name in names]


def hostile_digest(text: str, url: str = "javascript:alert(1)") -> Digest:
    """A digest with `text` in every field, heading and author, and `url` as a paper's link."""
    paper = Paper(id="2403.18546", **{name: text for name in TEXT_FIELDS})
    paper.url = url
    paper.authors = [text]
    return Digest(
        title=text,
        papers=[paper, Paper(id="2403.18547", url="https://arxiv.org/abs/2403.18547", title_en="safe")],
        export=ExportSettings(summary_heading=text, details_heading=text, table_header=(text, text, text)),
    )


def assert_nothing_active(page: str) -> PageScan:
    """No script, no event handler, no frame or object, no address that runs or loads anything."""
    scan = PageScan(page)
    assert not {"script", "iframe", "object", "embed", "link", "base"} & set(scan.tags)
    for tag, name, value in scan.attributes:
        assert not name.startswith("on"), (tag, name, value)
        if name in ("href", "src", "xlink:href"):
            address = value.strip().lower()
            allowed = ("http://", "https://", "#", "data:image/svg+xml;base64,")
            assert address.startswith(allowed), (name, value)
    assert "javascript:" not in " ".join(scan.values("href", "src", "style"))
    assert not _CONTROL.search(page)
    return scan
