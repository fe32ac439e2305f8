"""WeChat and Zhihu rich text: every style inline, no class, id, style sheet, script or
external address, links as numbered references (WeChat), and nothing active from any text."""

from __future__ import annotations

import re

import pytest

from digest_gui.cli import main
from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.exporters import ExportOptions, export_digest, theme_css
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.formats.rich_text import REFERENCES_HEADING, rich_text_fragment
from digest_gui.core.model import Digest
from tests.core.formats.page_scan import HOSTILE, PageScan, assert_nothing_active, hostile_digest


@pytest.fixture
def digest(reference_text) -> Digest:
    return import_markdown(reference_text, title="reference").digest


def _assert_pasteable(page: str, platform: str) -> PageScan:
    scan = assert_nothing_active(page)
    assert "style" not in scan.tags and "link" not in scan.tags and "script" not in scan.tags
    assert not [attribute for attribute in scan.attributes if attribute[1] in ("class", "id")]
    assert not re.search(r"<[^>]*\s(?:class|id)=", page)  # not even in a form the parser skips
    for address in scan.values("src", "xlink:href"):
        assert address.startswith("data:image/svg+xml;base64,"), address  # no external image
    if platform == "wechat":
        assert not scan.values("href")  # WeChat drops links: they are references instead
    else:
        assert all(address.startswith(("http://", "https://")) for address in scan.values("href"))
    return scan


@pytest.mark.parametrize("platform", ["wechat", "zhihu"])
@pytest.mark.parametrize("theme", ["default", "paper"])
def test_the_reference_digest_pastes_with_every_style_inline(digest, platform, theme):
    page = export_digest(digest, platform, ExportOptions(theme=theme))
    scan = _assert_pasteable(page, platform)
    fragment = rich_text_fragment(digest, theme_css(theme, "light"), platform)
    assert fragment in page and fragment.startswith('<section style="font-family:')
    # The table and the footnote entries keep their look, element by element.
    styled = {tag for tag, name, value in scan.attributes if name == "style" and value}
    assert {"section", "h1", "table", "th", "td", "li", "p", "sup"} <= styled
    assert 'style="background-color: #f6f8fa;"' in page or theme != "default"  # striped rows
    text = "".join(scan.text)
    for paper in digest.papers:
        assert paper.title_en.split("(arXiv")[0].strip() in text
        assert paper.summary_zh in text
    assert "↩" not in text  # the back links lead nowhere once pasted


def test_wechat_links_become_numbered_references_at_the_end(digest):
    page = export_digest(digest, "wechat")
    scan = PageScan(page)
    text = "".join(scan.text)
    first = digest.papers[0]
    assert f"{first.title_en}[1]" in text
    end = text[text.index(REFERENCES_HEADING) :]
    assert f"[1] {first.title_en}: {first.url}" in end
    assert f"[{len(digest.papers)}] " in end and f"[{len(digest.papers) + 1}] " not in end


def test_formulas_are_inline_svg_for_wechat_and_svg_images_for_zhihu(digest):
    wechat = PageScan(export_digest(digest, "wechat"))
    assert wechat.tags.count("svg") == 2 and "img" not in wechat.tags
    zhihu = PageScan(export_digest(digest, "zhihu"))
    assert "svg" not in zhihu.tags
    assert len(zhihu.values("src")) == 2


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("platform", ["wechat", "zhihu"])
def test_hostile_text_everywhere_pastes_inert(text, platform):
    page = export_digest(hostile_digest(text), platform)
    _assert_pasteable(page, platform)


def test_cli_writes_wechat_and_help_lists_formats_and_themes(tmp_path, digest, capsys):
    project = tmp_path / "p.digest"
    save_project(digest, project)
    out = tmp_path / "wechat.html"
    assert main(["export", str(project), "--format", "wechat", "--theme", "paper", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == export_digest(digest, "wechat", ExportOptions(theme="paper"))
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    listed_formats = ("wechat: WeChat HTML (.html)", "zhihu: Zhihu HTML (.html)")
    for listed in (*listed_formats, "default, paper", "auto,light,dark"):
        assert listed in help_text
