"""The RSS feed: read back by a real feed parser, items merged day after day, hostile text inert."""

from __future__ import annotations

import datetime
import re

import feedparser
import pytest

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.exporters import export_digest, get_exporter
from digest_gui.core.formats.feed import (
    FeedError,
    FeedOptions,
    digest_feed,
    digest_items,
    read_feed_items,
    updated_feed,
)
from digest_gui.core.model import LISTING_DATE_KEY, Digest, Paper

DAY = datetime.date(2026, 3, 2)


@pytest.fixture
def digest(reference_text) -> Digest:
    return import_markdown(reference_text, title="reference").digest


def _paper(number: int, **fields) -> Paper:
    return Paper(
        id=f"2403.{number:05d}", version=1, title_en=f"Paper {number}", summary_zh=f"摘要{number}", **fields
    )


def test_feedparser_reads_every_paper_back_with_no_bozo(digest):
    parsed = feedparser.parse(digest_feed(digest, DAY))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert len(parsed.entries) == len(digest.papers)
    for entry, paper in zip(parsed.entries, digest.papers, strict=True):
        assert entry.title == paper.summary_zh.strip()
        assert entry.link == f"https://arxiv.org/abs/{paper.versioned_id}"
        assert entry.id == f"{paper.id}@2026-03-02"
        assert entry.guidislink is False
        assert entry.published_parsed[:3] == (2026, 3, 2)
        text = entry.summary
        # The paragraphs in the layout's order.
        positions = [text.find(part.strip()[:20]) for part in (paper.title_zh, paper.title_en)]
        positions.append(text.find(entry.link))
        positions += [text.find(part.strip()[:20]) for part in (paper.summary_zh, paper.abstract_zh)]
        assert -1 not in positions and positions == sorted(positions)
    assert parsed.feed.updated_parsed is not None  # lastBuildDate is a valid RFC 822 date


def test_the_english_summary_is_a_paragraph_between_the_chinese_summary_and_abstract():
    paper = _paper(
        1, summary_en="Grasping from heatmaps.", abstract_zh="中文摘要", abstract_en="English abstract"
    )
    description = digest_items(Digest(papers=[paper]), DAY)[0].description
    assert (
        description.index("摘要1")
        < description.index("Grasping from heatmaps.")
        < description.index("中文摘要")
    )
    assert description.index("中文摘要") < description.index("English abstract")


def test_the_channel_title_link_and_description_are_settable(digest):
    options = FeedOptions(title="每日 cs.CV", link="https://example.org/digest/", description="My digest")
    parsed = feedparser.parse(digest_feed(digest, DAY, options))
    assert (parsed.feed.title, parsed.feed.link, parsed.feed.subtitle) == (
        "每日 cs.CV",
        "https://example.org/digest/",
        "My digest",
    )


def test_the_rss_exporter_dates_items_by_the_listing_date(digest):
    assert get_exporter("rss").extension == ".xml"
    digest.extra[LISTING_DATE_KEY] = "2026-02-27"
    parsed = feedparser.parse(export_digest(digest, "rss"))
    assert {entry.id.split("@")[1] for entry in parsed.entries} == {"2026-02-27"}


def _feed_days(digests: dict[datetime.date, Digest], keep_days: int = 7) -> str | None:
    text = None
    for day, digest in digests.items():
        text = updated_feed(text, digest, day, FeedOptions(keep_days=keep_days))[0]
    return text


def test_publishing_day_after_day_keeps_the_last_days_newest_first():
    days = [datetime.date(2026, 3, 1) + datetime.timedelta(days=offset) for offset in range(10)]
    digests = {day: Digest(papers=[_paper(day.day * 10 + n) for n in range(3)]) for day in days}
    parsed = feedparser.parse(_feed_days(digests))
    assert not parsed.bozo
    guids = [entry.id for entry in parsed.entries]
    expected = [
        f"{paper.id}@{day.isoformat()}" for day in reversed(days[3:]) for paper in digests[day].papers
    ]
    assert guids == expected  # the last 7 days, newest first, each day in the digest's order


def test_a_rerun_of_a_day_replaces_its_items_and_never_duplicates():
    first, second = datetime.date(2026, 3, 1), datetime.date(2026, 3, 2)
    text = _feed_days({first: Digest(papers=[_paper(1)]), second: Digest(papers=[_paper(2), _paper(3)])})
    # The same day again, with one paper gone and one edited.
    again, count = updated_feed(text, Digest(papers=[_paper(2, title_zh="改过")]), second)
    guids = [entry.id for entry in feedparser.parse(again).entries]
    assert guids == ["2403.00002@2026-03-02", "2403.00001@2026-03-01"]
    assert count == 2
    assert "改过" in again


def test_items_read_back_are_written_again_unchanged(digest):
    text = digest_feed(digest, DAY)
    items = read_feed_items(text)
    assert items == digest_items(digest, DAY)


def test_a_file_that_is_no_feed_is_refused_not_replaced():
    with pytest.raises(FeedError, match="not a readable RSS feed"):
        updated_feed("this is my diary, not XML <", Digest(papers=[_paper(1)]), DAY)
    with pytest.raises(FeedError, match=r"not an RSS 2\.0 feed"):
        updated_feed("<html><body/></html>", Digest(papers=[_paper(1)]), DAY)


def test_an_entity_in_an_old_feed_is_not_expanded():
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss version='2.0'><channel><item><title>&x;</title><guid>a@2026-03-01</guid></item></channel></rss>"
    )
    text = updated_feed(hostile, Digest(papers=[_paper(1)]), DAY)[0]
    assert "root:" not in text


HOSTILE = Paper(
    id="",
    url="javascript:alert(1)",
    title_en='<script>alert("en")</script>',
    title_zh="<img src=x onerror=alert(1)>\x00\x1b标题",
    summary_zh='<a href="javascript:alert(2)">点我</a>\ud800]]>',
    summary_en="</description></item><item><title>injected</title>",
    abstract_zh="\x0b\x0c控制字符\x7f\ufffe",
    abstract_en="<iframe src='https://evil.example/'></iframe>",
)


def test_hostile_text_leaves_nothing_active():
    digest = Digest(title="<b>title</b>\x01", papers=[HOSTILE, _paper(7)])
    text = digest_feed(digest, DAY)
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 2  # nothing injected an item
    assert parsed.feed.title == "<b>title</b>"  # text, shown as text
    entry = parsed.entries[0]
    assert "link" not in entry or not entry.link.startswith("javascript")
    # The description as written (before any reader's sanitiser): our tags only.
    raw = read_feed_items(text)[0].description
    assert re.findall(r"<(\w+)", raw) == ["p"] * raw.count("<p>")
    # What a reader renders: the description's HTML holds only our <p> and <a>, the fields as text.
    description = entry.summary
    assert re.findall(r"<(\w+)", description) == ["p"] * len(re.findall(r"<p>", description))
    assert "&lt;script&gt;" in description and "&lt;iframe" in description
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", text)
    text.encode("utf-8")  # no lone surrogate reached the file


def test_a_javascript_link_is_never_an_item_link_or_href():
    text = digest_feed(Digest(papers=[HOSTILE]), DAY)
    assert "<link>javascript" not in text
    for description in (feedparser.parse(text).entries[0].summary, read_feed_items(text)[0].description):
        assert not re.search(r"<a\b[^>]*javascript", description)  # escaped text, no anchor
