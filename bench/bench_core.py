"""How long the core takes on big digests: Markdown import and export, project save and load.

Also the import of 2,300 papers that all carry an English one-line summary, and of the
same digest packed without blank lines (every entry then read by content, the slow path).

Run with `make bench`. The digests are the reference digest shipped with the app, repeated
to 23, 230 and 2,300 papers, each copy with its own arXiv ids. Every time is the median of
RUNS runs after one warm-up. This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import gc
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from digest_gui.core.formats.digest_format import export_markdown, import_markdown
from digest_gui.core.formats.project_file import load_project, save_project
from digest_gui.core.model import Digest
from digest_gui.paths import resource_path

SIZES = (23, 230, 2_300)
RUNS = 9  # timed runs per measurement, after one warm-up
OPERATIONS = ("import", "export", "save", "load")
# Targets at 2,300 papers, in milliseconds.
TARGETS = {"export": 100.0, "import": 200.0, "save": 200.0, "load": 150.0}
# From 230 to 2,300 papers linear growth is 10x; allow some noise.
GROWTH_LIMIT = 12.0


def reference_digest() -> Digest:
    text = resource_path("examples", "reference-digest.md").read_text(encoding="utf-8")
    result = import_markdown(text, title="reference")
    if result.warnings:
        print(f"warning: the reference digest imports with warnings: {result.warnings}", file=sys.stderr)
    return result.digest


def repeated(base: Digest, size: int, *, distinct_text: bool = False) -> Digest:
    """`size` papers: copies of the base digest's, each copy with its own arXiv ids.

    With distinct_text, each copy's titles and summaries also end in its own number, so
    that nothing cached per text (the preview's table measurements, its renderings) is
    shared between copies, as in a real digest of that many papers."""
    digest = Digest(title=f"{size} papers", export=base.export, extra=dict(base.extra))
    count = len(base.papers)
    for index in range(size):
        copy, position = divmod(index, count)
        paper = base.papers[position].copy()
        if copy:
            # 2403.18546 -> 2403.CCPPP (copy, position): distinct, and valid new-style ids.
            yymm = paper.id.split(".")[0]
            new_id = f"{yymm}.{copy:02d}{position:03d}"
            paper.url = paper.url.replace(paper.id, new_id)
            paper.id = new_id
            if distinct_text:
                paper.title_en = f"{paper.title_en} ({copy})"
                paper.title_zh = f"{paper.title_zh}（{copy}）"
                paper.summary_zh = f"{paper.summary_zh}（{copy}）"
        digest.papers.append(paper)
    ids = [paper.id for paper in digest.papers]
    assert len(set(ids)) == len(ids), "repeated papers should have distinct ids"
    return digest


def with_english_summaries(digest: Digest) -> Digest:
    """The digest with an English one-line summary in every paper."""
    filled = Digest(title=digest.title, export=digest.export, extra=dict(digest.extra))
    for paper in digest.papers:
        copy = paper.copy()
        copy.summary_en = f"This paper studies {paper.title_en[:60].lower()} and reports what it finds."
        filled.papers.append(copy)
    return filled


def measure_english_summaries(digest: Digest) -> dict[str, float]:
    """Median milliseconds to import the digest with English summaries, as written and packed."""
    text = export_markdown(with_english_summaries(digest))
    imported = import_markdown(text)
    if export_markdown(imported.digest) != text or not all(p.summary_en for p in imported.digest.papers):
        print("warning: the English summaries do not survive export and import", file=sys.stderr)
    packed = text.replace("\n\n    ", "\n    ")
    if len(import_markdown(packed).digest.papers) != len(digest.papers):
        print("warning: the packed digest does not import every paper", file=sys.stderr)
    return {
        "import with English summaries": median_ms(lambda: import_markdown(text)),
        "import packed (read by content)": median_ms(lambda: import_markdown(packed)),
    }


def median_ms(operation: Callable[[], object]) -> float:
    operation()  # warm-up
    times = []
    for _ in range(RUNS):
        gc.collect()
        start = time.perf_counter()
        operation()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(digest: Digest, folder: Path) -> tuple[dict[str, float], int]:
    """Median milliseconds per operation, and the size of the Markdown in bytes."""
    text = export_markdown(digest)
    imported = import_markdown(text)
    if export_markdown(imported.digest) != text or len(imported.digest.papers) != len(digest.papers):
        print(f"warning: {len(digest.papers)} papers do not survive export and import", file=sys.stderr)
    path = folder / f"bench-{len(digest.papers)}.digest"
    save_project(digest, path)
    times = {
        "import": median_ms(lambda: import_markdown(text)),
        "export": median_ms(lambda: export_markdown(digest)),
        "save": median_ms(lambda: save_project(digest, path)),
        "load": median_ms(lambda: load_project(path)),
    }
    return times, len(text.encode("utf-8"))


def main() -> int:
    base = reference_digest()
    print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}; ", end="")
    print(f"median of {RUNS} runs after one warm-up; reference digest: {len(base.papers)} papers")
    print()
    results: dict[int, dict[str, float]] = {}
    markdown_bytes: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="digest-gui-bench-") as folder:
        for size in SIZES:
            results[size], markdown_bytes[size] = measure(repeated(base, size), Path(folder))
    summaries = measure_english_summaries(repeated(base, SIZES[-1]))

    print("| papers | import ms | export ms | save ms | load ms |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for size in SIZES:
        cells = " | ".join(f"{results[size][name]:.1f}" for name in OPERATIONS)
        print(f"| {size:,} | {cells} |")
    largest = SIZES[-1]
    print()
    print(f"Markdown of {largest:,} papers: {markdown_bytes[largest] / 1_000_000:.1f} MB")

    print()
    print(f"Targets at {largest:,} papers:")
    for name in ("export", "import", "save", "load"):
        value, target = results[largest][name], TARGETS[name]
        verdict = "pass" if value <= target else "FAIL"
        print(f"  {name:<7} {value:7.1f} ms  (target <= {target:.0f} ms)  {verdict}")
    target = TARGETS["import"]
    for name, value in summaries.items():
        verdict = "pass" if value <= target else "FAIL"
        print(f"  {name:<32} {value:7.1f} ms  (target <= {target:.0f} ms)  {verdict}")

    middle = SIZES[-2]
    print()
    print(f"Growth from {middle:,} to {largest:,} papers (linear is {largest / middle:.0f}x):")
    for name in OPERATIONS:
        factor = results[largest][name] / results[middle][name]
        verdict = "ok" if factor <= GROWTH_LIMIT else "worse than linear"
        print(f"  {name:<7} {factor:5.1f}x  {verdict}")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
