"""Publishing into a folder: the day's issue, the feed kept over days, the index rebuilt."""

from __future__ import annotations

import datetime
import os
import re

import feedparser
import markdown
import pytest

from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.exporters import export_digest
from digest_gui.core.model import LISTING_DATE_KEY, Digest
from digest_gui.core.publish import PublishError, issue_date, publish
from digest_gui.core.storage import atomic_file

DAYS = [datetime.date(2026, 3, 2), datetime.date(2026, 3, 3), datetime.date(2026, 3, 4)]


@pytest.fixture
def digest(reference_text) -> Digest:
    return import_markdown(reference_text, title="cs.CV daily").digest


def _day_digest(digest: Digest, day: datetime.date, count: int) -> Digest:
    """A digest of count papers of the reference, each day's with its own ids."""
    papers = [paper.copy() for paper in digest.papers[:count]]
    for number, paper in enumerate(papers):
        paper.id = f"2403.{day.day:02d}{number:03d}"
    return Digest(title=digest.title, papers=papers)


def _snapshot(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_three_days_then_the_last_twice(tmp_path, digest):
    site = tmp_path / "site"
    site.mkdir()
    counts = {DAYS[0]: 3, DAYS[1]: 4, DAYS[2]: 5}
    for day in DAYS:
        result = publish(_day_digest(digest, day, counts[day]), site, day)
        assert result.day == day
    assert result.issues == 3 and result.feed_items == 12
    # The last day again, with two papers fewer: its files and items replaced, none duplicated.
    rerun = _day_digest(digest, DAYS[2], 3)
    rerun.papers[0].title_zh = "重新发布"
    publish(rerun, site, DAYS[2])
    publish(rerun, site, DAYS[2])
    names = sorted(path.name for path in site.iterdir())
    issues = [f"{day.isoformat()}{ext}" for day in DAYS for ext in (".html", ".md")]
    assert names == sorted([*issues, "feed.xml", "index.html", "index.md"])
    assert (site / "2026-03-04.md").read_text(encoding="utf-8") == export_markdown(rerun)
    assert (site / "2026-03-04.html").read_text(encoding="utf-8") == export_digest(rerun, "html")
    index = (site / "index.md").read_text(encoding="utf-8")
    assert re.findall(r"\[(\d{4}-\d{2}-\d{2})\]", index) == ["2026-03-04", "2026-03-03", "2026-03-02"]
    page = (site / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(\d{4}-\d{2}-\d{2})\.html"', page) == ["2026-03-04", "2026-03-03", "2026-03-02"]
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not parsed.bozo
    guids = [entry.id for entry in parsed.entries]
    assert len(guids) == len(set(guids)) == 3 + 4 + 3
    per_day = [guid.split("@")[1] for guid in guids]
    assert per_day == ["2026-03-04"] * 3 + ["2026-03-03"] * 4 + ["2026-03-02"] * 3
    assert "重新发布" in parsed.entries[0].summary


def test_the_index_is_rebuilt_from_the_folder(tmp_path, digest):
    (tmp_path / "2025-12-31.md").write_text("an older issue, written by hand\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an issue\n", encoding="utf-8")
    (tmp_path / "2026-02-31.md").write_text("no such day\n", encoding="utf-8")
    result = publish(_day_digest(digest, DAYS[0], 2), tmp_path, DAYS[0])
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert re.findall(r"\[(\d{4}-\d{2}-\d{2})\]", index) == ["2026-03-02", "2025-12-31"]
    assert result.issues == 2
    assert (tmp_path / "2025-12-31.md").read_text(encoding="utf-8") == "an older issue, written by hand\n"


def test_nothing_is_written_outside_the_folder(tmp_path, digest):
    site = tmp_path / "site"
    site.mkdir()
    before = {path.name for path in tmp_path.iterdir()}
    publish(_day_digest(digest, DAYS[0], 2), site, DAYS[0])
    assert {path.name for path in tmp_path.iterdir()} == before
    # A link in the folder pointing out of it is refused before anything is written.
    outside = tmp_path / "outside.html"
    outside.write_text("mine", encoding="utf-8")
    (site / "2026-03-03.html").symlink_to(outside)
    snapshot = _snapshot(site)
    with pytest.raises(PublishError, match="a link out of the folder"):
        publish(_day_digest(digest, DAYS[1], 2), site, DAYS[1])
    assert outside.read_text(encoding="utf-8") == "mine"
    assert _snapshot(site) == snapshot


def test_every_file_is_written_atomically(tmp_path, digest, monkeypatch):
    written = []
    real = atomic_file.atomic_write_bytes

    def recording(path, data, **kwargs):
        written.append(os.path.basename(path))
        real(path, data, **kwargs)

    monkeypatch.setattr(atomic_file, "atomic_write_bytes", recording)
    result = publish(_day_digest(digest, DAYS[0], 2), tmp_path, DAYS[0])
    names = sorted(path.name for path in tmp_path.iterdir())
    assert sorted(written) == names == sorted(path.name for path in result.written)


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, digest, monkeypatch):
    publish(_day_digest(digest, DAYS[0], 2), tmp_path, DAYS[0])
    feed = (tmp_path / "feed.xml").read_bytes()

    def failing(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("digest_gui.core.storage.atomic_file.os.replace", failing)
    with pytest.raises(PublishError, match="No space left on device"):
        publish(_day_digest(digest, DAYS[1], 2), tmp_path, DAYS[1])
    assert (tmp_path / "feed.xml").read_bytes() == feed
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_an_unreadable_feed_stops_the_publish_with_nothing_written(tmp_path, digest):
    (tmp_path / "feed.xml").write_text("my own notes, not a feed", encoding="utf-8")
    with pytest.raises(PublishError, match=r"feed\.xml: not a readable RSS feed.*move it away"):
        publish(_day_digest(digest, DAYS[0], 2), tmp_path, DAYS[0])
    assert sorted(path.name for path in tmp_path.iterdir()) == ["feed.xml"]
    assert (tmp_path / "feed.xml").read_text(encoding="utf-8") == "my own notes, not a feed"


def test_a_missing_folder_is_a_clear_error(tmp_path, digest):
    with pytest.raises(PublishError, match="no such folder"):
        publish(digest, tmp_path / "nowhere", DAYS[0])
    assert not (tmp_path / "nowhere").exists()


def test_the_date_is_the_listing_date_or_today(digest):
    today = datetime.date(2026, 5, 1)
    assert issue_date(digest, today) == today
    digest.extra[LISTING_DATE_KEY] = "2026-04-30"
    assert issue_date(digest, today) == datetime.date(2026, 4, 30)
    digest.extra[LISTING_DATE_KEY] = "not a date"
    assert issue_date(digest, today) == today


def test_a_hostile_title_is_text_in_the_index(tmp_path, digest):
    hostile = _day_digest(digest, DAYS[0], 1)
    hostile.title = "<script>alert(1)</script>[x](javascript:alert(2))"
    publish(hostile, tmp_path, DAYS[0])
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    rendered = markdown.markdown(index)
    assert "<script" not in rendered and 'href="javascript' not in rendered
