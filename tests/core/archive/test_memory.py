"""The translation memory: the same paper translated before, close English, glossary terms."""

from __future__ import annotations

from digest_gui.core.archive import memory
from digest_gui.core.archive.indexing import index_digest, index_file, source_key
from digest_gui.core.model import Digest, Paper
from digest_gui.core.text_diff import Segment, word_difference
from tests.conftest import FIXTURES


def test_a_paper_translated_before_offers_its_chinese_with_source_and_day(archive):
    earlier = Paper(
        id="2403.18546",
        title_en="Old title",
        title_zh="旧标题",
        summary_zh="旧摘要",
        abstract_en="First version of the abstract.",
        abstract_zh="摘要的第一版。",
    )
    index_digest(archive, Digest(title="March", papers=[earlier]), "/d/2026-03-01.md", b"m")
    found = memory.exact_matches(archive, ["2403.18546", "0000.00000"])
    assert list(found) == ["2403.18546"]
    match = found["2403.18546"]
    assert (match.day, match.source_title, match.path) == (
        "2026-03-01",
        "March",
        source_key("/d/2026-03-01.md"),
    )
    assert match.chinese() == {"title_zh": "旧标题", "summary_zh": "旧摘要", "abstract_zh": "摘要的第一版。"}
    unchanged = Paper(id="2403.18546", title_en="Old  title", abstract_en="First version of the abstract.")
    assert match.changed_english(unchanged) == ()
    updated = Paper(id="2403.18546", title_en="Old title", abstract_en="Second version of the abstract.")
    assert match.changed_english(updated) == ("abstract_en",)
    assert word_difference(match.abstract_en, updated.abstract_en) == [
        Segment("delete", "First"),
        Segment("insert", "Second"),
        Segment("equal", "version of the abstract."),
    ]


def test_the_newest_translation_wins_and_untranslated_copies_are_skipped(archive):
    index_digest(archive, Digest(papers=[Paper(id="1", title_zh="早")]), "/d/2026-01-01.md", b"1")
    index_digest(archive, Digest(papers=[Paper(id="1", title_zh="晚")]), "/d/2026-02-01.md", b"2")
    index_digest(archive, Digest(papers=[Paper(id="1", title_en="listing only")]), "/d/2026-03-01.md", b"3")
    assert memory.exact_matches(archive, ["1"])["1"].title_zh == "晚"
    assert (
        memory.exact_matches(archive, ["1"], exclude={source_key("/d/2026-02-01.md")})["1"].title_zh == "早"
    )


def test_a_close_title_offers_the_earlier_chinese_with_a_percentage(archive):
    index_file(archive, FIXTURES / "reference-digest.md")
    new = Paper(id="2501.00001", title_en="Efficient Heatmap-Guided 6-DoF Grasp Detection in Cluttered Rooms")
    (best, *_rest) = memory.title_matches(archive, new)
    assert best.earlier_chinese == "在混乱场景中高效的基于热图引导的六自由度抓取检测"
    assert 85 <= best.percent < 100
    assert best.arxiv_id == "2403.18546"
    unrelated = Paper(id="2501.00002", title_en="Medieval Manuscripts of Northern Italy")
    assert memory.title_matches(archive, unrelated) == []


def test_abstract_sentences_match_when_the_earlier_abstract_aligns(archive):
    earlier = Paper(
        id="1",
        title_en="A",
        title_zh="甲",
        abstract_en="Graph neural networks learn from relational data. We study their robustness to noise.",
        abstract_zh="图神经网络从关系数据中学习。我们研究它们对噪声的鲁棒性。",
    )
    index_digest(archive, Digest(papers=[earlier]), "/d/a.md", b"a")
    new = Paper(
        id="2",
        abstract_en="Graph neural networks learn from relational data sets. Something else entirely is done.",
    )
    (match,) = memory.sentence_matches(archive, new)
    assert match.earlier_chinese == "图神经网络从关系数据中学习。"
    assert match.english == "Graph neural networks learn from relational data sets."
    assert 85 <= match.percent < 100


def test_terms_translated_the_same_way_again_and_again_become_glossary_candidates(archive):
    texts = [
        "本文基于图神经网络（GNN）进行分析。",
        "我们采用图神经网络（GNN）。",
        "利用图神经网络（GNN）建模。",
    ]
    for number, text in enumerate(texts):
        paper = Paper(id=str(number), title_zh="题", abstract_zh=text + "使用大模型（LLM）。" * (number == 0))
        index_digest(archive, Digest(papers=[paper]), f"/d/{number}.md", str(number).encode())
    (candidate,) = memory.glossary_candidates(archive, minimum=3)
    assert (candidate.term, candidate.zh, candidate.papers) == ("GNN", "图神经网络", 3)
    assert memory.glossary_candidates(archive, minimum=3, known_terms=frozenset({"gnn"})) == []


def test_recall_gathers_what_the_memory_holds_for_one_paper(archive):
    index_file(archive, FIXTURES / "reference-digest.md")
    same = Paper(
        id="2403.18546", title_en="Efficient Heatmap-Guided 6-Dof Grasp Detection in Cluttered Scenes"
    )
    found = memory.recall(archive, same)
    assert found.exact is not None and found.exact.title_zh.startswith("在混乱场景中")
    assert found.changed == () and found.titles == []  # the paper itself needs no close titles
    assert not found.empty()
    other = memory.recall(archive, Paper(id="2501.00009", title_en="Sonnets of Tuscany"))
    assert other.empty()
    own = memory.recall(archive, same, exclude={source_key(FIXTURES / "reference-digest.md")})
    assert own.exact is None


def test_offers_for_added_papers_are_earlier_translations_else_close_titles(archive):
    index_file(archive, FIXTURES / "reference-digest.md")
    known = Paper(
        id="2403.18546", title_en="Efficient Heatmap-Guided 6-Dof Grasp Detection in Cluttered Scenes"
    )
    close = Paper(
        id="2501.00001", title_en="Efficient Heatmap-Guided 6-DoF Grasp Detection in Cluttered Rooms"
    )
    new = Paper(id="2501.00002", title_en="Sonnets of Tuscany")
    offers = memory.offers_for(archive, [known, close, new])
    assert set(offers) == {"2403.18546", "2501.00001"}
    assert offers["2403.18546"].exact is not None and offers["2403.18546"].titles == []
    assert offers["2501.00001"].exact is None
    assert offers["2501.00001"].titles[0].arxiv_id == "2403.18546"


def test_glossary_candidates_of_a_text_are_those_whose_term_it_holds(archive):
    for number in range(3):
        paper = Paper(id=str(number), title_zh="题", abstract_zh="采用大型语言模型（LLM）。")
        index_digest(archive, Digest(papers=[paper]), f"/d/{number}.md", str(number).encode())
    assert [c.term for c in memory.terms_in(archive, "An LLM agent.")] == ["LLM"]
    assert memory.terms_in(archive, "LLMs everywhere, and allms.") == []
