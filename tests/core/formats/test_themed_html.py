"""The themed standalone HTML: every theme light, dark or following the reader, formulas
typeset as inline SVG, one file that loads nothing, and nothing active from any text."""

from __future__ import annotations

import re

import pytest

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.exporters import ExportError, ExportOptions, export_digest, theme_css, themes
from digest_gui.core.formats.html_math import typeset_math
from digest_gui.core.model import Digest, Paper
from tests.core.formats.page_scan import HOSTILE, PageScan, assert_nothing_active, hostile_digest

DARK = "@media (prefers-color-scheme: dark) {"


@pytest.fixture
def digest(reference_text) -> Digest:
    return import_markdown(reference_text, title="reference").digest


def _loads_nothing(page: str) -> None:
    scan = PageScan(page)
    # The only addresses are the papers' links and the page's anchors: nothing is fetched.
    assert not {"link", "script", "img", "iframe", "object"} & set(scan.tags)
    assert not [value for value in scan.values("src", "xlink:href")]
    for style in [*re.findall(r"<style>(.*?)</style>", page, re.DOTALL), *scan.values("style")]:
        assert "url(" not in style and "@import" not in style and "@font-face" not in style


def test_there_are_two_themes_each_with_a_light_and_a_dark_variant():
    assert {"default", "paper"} <= set(themes())
    for name in themes():
        auto, light, dark = (theme_css(name, scheme) for scheme in ("auto", "light", "dark"))
        assert DARK in auto and DARK not in light and DARK not in dark
        assert light.strip() in auto and dark.startswith(light.rstrip())
        assert "background-color" in dark[len(light) :]  # the dark rules, unconditional
    with pytest.raises(ExportError, match="unknown colour scheme “sepia”"):
        theme_css("default", "sepia")


@pytest.mark.parametrize("name", ["default", "paper"])
@pytest.mark.parametrize("scheme", ["auto", "light", "dark"])
def test_every_theme_and_scheme_is_one_self_contained_page(digest, name, scheme):
    page = export_digest(digest, "html", ExportOptions(theme=name, scheme=scheme))
    assert f"<style>\n{theme_css(name, scheme)}\n</style>" in page
    _loads_nothing(page)
    assert_nothing_active(page)
    # Every paper is there, linked to its arXiv page.
    for paper in digest.papers:
        assert f'<a href="{paper.url}">' in page


def test_formulas_are_typeset_as_inline_svg_on_the_baseline(digest):
    page = export_digest(digest, "html")
    scan = PageScan(page)
    assert scan.tags.count("svg") == 2  # $P \leq 0.01$ and $n$ in the reference digest
    assert "$P \\leq 0.01$" not in page and "P \\leq 0.01" not in page
    assert re.search(r'<svg style="vertical-align: -[\d.]+px" xmlns="http://www.w3.org/2000/svg"', page)
    # Only shapes: a formula's letters are outlines, never text or markup.
    assert set(scan.tags) - {"svg", "path", "rect"} <= {
        "html", "head", "meta", "title", "style", "body", "h1", "table", "thead", "tbody", "tr", "th", "td",
        "sup", "a", "div", "hr", "ol", "li", "p", "span", "em", "strong",
    }  # fmt: skip


def test_a_formula_that_cannot_be_typeset_stays_as_typed_and_display_math_is_centred():
    body = typeset_math("<p>bad $\\frac{a$ and $$x^2$$ and price \\$</p>")
    assert "bad $\\frac{a$ and" in body
    assert '<span style="display: block; text-align: center; margin: 8px 0"><svg' in body


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("scheme", ["auto", "dark"])
def test_hostile_text_everywhere_exports_inert(text, scheme):
    page = export_digest(hostile_digest(text), "html", ExportOptions(theme="paper", scheme=scheme))
    scan = assert_nothing_active(page)
    _loads_nothing(page)
    assert "javascript:alert(1)" not in scan.values("href")


def test_a_paper_without_formulas_has_no_svg():
    paper = Paper(id="2401.00001", url="https://arxiv.org/abs/2401.00001")
    page = export_digest(Digest(papers=[paper]), "html")
    assert "<svg" not in page
