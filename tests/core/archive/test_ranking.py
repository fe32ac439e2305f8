"""The ranked listing, evaluated honestly: on-topic items above the rest, on generated text."""

from __future__ import annotations

import random

from digest_gui.core.archive.indexing import index_digest
from digest_gui.core.archive.ranking import KeywordRules, listing_text, rank_texts
from tests.archive_papers import paper_text, topic_digest


def archive_of(archive, topic: str, days: int = 8) -> None:
    for day in range(days):
        digest = topic_digest(topic, 6, seed=day, first_number=day * 10)
        index_digest(archive, digest, f"/d/2026-01-{day + 1:02d}.md", str(day).encode())


def todays_listing(topics: dict[str, int], seed: int = 1000) -> tuple[list[str], list[str]]:
    """Listing texts and their topics, shuffled: papers never seen before (other seeds, other ids)."""
    rng = random.Random(seed)
    items = [
        (topic, paper_text(topic, rng, 90000 + rng.randint(0, 9999)))
        for topic, count in topics.items()
        for _ in range(count)
    ]
    rng.shuffle(items)
    return [listing_text(paper.title_en, paper.abstract_en) for _, paper in items], [
        topic for topic, _ in items
    ]


def test_on_topic_items_rank_above_items_on_other_topics(archive):
    archive_of(archive, "robotics")
    texts, topics = todays_listing({"robotics": 15, "proteins": 15, "compilers": 15})
    ranked = rank_texts(archive, texts)
    order = [topics[item.index] for item in ranked]
    # Every robotics item ranks above every other item; the scores say how far apart.
    assert order[:15] == ["robotics"] * 15, order
    assert ranked[14].score > ranked[15].score


def test_another_archive_ranks_its_own_topic_first(archive):
    archive_of(archive, "compilers")
    texts, topics = todays_listing({"robotics": 10, "proteins": 10, "compilers": 10}, seed=7)
    ranked = rank_texts(archive, texts)
    assert [topics[item.index] for item in ranked[:10]] == ["compilers"] * 10


def test_an_empty_archive_keeps_the_listing_order(archive):
    texts, _topics = todays_listing({"robotics": 3, "proteins": 3})
    ranked = rank_texts(archive, texts)
    assert [item.index for item in ranked] == list(range(6))
    assert {item.score for item in ranked} == {0.0}


def test_keyword_rules_lift_sink_and_mark(archive):
    archive_of(archive, "robotics", days=2)
    texts = [
        listing_text("Quadruped locomotion with reinforcement learning", "A robot arm and a controller."),
        listing_text("Protein docking with diffusion", "Binding pockets of enzymes."),
        listing_text("Loop tiling for GPU kernels", "A vectorizing compiler."),
    ]
    rules = KeywordRules.parse(
        include="docking", exclude="reinforcement learning", highlight="GPU, robot arm"
    )
    ranked = rank_texts(archive, texts, rules)
    assert [item.index for item in ranked] == [1, 2, 0]
    assert ranked[0].included == ("docking",)
    assert ranked[2].excluded == ("reinforcement learning",)
    assert ranked[1].highlighted == ("GPU",) and ranked[2].highlighted == ("robot arm",)


def test_rules_match_whole_words_in_any_case():
    rules = KeywordRules.parse(include=" GAN ,, ", exclude="", highlight="")
    assert rules.include == ("GAN",)


def test_scores_lie_between_zero_and_one(archive):
    archive_of(archive, "proteins", days=2)
    texts, _topics = todays_listing({"proteins": 5, "robotics": 5})
    assert all(0.0 <= item.score <= 1.0 for item in rank_texts(archive, texts))


def test_a_paper_of_the_archive_scores_high(archive):
    digest = topic_digest("robotics", 5, seed=3)
    index_digest(archive, digest, "/d/x.md", b"x")
    same = listing_text(digest.papers[0].title_en, digest.papers[0].abstract_en)
    other = listing_text("Medieval poetry", "We read manuscripts of sonnets from Tuscany and their rhymes.")
    first, second = rank_texts(archive, [other, same])
    assert first.index == 1 and second.score < first.score
