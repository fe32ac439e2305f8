"""The reviewer's checks (numbers added, formulas missing, titles) and where issues are."""

from __future__ import annotations

from digest_gui.core.glossary import glossary_matcher
from digest_gui.core.model import Digest, GlossaryEntry, Paper
from digest_gui.core.quality.checks import check_digest, check_paper
from digest_gui.core.quality.registry import CheckContext, QualityIssue, issue_spans

ABSTRACT_EN = "We ground heatmaps with $k$ anchors and $\\mathcal{O}(n \\log n)$ cost on 64 GPUs."
ABSTRACT_ZH = "我们用 $k$ 个锚点和 $\\mathcal{O}(n\\log n)$ 的代价在 64 块 GPU 上构建热图。"


def paper(**changes: str) -> Paper:
    fields = {
        "id": "2403.18546",
        "title_en": "Heatmap Grounding",
        "title_zh": "热图定位",
        "summary_zh": "本文提出了热图定位方法。",
        "abstract_en": ABSTRACT_EN,
        "abstract_zh": ABSTRACT_ZH,
        **changes,
    }
    return Paper(**fields)


def kinds(one: Paper) -> list[tuple[str, str]]:
    return [(issue.field, issue.kind) for issue in check_paper(one, 0)]


def spans(one: Paper, issue: QualityIssue, glossary=()) -> list[tuple[str, str]]:
    """The issue's spans as (field, the text there)."""
    context = CheckContext(glossary_matcher(glossary) if glossary else None)
    return [(field, getattr(one, field)[start:end]) for field, start, end in issue_spans(one, issue, context)]


def test_a_good_paper_has_none_of_them():
    assert kinds(paper()) == []


def test_numbers_the_draft_added_in_any_chinese_field():
    drafted = paper(
        summary_zh="本文在 256 块 GPU 上达到 92% 的准确率。",
        abstract_zh=ABSTRACT_ZH + "准确率为 92%。",
    )
    issues = [issue for issue in check_paper(drafted, 3) if issue.kind == "numbers_added"]
    assert issues == [
        QualityIssue.make(3, "summary_zh", "numbers_added", numbers="256, 92%"),
        QualityIssue.make(3, "abstract_zh", "numbers_added", numbers="92%"),
    ]
    assert issues[0].message == "the Chinese summary has 256, 92%, which the English lacks"
    assert spans(drafted, issues[0]) == [("summary_zh", "256"), ("summary_zh", "92%")]


def test_a_number_of_the_english_summary_or_title_counts_too():
    assert kinds(paper(title_en="Heatmaps at 256 Frames", summary_zh="每秒 256 帧。")) == []


def test_a_formula_the_translation_lacks():
    dropped = paper(abstract_zh="我们用若干锚点在 64 块 GPU 上构建热图。")
    issues = [issue for issue in check_paper(dropped, 0) if issue.kind == "formula_missing"]
    assert issues == [
        QualityIssue.make(0, "abstract_zh", "formula_missing", formulas="$k$, $\\mathcal{O}(n \\log n)$")
    ]
    assert issues[0].message == (
        "the Chinese abstract lacks $k$, $\\mathcal{O}(n \\log n)$ of the English abstract"
    )
    assert spans(dropped, issues[0]) == [
        ("abstract_en", "$k$"),
        ("abstract_en", "$\\mathcal{O}(n \\log n)$"),
    ]


def test_a_formula_written_out_or_spaced_otherwise_is_not_missing():
    english = "Significant ($P \\leq 0.01$) with $k$ anchors and $n$ samples."
    assert kinds(paper(abstract_en=english, abstract_zh="显著（P≤0.01），共 k 个锚点、$n$ 个样本。")) == []
    assert (
        kinds(paper(abstract_en=english, abstract_zh="显著（$P\\leq 0.01$），共 $k$ 个锚点、$ n$ 个样本。"))
        == []
    )
    # A letter inside a word is not the formula.
    assert ("abstract_zh", "formula_missing") in kinds(
        paper(abstract_en="With $k$ anchors.", abstract_zh="使用 keypoint 锚点。")
    )
    # An empty translation is the empty check's.
    assert kinds(paper(abstract_zh="")) == [("abstract_zh", "empty")]


def test_a_paper_without_an_english_title():
    assert ("title_en", "title_en_missing") in kinds(paper(title_en="  "))
    assert check_paper(paper(title_en=""), 0)[0].message == (
        "the paper has no English title (fetch it from arXiv or type it)"
    )


def test_the_same_chinese_title_on_two_papers():
    digest = Digest(
        papers=[paper(), paper(id="2403.00001", title_zh=" 热图定位 "), paper(id="2403.00002", title_zh="")]
    )
    issues = [issue for issue in check_digest(digest) if issue.kind == "duplicate_title_zh"]
    assert issues == [QualityIssue.make(1, "title_zh", "duplicate_title_zh", earlier="[^1]")]
    assert issues[0].message == "the same Chinese title as [^1]"
    assert spans(digest.papers[1], issues[0]) == [("title_zh", "热图定位")]
    # The same paper twice is the duplicate check's alone.
    twice = check_digest(Digest(papers=[paper(), paper()]))
    assert [issue.kind for issue in twice] == ["duplicate"]


def test_the_built_in_checks_say_where_their_issues_are():
    long_summary = paper(summary_zh="短" * 80 + "超出的部分")
    issue = next(i for i in check_paper(long_summary, 0) if i.kind == "summary_too_long")
    assert spans(long_summary, issue) == [("summary_zh", "超出的部分")]

    glossary = [GlossaryEntry("heatmap", "热力图")]
    issue = next(i for i in check_paper(paper(), 0, glossary) if i.kind == "glossary")
    assert spans(paper(), issue, glossary) == [("title_en", "Heatmap")]

    lacking = paper(abstract_zh="我们用 $k$ 个锚点和 $\\mathcal{O}(n\\log n)$ 的代价构建热图。")
    issue = next(i for i in check_paper(lacking, 0) if i.kind == "numbers")
    assert spans(lacking, issue) == [("abstract_en", "64")]

    english_left = paper(summary_zh="本文 proposes a new method for grounding heatmaps well。")
    issue = next(i for i in check_paper(english_left, 0) if i.kind == "untranslated")
    assert spans(english_left, issue) == [("summary_zh", "proposes a new method for grounding heatmaps well")]

    unpaired = paper(summary_zh="误差为 $O(n)$，或 $O(n 的方法")
    issue = next(i for i in check_paper(unpaired, 0) if i.kind == "math")
    assert spans(unpaired, issue) == [("summary_zh", "$")]
    assert issue_spans(unpaired, issue, CheckContext())[0][1] == unpaired.summary_zh.rindex("$")


def test_spans_past_the_text_are_dropped():
    long_summary = paper(summary_zh="短" * 90)
    issue = next(i for i in check_paper(long_summary, 0) if i.kind == "summary_too_long")
    shorter = paper(summary_zh="短" * 10)  # the text changed since the check
    assert issue_spans(shorter, issue, CheckContext()) == []


def test_the_spans_of_long_lists_and_of_the_english_summary():
    # The English summary over its limit: the text past the limit, blanks around it left out.
    long_english = paper(summary_en="  " + "word " * 40 + "past the limit  ")
    issue = next(i for i in check_paper(long_english, 0) if i.kind == "summary_too_long")
    assert issue.field == "summary_en"
    assert spans(long_english, issue) == [("summary_en", long_english.summary_en.strip()[200:])]

    # A glossary term of the abstract is marked in the English abstract, each time it occurs.
    glossary = [GlossaryEntry("anchors", "锚框")]
    issue = next(i for i in check_paper(paper(), 0, glossary) if i.kind == "glossary")
    assert issue.field == "abstract_zh"
    assert spans(paper(), issue, glossary) == [("abstract_en", "anchors")]

    # Eight numbers missing: the message names six, and only those six are marked, never
    # inside a longer number (the 11 of 110 is not the 11 that is missing).
    english = "Scores 11, 22, 33, 44, 55, 66, 77 and 88 over 110 runs."
    lacking = paper(abstract_en=english, abstract_zh="得分很高，共 110 次运行。")
    issue = next(i for i in check_paper(lacking, 0) if i.kind == "numbers")
    assert dict(issue.args)["numbers"] == "11, 22, 33, 44, 55, 66, …"
    assert spans(lacking, issue) == [("abstract_en", n) for n in ("11", "22", "33", "44", "55", "66")]
    assert issue_spans(lacking, issue, CheckContext())[0][1] == 7

    # A run of more than eight English words: the message names eight, the span covers those.
    run = "we propose a new method for grounding heatmaps in very large images"
    english_left = paper(summary_zh=f"本文 {run}。")
    issue = next(i for i in check_paper(english_left, 0) if i.kind == "untranslated")
    assert dict(issue.args)["words"].endswith(" …")
    assert spans(english_left, issue) == [("summary_zh", "we propose a new method for grounding heatmaps")]

    # An escaped \\$ is text, not math: the unpaired one is the last unescaped $.
    escaped = paper(summary_zh="花费 \\$5，误差 $O(n)$ 与 $O(1 的方法，另 \\$3")
    issue = next(i for i in check_paper(escaped, 0) if i.kind == "math")
    at = escaped.summary_zh.index("$O(1")
    assert issue_spans(escaped, issue, CheckContext()) == [("summary_zh", at, at + 1)]

    # Numbers the draft added to the abstract are marked where the abstract has them.
    added = paper(abstract_zh=ABSTRACT_ZH + "提升 37%。")
    issue = next(i for i in check_paper(added, 0) if i.kind == "numbers_added")
    assert spans(added, issue) == [("abstract_zh", "37%")]
