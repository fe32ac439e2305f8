"""What the archive costs at scale: indexing 10,000 daily digests of 30 papers (300,000
papers) from a folder of .md files, its time, peak memory and file size; then a search, the
translation-memory lookup when 100 papers are added, ranking a listing of 1,000 items, and the
longest the window's event loop waits while 300 digests are indexed in the background.

The digests are generated (tests/archive_papers.py: three topics, each paper its own mix of
the topic's words, real Chinese and English from the reference digest, and a few made-up
names, so the indexes see a growing vocabulary), as long as real ones: about 1,000
characters of English abstract and 300 of Chinese. The indexing runs in a subprocess so that
its peak memory (resource.getrusage) is the import's alone. `--quick` does 500 digests.

Run with `make bench`. Median of RUNS runs after one warm-up for the queries; a
measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_core import median_ms, reference_digest  # noqa: E402

from digest_gui.core.archive.folder_import import import_folder  # noqa: E402
from digest_gui.core.archive.memory import offers_for  # noqa: E402
from digest_gui.core.archive.ranking import listing_text, rank_texts  # noqa: E402
from digest_gui.core.archive.search import search  # noqa: E402
from digest_gui.core.archive.store import open_archive  # noqa: E402
from digest_gui.core.formats.digest_format import export_markdown  # noqa: E402
from digest_gui.core.model import Digest, Paper  # noqa: E402
from tests.archive_papers import TOPICS, paper_text  # noqa: E402

DIGESTS, QUICK_DIGESTS, PAPERS = 10_000, 500, 30
ADDED, LISTING = 100, 1_000
TARGETS = {
    "index (s)": 120.0,
    "peak memory (MB)": 300.0,
    "archive file (MB)": 1_000.0,
    "search, Chinese (ms)": 50.0,
    "search, rare Chinese (ms)": 50.0,
    "search, English (ms)": 50.0,
    "search, 2 characters (ms)": 50.0,
    "memory lookup, 100 papers (ms)": 200.0,
    "rank 1,000 items (ms)": 300.0,
    "window stall while indexing (ms)": 100.0,
}
# Digests the window indexes in the background while its event loop is timed.
WINDOW_DIGESTS = 300


class Varied:
    """Real text cut from the reference digest, and made-up names, to vary each paper."""

    def __init__(self) -> None:
        papers = reference_digest().papers
        self.english = [paper.abstract_en for paper in papers if len(paper.abstract_en) > 300]
        self.chinese = [paper.abstract_zh for paper in papers if len(paper.abstract_zh) > 150]

    def paper(self, rng: random.Random, number: int) -> Paper:
        paper = paper_text(rng.choice(list(TOPICS)), rng, number, long=True)
        english, chinese = rng.choice(self.english), rng.choice(self.chinese)
        start, begin = rng.randrange(len(english) - 200), rng.randrange(len(chinese) - 120)
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
        paper.abstract_en = f"{paper.abstract_en} We call it {name.title()}: {english[start : start + 200]}"
        paper.abstract_zh = f"{paper.abstract_zh}我们称之为{name.title()}。{chinese[begin : begin + 120]}"
        return paper


def generate(folder: Path, digests: int) -> None:
    rng, varied = random.Random(1), Varied()
    start = time.perf_counter()
    for day in range(digests):
        papers = [varied.paper(rng, day * PAPERS + index) for index in range(PAPERS)]
        (folder / f"digest-{day:05d}.md").write_text(export_markdown(Digest(papers=papers)), encoding="utf-8")
    print(
        f"generated {digests:,} digests of {PAPERS} papers in {time.perf_counter() - start:.0f} s", flush=True
    )


def index_in_this_process(folder: str, database: str) -> None:
    """The subprocess: import the folder, print seconds, peak memory and the file's size as JSON."""
    start = time.perf_counter()
    with open_archive(Path(database)) as archive:
        summary = import_folder(archive, folder)
    seconds = time.perf_counter() - start
    size = sum(
        os.path.getsize(database + suffix) for suffix in ("", "-wal") if os.path.exists(database + suffix)
    )
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    print(
        json.dumps(
            {"seconds": seconds, "cpu": cpu, "peak": peak, "size": size / 1_000_000, "added": summary.added}
        )
    )


def queries(database: Path, digests: int) -> dict[str, float]:
    rng, varied = random.Random(2), Varied()
    results = {}
    with open_archive(database) as archive:
        results["search, Chinese (ms)"] = median_ms(lambda: search(archive, "蛋白质结构预测"))
        results["search, rare Chinese (ms)"] = median_ms(lambda: search(archive, "抓取热图"))
        results["search, English (ms)"] = median_ms(lambda: search(archive, "equivariant graph network"))
        results["search, 2 characters (ms)"] = median_ms(lambda: search(archive, "对接"))
        # Adding 100 papers: half were in earlier digests (exact matches), half are new.
        known = [
            f"{24 + n // 1_200_000:02d}{1 + n // 100_000 % 12:02d}.{n % 100_000:05d}"
            for n in range(0, digests * PAPERS, digests * PAPERS // 50)
        ][:50]
        added = [Paper(id=paper_id, title_en="x") for paper_id in known]
        added += [varied.paper(rng, 9_000_000 + number) for number in range(ADDED - len(added))]

        offers = offers_for(archive, added)
        results["memory lookup, 100 papers (ms)"] = median_ms(lambda: offers_for(archive, added))
        exact = sum(offer.exact is not None for offer in offers.values())
        print(f"memory lookup: {exact} earlier translations, {len(offers) - exact} with close titles")
        listing = [varied.paper(rng, 8_000_000 + number) for number in range(LISTING)]
        texts = [listing_text(paper.title_en, paper.abstract_en) for paper in listing]
        results["rank 1,000 items (ms)"] = median_ms(lambda: rank_texts(archive, texts))
        for query in ("蛋白质结构预测", "抓取热图", "equivariant graph network", "对接"):
            hits = sum(len(group.hits) for group in search(archive, query))
            print(f"search “{query}”: {hits} papers (the newest 100 at most are returned)")
    return results


def window_stall(folder: Path, database: Path) -> float:
    """The longest the window's event loop waits while the archive imports folder in the background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from digest_gui.ui.archive.controller import ArchiveController
    from digest_gui.ui.document.project import Project

    app = QApplication.instance() or QApplication([])
    controller = ArchiveController(Project(), database=database)
    clock, longest = QElapsedTimer(), [0.0]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        longest[0] = max(longest[0], clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(tick)
    loop = QEventLoop()
    task = controller.import_folder(str(folder))
    task.finished.connect(loop.quit)
    clock.start()
    ticker.start()
    loop.exec()
    ticker.stop()
    app.processEvents()
    # A 5 ms timer: what it waited beyond its interval is how long the loop was held.
    return max(0.0, longest[0] - 5)


def main() -> int:
    if sys.argv[1:2] == ["--index"]:
        index_in_this_process(sys.argv[2], sys.argv[3])
        return 0
    digests = QUICK_DIGESTS if "--quick" in sys.argv else DIGESTS
    with tempfile.TemporaryDirectory(prefix="digest-gui-bench-") as temporary:
        folder, database = Path(temporary) / "digests", Path(temporary) / "archive.sqlite3"
        folder.mkdir()
        generate(folder, digests)
        child = subprocess.run(
            [sys.executable, __file__, "--index", str(folder), str(database)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode:
            print(f"the indexing failed:\n{child.stderr}", file=sys.stderr)
            return 0
        indexed = json.loads(child.stdout)
        results = {
            "index (s)": indexed["seconds"],
            "peak memory (MB)": indexed["peak"],
            "archive file (MB)": indexed["size"],
        }
        results.update(queries(database, digests))
        small = Path(temporary) / "window"
        small.mkdir()
        generate(small, WINDOW_DIGESTS)
        results["window stall while indexing (ms)"] = window_stall(small, Path(temporary) / "window.sqlite3")
    print(f"archive: {digests:,} digests of {PAPERS} papers ({indexed['added']:,} files indexed)")
    # Wall-clock time is the target; the CPU time tells how much of it a loaded machine added.
    print(f"  indexing used {indexed['cpu']:.0f} s of CPU (load average {os.getloadavg()[0]:.1f})")
    for name, value in results.items():
        target = TARGETS[name]
        verdict = "pass" if value <= target else "FAIL"
        print(f"  {name:<34} {value:9.1f}  (target <= {target:,.0f})  {verdict}")
    if digests != DIGESTS:
        print("  (--quick: the targets are for 10,000 digests)")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
