"""Searching the archive: Chinese substrings, English words, short queries, plain-text snippets."""

from __future__ import annotations

from digest_gui.core.archive.indexing import index_digest, index_file
from digest_gui.core.archive.search import parse_query, search
from digest_gui.core.model import Digest, Paper
from tests.conftest import FIXTURES


def reference(archive) -> None:
    index_file(archive, FIXTURES / "reference-digest.md")


def highlighted(hit) -> list[str]:
    return [hit.snippet[start:end] for start, end in hit.spans]


def test_a_chinese_substring_in_the_middle_of_a_word_is_found(archive):
    reference(archive)
    (group,) = search(archive, "神经网络")
    ids = [hit.arxiv_id for hit in group.hits]
    assert "2403.18296" in ids  # 基于图神经网络的…
    hit = group.hits[ids.index("2403.18296")]
    assert hit.field == "title_zh"
    assert highlighted(hit) == ["神经网络"]
    assert group.title == "reference-digest"


def test_two_chinese_characters_fall_back_to_titles_and_summaries(archive):
    reference(archive)
    (group,) = search(archive, "热图")
    assert [hit.arxiv_id for hit in group.hits] == ["2403.18546"]
    assert highlighted(group.hits[0]) == ["热图"]


def test_pieces_of_a_trigram_that_are_not_side_by_side_do_not_match(archive):
    paper = Paper(id="1", title_en="x", title_zh="图神经", abstract_zh="神经网络模型")
    index_digest(archive, Digest(papers=[paper]), "/tmp/a.digest", b"1")
    assert search(archive, "图神经网络") == []
    assert search(archive, "神经网络")[0].hits[0].field == "abstract_zh"


def test_english_is_found_by_words_and_the_last_word_as_a_prefix(archive):
    reference(archive)
    hits = [hit for group in search(archive, "large language mod") for hit in group.hits]
    assert "2403.10799" in [hit.arxiv_id for hit in hits]
    assert all(hit.snippet for hit in hits)
    pruning = next(hit for hit in hits if hit.arxiv_id == "2403.10799")
    assert [word.lower() for word in highlighted(pruning)] == ["large", "language", "model"]


def test_mixed_queries_need_both_languages(archive):
    reference(archive)
    results = search(archive, "GPT-4 胸部")
    assert [hit.arxiv_id for group in results for hit in group.hits] == ["2403.15528"]


def test_results_are_grouped_by_digest_newest_first(archive):
    older = Digest(
        title="older", papers=[Paper(id="1", title_en="Diffusion for proteins", title_zh="蛋白质扩散模型")]
    )
    newer = Digest(
        title="newer", papers=[Paper(id="2", title_en="Diffusion for images", title_zh="图像扩散模型")]
    )
    index_digest(archive, older, "/tmp/2026-01-01.md", b"a")
    index_digest(archive, newer, "/tmp/2026-02-01.md", b"b")
    assert [group.day for group in search(archive, "扩散模型")] == ["2026-02-01", "2026-01-01"]
    assert [group.title for group in search(archive, "diffusion")] == ["newer", "older"]


def test_markup_in_the_data_is_returned_as_plain_text(archive):
    paper = Paper(id="1", title_en="<b>Bold</b> claims & <script>x</script>", title_zh="粗体")
    index_digest(archive, Digest(papers=[paper]), "/tmp/m.md", b"m")
    hit = search(archive, "claims")[0].hits[0]
    assert hit.snippet == paper.title_en


def test_queries_are_split_into_chinese_runs_and_words():
    query = parse_query("  Graph 神经网络  Trans ")
    assert query.chinese == ("神经网络",)
    assert query.english == ("graph", "trans")


def test_nothing_to_search_finds_nothing(archive):
    reference(archive)
    assert search(archive, "   ") == []
    assert search(archive, "？？") == []
    assert search(archive, '"') == []
