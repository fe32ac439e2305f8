"""Publish day after day in any order, re-runs included: the folder always tells the same story.

A Hypothesis state machine publishes digests of a few papers on dates drawn from two weeks,
often the same date again (a corrected issue). After every step: the index lists exactly the
days published, newest first; each day's Markdown is that day's last publish; the feed holds,
newest first and once each, the items of the last publish of every day within keep_days of
the newest day; feedparser reads it with no bozo flag.
"""

from __future__ import annotations

import datetime
import re
import shutil
import tempfile
from pathlib import Path

import feedparser
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from digest_gui.core.formats.digest_format import export_markdown
from digest_gui.core.formats.feed import FeedOptions
from digest_gui.core.model import Digest, Paper
from digest_gui.core.publish import PublishOptions, publish

START = datetime.date(2026, 3, 1)
KEEP_DAYS = 3


def _digest(day: datetime.date, count: int, edit: int) -> Digest:
    papers = [
        Paper(
            id=f"2403.{day.day:02d}{number:03d}",
            version=1,
            title_en=f"Paper {number} of {day}",
            title_zh=f"第 {number} 篇（第 {edit} 版）",
            summary_zh=f"总结 {number}，版本 {edit}",
        )
        for number in range(count)
    ]
    return Digest(title="daily", papers=papers)


class PublishMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="digest-gui-publish-"))
        self.published: dict[datetime.date, Digest] = {}
        self.edits = 0

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(offset=st.integers(0, 13), count=st.integers(0, 3))
    def publish_a_day(self, offset: int, count: int) -> None:
        day = START + datetime.timedelta(days=offset)
        self.edits += 1
        digest = _digest(day, count, self.edits)
        options = PublishOptions(feed=FeedOptions(keep_days=KEEP_DAYS))
        publish(digest, self.folder, day, options)
        self.published[day] = digest

    @rule()
    def publish_the_last_day_again(self) -> None:
        if self.published:
            day = max(self.published)
            publish(
                self.published[day], self.folder, day, PublishOptions(feed=FeedOptions(keep_days=KEEP_DAYS))
            )

    @invariant()
    def the_folder_tells_the_same_story(self) -> None:
        if not self.published:
            assert list(self.folder.iterdir()) == []
            return
        days = sorted(self.published, reverse=True)
        index = (self.folder / "index.md").read_text(encoding="utf-8")
        assert re.findall(r"^- \[(\d{4}-\d{2}-\d{2})\]", index, re.MULTILINE) == [d.isoformat() for d in days]
        for day, digest in self.published.items():
            assert (self.folder / f"{day.isoformat()}.md").read_text(encoding="utf-8") == export_markdown(
                digest
            )
        parsed = feedparser.parse((self.folder / "feed.xml").read_bytes())
        assert not parsed.bozo
        # The days count back from the newest issue in the index, even one that had no papers.
        newest = max(self.published)
        kept = [day for day in days if day > newest - datetime.timedelta(days=KEEP_DAYS)]
        expected = [f"{paper.id}@{day.isoformat()}" for day in kept for paper in self.published[day].papers]
        assert [entry.id for entry in parsed.entries] == expected
        titles = [paper.summary_zh for day in kept for paper in self.published[day].papers]
        assert [entry.title for entry in parsed.entries] == titles
        assert not [path for path in self.folder.iterdir() if path.name.endswith(".tmp")]


def test_publishing_in_any_order_keeps_files_index_and_feed_consistent():
    run_state_machine_as_test(
        PublishMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
