"""The github_alters check: a field rendered as GitHub does, compared with what was typed."""

from __future__ import annotations

import pytest

from digest_gui.core.formats.math_spans import altered, intended, protect
from digest_gui.core.model import Paper
from digest_gui.core.quality.checks import check_paper
from digest_gui.core.quality.registry import fix_for


def _issues(**fields: str) -> list[tuple[str, str]]:
    paper = Paper(id="2401.00001", **fields)
    return [
        (issue.field, issue.arguments()["shown"])
        for issue in check_paper(paper, 0)
        if issue.kind == "github_alters"
    ]


# (typed, what GitHub shows instead): each case of the issue.
ALTERED = [
    ("We let $S=\\{0,1\\}^n$ be the cube.", "We let $S={0,1}^n$ be the cube."),
    ("the optimum $r^*$ and the point $x^*$ agree", "the optimum $r^$ and the point $x^$ agree"),
    ("the parts $(x)_{+}$ and $(y)_{-}$", "the parts $(x){+}$ and $(y){-}$"),
    ("a Gaussian,~$p$ and a Laplacian,~$q$", "a Gaussian,$p$ and a Laplacian,$q$"),
    ("the ``best'' and the ``worst'' cases", "the best'' and the worst'' cases"),
    ("the sum $$\\sum_{i} x_i^*$$ and $y^*$", "the sum $$\\sum_{i} x_i^$$ and $y^$"),
]

# Shown as meant: the check stays quiet.
NOT_ALTERED = [
    "plain $x^2 + y^2$ math",
    "10\\% of R\\&D",  # a Markdown escape outside math shows the character, as meant
    "with $a_i$ and $b_j$",  # intraword `_` is no emphasis
    "a Gaussian,~$p$",  # one `~` strikes nothing
    "already protected $`r^*`$ and $`x^*`$",
    "costs $5 and $6",
    "snake_case_names and a * b * c",
    "中文摘要，没有公式。",
    "",
]


@pytest.mark.parametrize(("typed", "shown"), ALTERED)
def test_fields_github_alters_are_found_with_what_github_shows(typed, shown):
    assert altered(typed) == shown
    found = _issues(abstract_zh=typed)
    assert [field for field, _ in found] == ["abstract_zh"]
    # The message quotes GitHub's text around the first difference.
    assert found[0][1].strip("…") in shown


@pytest.mark.parametrize("typed", NOT_ALTERED)
def test_fields_github_shows_as_meant_raise_nothing(typed):
    assert altered(typed) is None
    assert _issues(abstract_zh=typed, abstract_en=typed, title_en=typed) == []


def test_every_text_field_is_checked_english_ones_too():
    typed = "$S=\\{0,1\\}^n$"
    found = _issues(title_en=typed, title_zh=typed, summary_zh=typed, abstract_en=typed, abstract_zh=typed)
    assert [field for field, _ in found] == [
        "title_en",
        "title_zh",
        "summary_zh",
        "abstract_en",
        "abstract_zh",
    ]


@pytest.mark.parametrize(("typed", "_shown"), ALTERED)
def test_the_fix_makes_github_show_what_was_meant(typed, _shown):
    fix = fix_for("github_alters")
    assert fix is protect
    fixed = fix(typed)
    assert fixed != typed
    assert altered(fixed) is None
    assert intended(fixed) == intended(typed).replace("$$", "$")  # display formulas become inline


def test_the_fix_writes_formulas_in_githubs_protected_form():
    assert protect("let $S=\\{0,1\\}^n$ be") == "let $`S=\\{0,1\\}^n`$ be"
    assert protect("a Gaussian,~$p$ and a Laplacian,~$q$") == "a Gaussian,\\~$`p`$ and a Laplacian,\\~$`q`$"


@pytest.mark.parametrize("typed", NOT_ALTERED)
def test_the_fix_leaves_fields_github_shows_as_meant_alone(typed):
    assert protect(typed) == typed
