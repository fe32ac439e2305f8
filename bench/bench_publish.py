"""What the feed and Publish cost: the RSS feed of 2,300 papers, and publishing a 30-paper day
into a folder that already holds a year of issues (365 dated .md files and a full feed).

Run with `make bench`. Median of RUNS runs after one warm-up; a measurement, not a test:
it always exits 0.
"""

from __future__ import annotations

import datetime
import sys
import tempfile
from pathlib import Path

from bench_core import median_ms, reference_digest, repeated

from digest_gui.core.formats.exporters import export_digest
from digest_gui.core.formats.feed import FEED_FILE, FeedOptions, updated_feed
from digest_gui.core.publish import publish

PAPERS = 2_300
DAY_PAPERS = 30
YEAR = 365
TARGETS = {"feed of 2,300 papers": 300.0, "publish 30 papers into a year": 1_000.0}


def main() -> int:
    base = reference_digest()
    digest = repeated(base, PAPERS)
    day = datetime.date(2026, 12, 31)
    results = {"feed of 2,300 papers": median_ms(lambda: export_digest(digest, "rss"))}
    issue = repeated(base, DAY_PAPERS)
    with tempfile.TemporaryDirectory(prefix="digest-gui-bench-") as folder:
        root = Path(folder)
        # A year of issues: the .md files the index is rebuilt from, and a feed holding the
        # last week of 30-paper days (what the publish reads and merges).
        markdown = export_digest(issue, "md")
        feed = None
        for offset in range(YEAR):
            past = day - datetime.timedelta(days=YEAR - offset)
            (root / f"{past.isoformat()}.md").write_text(markdown, encoding="utf-8")
            if offset >= YEAR - 7:
                feed = updated_feed(feed, issue, past, FeedOptions())[0]
        assert feed is not None
        (root / FEED_FILE).write_text(feed, encoding="utf-8")
        results["publish 30 papers into a year"] = median_ms(lambda: publish(issue, root, day))
        files = len(list(root.iterdir()))
    print(f"feed: {PAPERS:,} papers; publish: {DAY_PAPERS} papers into a folder of {files} files")
    for name, value in results.items():
        target = TARGETS[name]
        verdict = "pass" if value <= target else "FAIL"
        print(f"  {name:<30} {value:7.1f} ms  (target <= {target:.0f} ms)  {verdict}")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
