"""The registry of quality checks: issues as kind + arguments, one list for every reader."""

from __future__ import annotations

import pytest

from digest_gui.cli import main
from digest_gui.core.formats.project_file import save_project
from digest_gui.core.model import Digest, Paper
from digest_gui.core.quality import registry
from digest_gui.core.quality.checks import KINDS, QualityCounts, check_digest, check_paper
from digest_gui.core.quality.registry import (
    CheckContext,
    QualityCheck,
    QualityIssue,
    fixed_text,
    quality_checks,
    register_check,
)
from tests.conftest import REPO


@pytest.fixture
def checks(monkeypatch):
    """The registry as it is, restored after the test (a test may add checks)."""
    monkeypatch.setattr(registry, "QUALITY_CHECKS", dict(registry.QUALITY_CHECKS))


def shouting(paper: Paper, _context: CheckContext):
    """A second check in a few lines: a Chinese title ending in "！"."""
    if paper.title_zh.endswith("！"):
        yield "title_zh", {"mark": "！"}


def paper(**fields: str) -> Paper:
    values = {
        "id": "2403.18546",
        "title_en": "A title",
        "title_zh": "标题",
        "summary_zh": "总结",
        "abstract_zh": "摘要",
        **fields,
    }
    return Paper(**values)


def test_issues_hold_a_kind_and_arguments_never_a_sentence():
    issue = check_paper(paper(summary_zh="长" * 81), 4)[0]
    assert issue == QualityIssue.make(4, "summary_zh", "summary_too_long", length="81", limit="80")
    assert "message" not in QualityIssue.__dataclass_fields__  # worded when read, not stored
    assert issue.message == "the Chinese summary has 81 characters; the limit is 80"


def test_every_built_in_kind_has_a_summary_and_a_template():
    assert KINDS == (
        "empty",
        "summary_too_long",
        "glossary",
        "numbers",
        "untranslated",
        "math",
        "github_alters",
        "duplicate",
        "english_summary_missing",
        "numbers_added",
        "formula_missing",
        "title_en_missing",
        "duplicate_title_zh",
    )
    for check in quality_checks():
        assert check.summary and check.template.count("{") == check.template.count("}")


def test_a_second_check_is_a_few_lines_and_every_reader_sees_it(checks, tmp_path, capsys):
    register_check(QualityCheck("shouting", "titles that shout", "the {field} ends in {mark}", shouting))

    issues = check_paper(paper(title_zh="太棒了！"), 2)
    assert issues == [QualityIssue.make(2, "title_zh", "shouting", mark="！")]
    assert issues[0].message == "the Chinese title ends in ！"
    digest = Digest(papers=[paper(), paper(id="2403.00001", title_zh="好！")])
    assert [issue.kind for issue in check_digest(digest)] == ["shouting"]
    assert QualityCounts.of(digest, check_digest(digest)).warnings == 1

    project = tmp_path / "p.digest"
    save_project(digest, project)
    assert main(["check", str(project)]) == 1
    out, err = capsys.readouterr()
    assert out == "[^2] 2403.00001 title_zh: the Chinese title ends in ！\n"
    assert "1 warning" in err
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "titles that shout (shouting)" in " ".join(capsys.readouterr().out.split())


def test_a_check_across_the_digest_lists_its_issues_under_their_paper(checks):
    def same_title(papers):
        seen: set[str] = set()
        for row, one in enumerate(papers):
            if one.title_zh in seen:
                yield row, "title_zh", {}
            seen.add(one.title_zh)

    register_check(
        QualityCheck("same_title", "titles twice", "the {field} is used twice", in_digest=same_title)
    )
    digest = Digest(papers=[paper(id="1"), paper(id="2", summary_zh=""), paper(id="3")])
    assert [(issue.row, issue.kind) for issue in check_digest(digest)] == [
        (1, "empty"),
        (1, "duplicate_title_zh"),  # the built-in one
        (1, "same_title"),
        (2, "duplicate_title_zh"),
        (2, "same_title"),
    ]


def test_a_check_needs_exactly_one_finder(checks):
    with pytest.raises(ValueError):
        register_check(QualityCheck("nothing", "nothing", "nothing"))


def test_the_readme_names_every_kind():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [kind for kind in KINDS if f"`{kind}`" not in readme] == []


def test_fixed_text_is_the_fix_only_when_it_changes_the_text():
    altered = "let $S=\\{0,1\\}^n$ be"
    assert fixed_text("github_alters", altered) == "let $`S=\\{0,1\\}^n`$ be"
    assert fixed_text("github_alters", "no formula here") is None  # the fix changes nothing
    assert fixed_text("empty", altered) is None  # a kind without a fix
    assert fixed_text("no such kind", altered) is None
