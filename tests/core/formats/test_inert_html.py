"""Exported HTML keeps every text inert: no markup from a field, a heading or a link runs."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

import pytest

from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.exporters import export_digest
from digest_gui.core.model import Digest, ExportSettings, Paper

HOSTILE = (
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "<a href='javascript:alert(1)'>click</a>",
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](data:image/png;base64,AAAA)",
    '<div onclick="alert(1)">div</div>',
    "<!-- comment --><svg onload=alert(1)>",
)
TEXT_FIELDS = [
    field.name for field in dataclasses.fields(Paper) if field.type in ("str", str) and field.name != "id"
]


class _Inspector(HTMLParser):
    """Every tag, attribute and link address of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)

    handle_startendtag = handle_starttag


def _assert_inert(page: str) -> None:
    inspector = _Inspector()
    inspector.feed(page)
    inspector.close()
    assert "script" not in inspector.tags
    assert not {"img", "svg", "iframe"} & set(inspector.tags)
    for name, value in inspector.attributes:
        assert not name.lower().startswith("on"), (name, value)
        if name.lower() in ("href", "src"):
            address = value.strip().lower()
            assert address.startswith(("http://", "https://", "#")), (name, value)


def _hostile_digest(text: str, url: str) -> Digest:
    paper = Paper(id="2403.18546", **{name: text for name in TEXT_FIELDS})
    paper.url = url
    paper.authors = [text]
    return Digest(
        title=text,
        papers=[paper, Paper(id="2403.18547", url="https://arxiv.org/abs/2403.18547", title_en="safe")],
        export=ExportSettings(summary_heading=text, details_heading=text, table_header=(text, text, text)),
    )


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
    ],
)
def test_hostile_text_in_every_field_and_heading_exports_inert(text, url):
    digest = _hostile_digest(text, url)
    page = export_digest(digest, "html")
    _assert_inert(page)
    # The same digest published as Markdown, then imported (as a digest someone else
    # wrote would be) and exported as HTML again.
    imported = import_markdown(export_markdown(digest)).digest
    _assert_inert(export_digest(imported, "html"))


def test_hostile_headings_of_an_imported_digest_show_as_text():
    markdown = (
        "# <script>alert(1)</script>\n\n"
        '| <img src=x onerror=alert(1)> | <b onmouseover="x">Title</b> | Summary |\n'
        "| --- | --- | --- |\n"
        "| [^1] | [A title](javascript:void0) | sum |\n\n"
        "# <svg onload=alert(1)>\n\n"
        "[^1]: 中文\n\n"
        "    A title\n\n"
        "    [javascript:void0](javascript:void0)\n\n"
        "    总结\n\n"
        "    \n\n"
        "    摘要\n\n"
        "    Abstract\n"
        "    \n"
    )
    digest = import_markdown(markdown).digest
    page = export_digest(digest, "html")
    _assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_http_and_https_links_stay_links():
    paper = Paper(id="2403.18546", url="https://arxiv.org/abs/2403.18546", title_en="T")
    page = export_digest(Digest(papers=[paper]), "html")
    assert '<a href="https://arxiv.org/abs/2403.18546">' in page
