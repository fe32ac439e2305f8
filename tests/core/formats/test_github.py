"""The preview's rendering agrees with GitHub's (cmark-gfm) on the text a reader sees."""

from __future__ import annotations

from pathlib import Path

import cmarkgfm
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest_gui.core.control_chars import clean_paper
from digest_gui.core.formats import github, math_svg, render_github
from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.github import cmark_html, github_html, parse_math_src
from digest_gui.core.formats.visible_text import visible_text
from digest_gui.core.model import Digest, Paper


def _preview_text(digest: Digest) -> str:
    return visible_text(render_github.digest_body_html(digest))


def _github_text(digest: Digest) -> str:
    return visible_text(cmark_html(export_markdown(digest)))


def test_the_reference_digest_shows_the_same_text_as_on_github(reference_text):
    digest = import_markdown(reference_text).digest
    assert len(digest.papers) > 20
    assert _preview_text(digest) == _github_text(digest)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("10\\% of \\'quoted\\' R\\&D", "10% of 'quoted' R&D"),
        ("~~struck~~ text", "struck text"),
        ("a `x|y` cell", "a x|y cell"),  # exported as `x\\|y` in the table cell
        ("Gaussian,~$p$ and~~q~~", None),
    ],
)
def test_escapes_strikethrough_and_code_show_as_on_github(typed, shown):
    paper = Paper(id="2401.00001", url="https://arxiv.org/abs/2401.00001", title_en="T", summary_zh=typed)
    paper.abstract_zh = typed
    digest = Digest(papers=[paper])
    preview = _preview_text(digest)
    assert preview == _github_text(digest)
    if shown is not None:
        assert shown in preview


def test_strikethrough_is_a_del_element_in_the_preview():
    page = github_html("a ~~b~~ c")
    assert "<del>b</del>" in page


def test_inline_and_display_math_become_formula_images_keeping_their_source_as_alt_text():
    page = github_html("Let $S=\\{0,1\\}^n$ and $$\\sum_i x_i$$ and $`r^*`$ here")
    assert page.count('<img class="math"') == 2
    assert page.count('<img class="math-display"') == 1
    sources = [parse_math_src(part.split('"')[0]) for part in page.split('src="')[1:]]
    # The Markdown went first (as on GitHub): the escaped braces lost their backslashes.
    assert sources == [("S={0,1}^n", False), ("\\sum_i x_i", True), ("r^*", False)]
    assert visible_text(page) == "Let $S={0,1}^n$ and $$\\sum_i x_i$$ and $r^*$ here"


@pytest.mark.parametrize(
    "md",
    [
        "costs $ 5 and $ 6",  # a `$` followed by a space opens nothing
        "from $5 to $ 6",  # a closing `$` after a space closes nothing
        "escaped \\$x\\$ dollars",
        "code `$x$` stays code",
        "empty $$ pair",
    ],
)
def test_dollars_that_are_not_math_stay_text(md):
    page = github_html(md)
    assert "<img" not in page
    assert visible_text(page) == visible_text(cmark_html(md))


def test_a_formula_that_cannot_be_typeset_is_known_so_and_keeps_its_source_as_alt_text():
    page = github_html("broken $\\frac{a}{$ here")
    assert 'alt="$\\frac{a}{$"' in page
    assert math_svg.math_svg("\\frac{a}{") is None
    assert math_svg.cached("\\frac{a}{") == (True, None)


def test_formulas_are_typeset_once_and_cached():
    math_svg.clear_cache()
    github.clear_cache()
    github_html("one $x^2+y^2$ two")
    assert math_svg.cache_info().misses == 0  # rendering the Markdown typesets nothing
    assert math_svg.cached("x^2+y^2") == (False, None)
    svg = math_svg.math_svg("x^2+y^2")
    assert svg is not None and svg.startswith("<svg")
    assert math_svg.math_svg("x^2+y^2") is svg
    info = math_svg.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    assert math_svg.cached("x^2+y^2") == (True, svg)
    assert math_svg.cached("x^2+y^2", display=True) == (False, None)  # display style is another formula


def test_the_cache_keeps_the_most_recently_used_formulas(monkeypatch):
    math_svg.clear_cache()
    monkeypatch.setattr(math_svg, "CACHE_SIZE", 2)
    for tex in ("a", "b"):
        math_svg.math_svg(tex)
    math_svg.math_svg("a")  # used again: now "b" is the oldest
    math_svg.math_svg("c")
    assert [math_svg.cached(tex)[0] for tex in ("a", "b", "c")] == [True, False, True]


_TEXT = st.text(
    alphabet=st.sampled_from(list("ab 中文$\\`*_~|[]()<>&#!-+.:^{}=0\u200b'\"")) | st.characters(),
    max_size=60,
)
_FIELDS = ("title_en", "title_zh", "summary_zh", "abstract_zh", "abstract_en")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(*(_TEXT for _ in _FIELDS)), min_size=1, max_size=3))
@example([("$r^*$ and $x^*$", "~~x~~", "`a\\|b`", "$S=\\{0,1\\}^n$", "Gaussian,~$p$ ``q''")])
def test_hostile_text_shows_the_same_on_github_and_in_the_preview(rows):
    papers = []
    for number, values in enumerate(rows, 1):
        paper = Paper(id=f"2401.{number:05d}", url=f"https://arxiv.org/abs/2401.{number:05d}")
        for name, value in zip(_FIELDS, values, strict=True):
            setattr(paper, name, value)
        papers.append(clean_paper(paper))
    digest = Digest(papers=papers)
    assert _preview_text(digest) == _github_text(digest)
    md = export_markdown(digest)
    # Our leak-free call of cmark-gfm gives what cmarkgfm's own function gives (which
    # cannot take lone surrogates; ours reads them as U+FFFD).
    utf8 = "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in md)
    assert cmark_html(md) == cmarkgfm.github_flavored_markdown_to_html(utf8, options=github.OPTIONS)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the resident size from /proc")
def test_rendering_again_and_again_does_not_grow_the_process(reference_text):
    def resident_mb() -> int:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmRSS:")[1].split()[0]) // 1024

    md = reference_text
    cmark_html(md)
    before = resident_mb()
    for _ in range(300):
        cmark_html(md)  # ~0.3 MB of tree and HTML each: cmarkgfm itself would leak ~90 MB
    assert resident_mb() - before < 50


@pytest.mark.parametrize("md", ["code `a\\$b` only", "private \ue024 and \\$ and $x$", "`\\$` and $y$"])
def test_escaped_dollars_in_code_and_private_characters_show_as_on_github(md):
    assert visible_text(github_html(md)) == visible_text(cmark_html(md))
