"""`digest-gui publish` and `digest-gui export --format rss`, run in-process as a user types them."""

from __future__ import annotations

import datetime
import json
import re

import feedparser

from digest_gui.core.formats.digest_format import import_markdown
from digest_gui.core.formats.project_file import save_project
from tests import test_cli

# The command runner and the fake listing server of tests/test_cli.py, as fixtures here.
run = test_cli.run
feeds = test_cli.feeds


def _project(tmp_path, reference_text, name="p.digest", **extra):
    digest = import_markdown(reference_text, title="daily").digest
    digest.extra.update(extra)
    path = tmp_path / name
    save_project(digest, path)
    return path


def test_publish_on_three_days_then_the_last_again(run, tmp_path, reference_text):
    project = _project(tmp_path, reference_text)
    site = tmp_path / "site"
    site.mkdir()
    for day in ("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-04"):
        ran = run("publish", str(project), str(site), "--date", day, "--feed-title", "每日论文")
        assert ran.returncode == 0, ran.stderr
        assert f"issue {day} of 23 papers published".encode() in ran.stderr
    assert b"3 issues in the index, 69 items in the feed" in ran.stderr
    assert sorted(path.name for path in site.iterdir()) == sorted(
        [f"2026-03-0{d}{ext}" for d in (2, 3, 4) for ext in (".md", ".html")]
        + ["feed.xml", "index.md", "index.html"]
    )
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert parsed.feed.title == "每日论文" and not parsed.bozo
    assert len({entry.id for entry in parsed.entries}) == len(parsed.entries) == 69
    index = (site / "index.md").read_text(encoding="utf-8")
    assert re.findall(r"\[(\d{4}-\d{2}-\d{2})\]", index) == ["2026-03-04", "2026-03-03", "2026-03-02"]


def test_publish_dates_the_issue_by_the_listing(run, tmp_path, reference_text):
    project = _project(tmp_path, reference_text, listing_date="2026-02-27")
    assert run("publish", str(project), str(tmp_path)).returncode == 0
    assert (tmp_path / "2026-02-27.md").is_file()


def test_publish_without_a_listing_date_is_today(run, tmp_path, reference_text):
    project = _project(tmp_path, reference_text)
    site = tmp_path / "site"
    site.mkdir()
    assert run("publish", str(project), str(site)).returncode == 0
    assert (site / f"{datetime.date.today().isoformat()}.md").is_file()


def test_publish_errors_are_one_line(run, tmp_path, reference_text):
    project = _project(tmp_path, reference_text)
    bad_date = run("publish", str(project), str(tmp_path), "--date", "2026-13-01")
    assert bad_date.returncode == 1 and bad_date.stderr.strip().endswith(b"is not a date written YYYY-MM-DD")
    missing = run("publish", str(project), str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and b"no such folder" in missing.stderr
    (tmp_path / "feed.xml").write_text("not a feed", encoding="utf-8")
    broken = run("publish", str(project), str(tmp_path), "--date", "2026-03-02")
    assert broken.returncode == 1 and b"move it away" in broken.stderr
    for ran in (bad_date, missing, broken):
        assert len(ran.stderr.strip().splitlines()) == 1 and b"Traceback" not in ran.stderr
    assert not (tmp_path / "2026-03-02.md").exists()


def test_export_writes_an_rss_feed(run, tmp_path, reference_text):
    project = _project(tmp_path, reference_text, listing_date="2026-03-02")
    out = tmp_path / "feed.xml"
    assert run("export", str(project), "--format", "rss", "-o", str(out)).returncode == 0
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo and len(parsed.entries) == 23
    assert parsed.entries[0].id == "2403.18546@2026-03-02"


def test_help_names_publish_and_the_rss_format(run):
    assert b"rss: RSS feed (.xml)" in b" ".join(run("export", "--help").stdout.split())
    assert b"YYYY-MM-DD.md" in run("publish", "--help").stdout


def test_a_listing_project_records_its_date(run, tmp_path, feeds):
    project = tmp_path / "today.digest"
    assert run("listing", "cs.LG", "-o", str(project)).returncode == 0
    assert (
        json.loads(project.read_text(encoding="utf-8"))["listing_date"] == datetime.date.today().isoformat()
    )


def test_keep_days_and_the_channel_are_set_from_the_command_line(run, tmp_path, reference_text):
    project = _project(tmp_path, reference_text)
    site = tmp_path / "site"
    site.mkdir()
    for day in ("2026-03-02", "2026-03-03"):
        options = ["--keep-days", "1", "--feed-link", "https://example.org/d/", "--feed-description", "每日"]
        assert run("publish", str(project), str(site), "--date", day, *options).returncode == 0
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert {entry.id.split("@")[1] for entry in parsed.entries} == {"2026-03-03"}
    assert (parsed.feed.link, parsed.feed.subtitle) == ("https://example.org/d/", "每日")
    assert run("publish", str(project), str(site), "--keep-days", "0").returncode == 1
