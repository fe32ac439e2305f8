"""How long the quality checks take: the whole digest (the status bar) and one edited paper.

Run with `make bench`. The digest is the reference digest repeated to 2,300 papers, each copy
with its own arXiv ids and its own texts, and a glossary of 40 terms, most of which occur in
it. Each is timed twice: as a first check (what the checks keep about unchanged texts is
cleared before every run) and checked again (as on every check while the user types). The
digest is the median of 7 runs, one paper (the longest abstract) of 50, each after one
warm-up. This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import gc
import platform
import statistics
import sys
import time
from collections.abc import Callable

from bench_core import reference_digest, repeated

from digest_gui.core.model import Digest, GlossaryEntry
from digest_gui.core.quality.checks import QualityCounts, check_digest, check_paper, clear_caches

SIZE = 2_300
TARGET_DIGEST_MS = 200.0
TARGET_PAPER_MS = 5.0

GLOSSARY = [
    GlossaryEntry(term, zh)
    for term, zh in (
        ("large language model", "大型语言模型"),
        ("language model", "语言模型"),
        ("heatmap", "热图"),
        ("point cloud", "点云"),
        ("grasp", "抓取"),
        ("graph neural network", "图神经网络"),
        ("semantic communication", "语义通信"),
        ("signal-to-noise ratio", "信噪比"),
        ("foundation model", "基础模型"),
        ("pretraining", "预训练"),
        ("fine-tuning", "微调"),
        ("knowledge distillation", "知识蒸馏"),
        ("speculative decoding", "推测解码"),
        ("draft model", "草案模型"),
        ("time series", "时间序列"),
        ("benchmark", "基准"),
        ("red teaming", "红队测试"),
        ("text-to-image", "文本到图像"),
        ("pruning", "剪枝"),
        ("importance weighting", "重要性加权"),
        ("distribution shift", "分布偏移"),
        ("domain adaptation", "领域自适应"),
        ("alignment", "对齐"),
        ("analogy", "类比"),
        ("neural network", "神经网络"),
        ("counterfactual", "反事实"),
        ("parallel code", "并行代码"),
        ("contrastive learning", "对比学习"),
        ("primacy effect", "首因效应"),
        ("image completion", "图像补全"),
        ("subgradient", "次梯度"),
        ("nonconvex", "非凸"),
        ("tensor parallelism", "张量并行"),
        ("remote sensing", "遥感"),
        ("hyperparameter", "超参数"),
        ("natural deduction", "自然演绎"),
        ("trustworthiness", "可信性"),
        ("inference", "推理"),
        ("robustness", "鲁棒性"),
        ("transformer", "Transformer"),
    )
]


def median_ms(
    operation: Callable[[], object], runs: int, before: Callable[[], object] | None = None
) -> float:
    operation()  # warm-up
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        gc.collect()
        start = time.perf_counter()
        operation()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


LETTERS_TO_CJK = str.maketrans(
    "Qabcdefghijklmnopqrstuvwxyz", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇"
)


def tag(number: int) -> str:
    """A word of letters only, different for every number (no digits: the number check reads them)."""
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[rest]
        if not number:
            return "Q" + letters


def distinct_texts(digest: Digest) -> None:
    """Give every copy its own texts, so nothing worked out for one copy serves another."""
    for index, paper in enumerate(digest.papers):
        mark = tag(index)
        chinese = mark.translate(LETTERS_TO_CJK)  # no Latin letters in the Chinese side
        paper.title_en = f"{paper.title_en} {mark}"
        paper.abstract_en = f"{paper.abstract_en} {mark}"
        paper.title_zh += chinese
        paper.summary_zh += chinese
        paper.abstract_zh += chinese


def main() -> int:
    digest = repeated(reference_digest(), SIZE)
    digest.glossary = list(GLOSSARY)
    distinct_texts(digest)
    row, paper = max(enumerate(digest.papers), key=lambda item: len(item[1].abstract_en))
    issues = check_digest(digest)
    counts = QualityCounts.of(digest, issues)
    print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}; ", end="")
    print(f"{SIZE:,} papers (each with its own texts), {len(GLOSSARY)} glossary terms")
    print(f"Status bar: {counts.text()}")
    print()
    # First: nothing known yet (a project just opened). Again: the English side was seen before,
    # as on every check while the user types in a Chinese field.
    first_all = median_ms(lambda: check_digest(digest), 7, clear_caches)
    again_all = median_ms(lambda: check_digest(digest), 7)
    first_one = median_ms(lambda: check_paper(paper, row, digest.glossary, 80), 50, clear_caches)
    again_one = median_ms(lambda: check_paper(paper, row, digest.glossary, 80), 50)
    one = f"one paper ({len(paper.abstract_en):,} + {len(paper.abstract_zh):,} characters of abstract)"
    print("| check | runs | median ms | target ms | |")
    print("| --- | ---: | ---: | ---: | --- |")
    for name, runs, value, target in (
        (f"check_digest, {SIZE:,} papers, first check", 7, first_all, TARGET_DIGEST_MS),
        (f"check_digest, {SIZE:,} papers, checked again", 7, again_all, TARGET_DIGEST_MS),
        (f"check_paper, {one}, first check", 50, first_one, TARGET_PAPER_MS),
        (f"check_paper, {one}, checked again", 50, again_one, TARGET_PAPER_MS),
    ):
        verdict = "pass" if value <= target else "FAIL"
        print(f"| {name} | {runs} | {value:.2f} | <= {target:g} | {verdict} |")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
