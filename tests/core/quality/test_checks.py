"""Quality checks: each with a case that warns and a case that does not."""

from __future__ import annotations

import pytest

from digest_gui.core.model import Digest, GlossaryEntry, Paper
from digest_gui.core.quality.checks import (
    KINDS,
    QualityCounts,
    QualityIssue,
    check_digest,
    check_paper,
    chinese_share,
    missing_numbers,
    untranslated_run,
)

ABSTRACT_EN = (
    "We pretrain models with 86M, 605.26M, 1.3B and 2.4B parameters on 256 GPUs in 2023, "
    "reaching 92% accuracy and a 1.64\\% error on $x_{10}$ at https://example.org/v2."
)
ABSTRACT_ZH = (
    "我们在2023年用256块GPU预训练了参数量为86M、605.26M、1.3B和24亿的模型，"
    "准确率达到９２％，误差为1.64%，见 $x_{10}$。"
)


def good_paper(**changes: str) -> Paper:
    paper = Paper(
        id="2403.18546",
        title_en="Efficient Heatmap-Guided Grasp Detection",
        title_zh="高效的热图引导抓取检测",
        summary_zh="本文提出了一种热图引导的抓取检测方法。",
        abstract_en=ABSTRACT_EN,
        abstract_zh=ABSTRACT_ZH,
    )
    for name, value in changes.items():
        setattr(paper, name, value)
    return paper


def kinds(paper: Paper, glossary=(), limit: int = 80) -> list[tuple[str, str]]:
    return [(issue.field, issue.kind) for issue in check_paper(paper, 0, glossary, limit)]


def test_a_good_paper_has_no_issues():
    assert check_paper(good_paper(), 0, [GlossaryEntry("heatmap", "热图")]) == []


def test_issues_are_one_readable_line_with_a_known_kind():
    paper = good_paper(
        title_zh="", summary_zh="长" * 90, abstract_zh="This abstract is still in English, word for word."
    )
    issues = check_paper(paper, 7, [GlossaryEntry("heatmap", "热图")])
    assert issues
    for issue in issues:
        assert isinstance(issue, QualityIssue) and issue.row == 7
        assert issue.kind in KINDS
        assert issue.message and "\n" not in issue.message


# ---------------------------------------------------------------------------- empty


def test_empty_fields_are_one_issue_each():
    assert kinds(good_paper(title_zh="", abstract_zh="  \n")) == [
        ("title_zh", "empty"),
        ("abstract_zh", "empty"),
    ]
    assert ("summary_zh", "empty") not in kinds(good_paper())


# ---------------------------------------------------------------------- summary_too_long


def test_summary_over_the_limit():
    issues = check_paper(good_paper(summary_zh="很" * 81), 0, (), 80)
    assert [(i.field, i.kind) for i in issues] == [("summary_zh", "summary_too_long")]
    assert "81 characters; the limit is 80" in issues[0].message
    assert kinds(good_paper(summary_zh="很" * 80)) == []
    assert kinds(good_paper(summary_zh="很" * 200), limit=0) == []  # 0: no limit


# ----------------------------------------------------------------------------- glossary


def test_a_glossary_term_whose_chinese_is_missing():
    glossary = [GlossaryEntry("grasp detection", "抓取检测"), GlossaryEntry("GPUs", "图形处理器")]
    paper = good_paper(title_zh="高效的热图引导抓握识别")
    issues = check_paper(paper, 0, glossary)
    assert [(i.field, i.kind) for i in issues] == [("title_zh", "glossary"), ("abstract_zh", "glossary")]
    assert "'grasp detection' should read '抓取检测'" in issues[0].message


def test_a_glossary_term_that_is_used_or_absent_or_has_alternatives():
    assert kinds(good_paper(), [GlossaryEntry("Grasp Detection", "抓取检测")]) == []
    assert kinds(good_paper(), [GlossaryEntry("point cloud", "点云")]) == []  # not in the English
    assert kinds(good_paper(), [GlossaryEntry("GPU", "图形处理器/GPU")]) == []
    # An empty Chinese field is "empty", not also a glossary warning.
    assert kinds(good_paper(title_zh=""), [GlossaryEntry("heatmap", "热图")]) == [("title_zh", "empty")]


# ------------------------------------------------------------------------------ numbers


def test_numbers_missing_from_the_chinese_abstract():
    paper = good_paper(abstract_zh=ABSTRACT_ZH.replace("24亿", "几十亿").replace("９２％", "九成"))
    issues = check_paper(paper, 0)
    assert [(i.field, i.kind) for i in issues] == [("abstract_zh", "numbers")]
    assert "lacks 2.4B, 92% of the English one" in issues[0].message


def test_numbers_in_their_chinese_forms_count():
    # 24亿 for 2.4B, ９２％ for 92%, 1.64% for 1.64\%; the 10 inside $...$ and the 2 of the URL
    # are not asked for.
    assert missing_numbers(ABSTRACT_EN, ABSTRACT_ZH) == []
    assert missing_numbers("trained on 7B tokens and 1.5M images", "在70亿词元和150万张图像上训练") == []
    assert missing_numbers("2,300 papers and 50,000 images", "2300篇论文和5万张图像") == []
    assert missing_numbers("three of 12 tasks, 2 stages", "12项任务中的三项，两个阶段") == []


@pytest.mark.parametrize(
    ("english", "chinese", "missing"),
    [
        ("accuracy of 92%", "准确率为92", ["92%"]),  # the percent matters
        ("256 GPUs", "2560块GPU", ["256"]),  # not a part of a longer number
        ("a gain of 1.64", "提高了1.645", ["1.64"]),
        ("published in 2023", "发表于2022年", ["2023"]),  # years count
        ("GPT-4 with 6-DoF grasps in 3D", "GPT-4V的六自由度三维抓取", []),  # glued to words: not asked
        ("version 3.5.1 of it", "它的新版本", []),
    ],
)
def test_number_cases(english, chinese, missing):
    assert missing_numbers(english, chinese) == missing


# -------------------------------------------------------------------------- untranslated


def test_a_run_of_english_words_in_a_chinese_field():
    text = "本文提出了一种方法，the widely used heatmaps are underestimated in efficiency。"
    issues = check_paper(good_paper(abstract_zh=ABSTRACT_ZH + text), 0)
    assert [(i.field, i.kind) for i in issues] == [("abstract_zh", "untranslated")]
    assert (
        "8 English words in a row: 'the widely used heatmaps are underestimated in efficiency'"
        in issues[0].message
    )


def test_names_acronyms_math_and_urls_are_not_untranslated_english():
    fine = [
        "我们提出了Llama 2 Chat Drafter 115M模型。",
        "基于图神经网络（Graph Neural Network, GNN）的方法。",
        "见 https://github.com/some-lab/a-very-long-project-name-with-many-words 获取代码。",
        "损失为 $\\mathcal{L} = \\sum_i \\log p(x_i \\mid x_{<i}) + \\lambda \\cdot \\text{reg term}$。",
        "这是GPT-4V、LLaMA、BERT、ResNet50、ViT-B/16和CLIP的比较。",
    ]
    for text in fine:
        assert untranslated_run(text) == "", text
    kept = frozenset({"transformer", "attention", "is", "all", "you", "need"})
    assert untranslated_run("论文Attention Is All You Need提出了Transformer。", kept) == ""
    assert untranslated_run("论文Attention Is All You Need Indeed提出了Transformer。") != ""


def test_glossary_words_kept_in_english_do_not_count():
    glossary = [GlossaryEntry("Segment Anything Model", "Segment Anything Model")]
    text = "我们使用Segment Anything Model with a small head进行分割。"
    assert kinds(good_paper(title_zh=text)) == [("title_zh", "untranslated")]
    assert kinds(good_paper(title_zh=text), glossary) == []


def test_chinese_share():
    assert chinese_share("本文提出了GeNet，一种基于GNN的方法。") > 0.9
    assert chinese_share("This paper proposes GeNet, a GNN-based method.") == 0.0
    assert chinese_share("") == 0.0


# --------------------------------------------------------------------------------- math


def test_an_unpaired_dollar():
    assert kinds(good_paper(summary_zh="误差为 $O(n 的方法")) == [("summary_zh", "math")]
    assert kinds(good_paper(abstract_en=ABSTRACT_EN + " It costs $256.")) == [("abstract_en", "math")]
    assert kinds(good_paper(summary_zh="误差为 $O(n)$，花费 \\$256 的方法")) == []


# ---------------------------------------------------------------------------- duplicate


def test_the_same_paper_twice_in_a_digest():
    other = good_paper(id="2403.00001", title_zh="另一篇论文")
    digest = Digest(papers=[good_paper(), other, good_paper()])
    issues = check_digest(digest)
    assert issues == [QualityIssue.make(2, "id", "duplicate", earlier="[^1]", id="2403.18546")]
    assert issues[0].message == "the same paper as [^1] (2403.18546)"
    others = check_digest(Digest(papers=[good_paper(), other, Paper(title_en="A"), Paper(title_en="B")]))
    assert [issue.kind for issue in others] == ["empty"] * 6  # papers without an id are no duplicates


# --------------------------------------------------------------------------- the digest


def test_check_digest_uses_the_digest_glossary_and_the_limit():
    digest = Digest(papers=[good_paper(summary_zh="很" * 50)], glossary=[GlossaryEntry("heatmap", "热力图")])
    assert [(i.kind, i.field) for i in check_digest(digest, summary_limit=40)] == [
        ("summary_too_long", "summary_zh"),
        ("glossary", "title_zh"),
    ]


def test_counts_for_the_status_bar(reference_text):
    from digest_gui.core.formats.digest_format import import_markdown

    digest = import_markdown(reference_text).digest
    digest.papers[0].status = "drafted"
    digest.papers[1].title_zh = ""
    digest.papers[1].abstract_zh = ""
    digest.papers[2].summary_zh = ""
    digest.papers.append(digest.papers[3].copy())
    counts = QualityCounts.of(digest, check_digest(digest))
    assert (counts.papers, counts.reviewed, counts.drafted, counts.empty) == (24, 23, 1, 3)  # fields
    # Five summaries over 80 characters, one duplicate, and 50％ in both Chinese texts of
    # [^20], whose English (cut short in the file) lacks it.
    assert counts.warnings == 8
    assert counts.text() == "24 papers · 23 reviewed · 1 drafted · 8 warnings · 3 empty fields"
    assert QualityCounts(papers=1, warnings=1, empty=1).text() == (
        "1 paper · 0 reviewed · 0 drafted · 1 warning · 1 empty field"
    )
    assert counts.problems == 11
    digest.papers[4].status = "needs-review"
    counts = QualityCounts.of(digest, check_digest(digest))
    assert counts.needs_review == 1
    assert counts.text() == "24 papers · 22 reviewed · 1 to review · 1 drafted · 8 warnings · 3 empty fields"


# ---------------------------------------------------------------------------- the English summary


def test_english_summary_over_its_limit_is_too_long():
    within = good_paper(summary_en="This paper guides grasp detection with heatmaps.")
    assert check_paper(within, 0) == []
    long_one = good_paper(summary_en="x" * 201)
    assert check_paper(long_one, 0) == [
        QualityIssue.make(0, "summary_en", "summary_too_long", length="201", limit="200")
    ]
    assert check_paper(long_one, 0)[0].message == "the English summary has 201 characters; the limit is 200"


def test_empty_english_summary_is_flagged_only_in_a_digest_that_writes_them():
    older = Digest(papers=[good_paper(), good_paper(id="2403.00001", title_zh="另一篇论文")])
    assert [issue.kind for issue in check_digest(older)] == []
    newer = Digest(
        papers=[
            good_paper(summary_en="This paper guides grasp detection with heatmaps."),
            good_paper(id="2403.00001", title_zh="另一篇论文"),
            # Not done yet: the empty check says so.
            good_paper(id="2403.00002", title_zh="第三篇论文", abstract_zh=""),
        ]
    )
    issues = [issue for issue in check_digest(newer) if issue.kind == "english_summary_missing"]
    assert issues == [QualityIssue.make(1, "summary_en", "english_summary_missing")]
    assert issues[0].message == "the English summary is empty while the Chinese fields are filled"
    assert QualityCounts.of(newer, check_digest(newer)).warnings == 1
