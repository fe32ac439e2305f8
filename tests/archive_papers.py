"""Generated papers on a few topics, in English and Chinese, for the archive's tests and bench.

The text is made of each topic's own words set in sentences that every topic shares
("we propose", "experiments on"), so two papers on one topic differ, and papers on two
topics still have much in common: what the ranking has to tell apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from digest_gui.core.model import Digest, Paper, Status


@dataclass(frozen=True)
class Topic:
    methods: tuple[str, ...]
    objects: tuple[str, ...]
    tasks: tuple[str, ...]
    data: tuple[str, ...]
    zh_methods: tuple[str, ...]
    zh_tasks: tuple[str, ...]


TOPICS = {
    "robotics": Topic(
        (
            "reinforcement learning",
            "model predictive control",
            "imitation learning",
            "policy gradient",
            "sim-to-real transfer",
        ),
        ("robot arm", "quadruped robot", "manipulator", "legged locomotion controller", "grasp planner"),
        (
            "dexterous manipulation",
            "grasp detection",
            "locomotion over rough terrain",
            "pick-and-place",
            "motion planning",
        ),
        (
            "real-robot trials",
            "MuJoCo simulation",
            "tabletop grasping scenes",
            "cluttered bins",
            "the Isaac Gym benchmark",
        ),
        ("强化学习（RL）", "模型预测控制", "模仿学习", "策略梯度", "仿真到现实迁移"),
        ("灵巧操作", "抓取检测", "足式机器人运动", "机械臂抓取", "运动规划"),
    ),
    "proteins": Topic(
        (
            "protein language model",
            "equivariant graph network",
            "diffusion model over backbones",
            "contrastive pretraining",
            "structure-aware attention",
        ),
        ("protein sequence", "amino acid residue graph", "binding pocket", "antibody", "enzyme"),
        (
            "protein structure prediction",
            "binding affinity estimation",
            "de novo protein design",
            "mutation effect prediction",
            "docking",
        ),
        (
            "the Protein Data Bank",
            "CATH domains",
            "the ProteinGym benchmark",
            "antibody repertoires",
            "CASP targets",
        ),
        ("蛋白质语言模型", "等变图网络", "扩散模型", "对比预训练", "结构感知注意力"),
        ("蛋白质结构预测", "结合亲和力估计", "蛋白质从头设计", "突变效应预测", "分子对接"),
    ),
    "compilers": Topic(
        (
            "polyhedral scheduling",
            "autotuning",
            "superoptimization",
            "equality saturation",
            "learned cost model",
        ),
        ("tensor program", "loop nest", "intermediate representation", "GPU kernel", "vectorizing compiler"),
        ("kernel fusion", "register allocation", "loop tiling", "instruction selection", "code generation"),
        (
            "the PolyBench suite",
            "SPEC CPU programs",
            "TVM workloads",
            "LLVM test programs",
            "deep learning operators",
        ),
        ("多面体调度", "自动调优", "超级优化", "等式饱和", "学习型代价模型"),
        ("算子融合", "寄存器分配", "循环分块", "指令选择", "代码生成"),
    ),
}

_OPENINGS = (
    "We study {task} with a {obj}.",
    "{Task} remains difficult for every {obj} in practice.",
    "Existing approaches to {task} rely on hand-tuned heuristics.",
    "This work revisits {task} from the viewpoint of {method}.",
)
_MIDDLES = (
    "We propose a {method} approach that treats the {obj} as a structured input.",
    "Our method combines {method} with {method2} to improve {task}.",
    "The key idea is to share information between the {obj} and its context during {task}.",
    "We introduce a benchmark built from {data} to evaluate {task}.",
    "A theoretical analysis shows when {method} converges for {task}.",
    "Ablations isolate the contribution of {method2} to the final {obj}.",
)
_CLOSINGS = (
    "Experiments on {data} show consistent gains over strong baselines.",
    "On {data} our approach improves accuracy by {n} percent while using fewer resources.",
    "Results on {data} demonstrate state-of-the-art performance with {n} times less computation.",
    "Code and models will be released to support future research on {task}.",
)
_TITLES = (
    "{Method} for {Task}",
    "Scaling {Method} to {Task} with {Data}",
    "Towards Robust {Task}: A {Method} Perspective",
    "Learning {Task} from {Data} via {Method}",
    "{Method} Meets {Method2}: Better {Task}",
)
_ZH_SENTENCES = (
    "本文研究了{task}问题，提出了一种基于{method}的新方法。",
    "我们将{method}与{method2}相结合，以提升{task}的效果。",
    "现有方法在{task}中依赖人工设计的启发式规则，难以推广。",
    "在多个基准上的实验表明，该方法显著优于现有的强基线。",
    "理论分析说明了{method}在{task}中收敛的条件。",
    "消融实验验证了{method2}对最终结果的贡献。",
)


def _title_case(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def paper_text(topic_name: str, rng: random.Random, number: int, long: bool = False) -> Paper:
    """One paper on a topic, with English and Chinese in every field (long: as long as real ones)."""
    topic = TOPICS[topic_name]
    pick = rng.choice
    method, method2 = rng.sample(topic.methods, 2)
    zh_method, zh_method2 = rng.sample(topic.zh_methods, 2)
    task, obj, data = pick(topic.tasks), pick(topic.objects), pick(topic.data)
    zh_task = topic.zh_tasks[topic.tasks.index(task)]
    words = {
        "task": task,
        "Task": task[:1].upper() + task[1:],
        "obj": obj,
        "method": method,
        "method2": method2,
        "data": data,
        "n": rng.randint(2, 40),
    }
    middles = rng.sample(_MIDDLES, 6 if long else 4)
    sentences = [pick(_OPENINGS), *middles, *rng.sample(_CLOSINGS, 2 if long else 1)]
    abstract = " ".join(sentence.format(**words) for sentence in sentences)
    title_words = {
        "Method": _title_case(method),
        "Method2": _title_case(method2),
        "Task": _title_case(task),
        "Data": _title_case(data.removeprefix("the ")),
    }
    title = pick(_TITLES).format(**title_words)
    zh_words = {"task": zh_task, "method": zh_method, "method2": zh_method2}
    zh_sentences = rng.sample(_ZH_SENTENCES, 6 if long else 5)
    abstract_zh = "".join(sentence.format(**zh_words) for sentence in zh_sentences)
    # Valid new-style ids (YYMM.NNNNN), one per number.
    arxiv_id = f"{24 + number // 1_200_000:02d}{1 + number // 100_000 % 12:02d}.{number % 100_000:05d}"
    return Paper(
        id=arxiv_id,
        version=1,
        url=f"https://arxiv.org/abs/{arxiv_id}",
        title_en=title,
        title_zh=f"基于{zh_method}的{zh_task}",
        summary_zh=zh_sentences[0].format(**zh_words),
        abstract_en=abstract,
        abstract_zh=abstract_zh,
        status=Status.REVIEWED,
    )


def topic_digest(
    topic_name: str, papers: int, seed: int, first_number: int = 0, title: str = "", long: bool = False
) -> Digest:
    """A digest of `papers` generated papers on one topic, numbered from first_number."""
    rng = random.Random(seed)
    return Digest(
        title=title or f"{topic_name} {seed}",
        papers=[paper_text(topic_name, rng, first_number + index, long) for index in range(papers)],
    )
