"""How long find and replace take over a large digest (the find bar searches again after each pause).

Run with `make bench`. The digest is the reference digest repeated to 2,300 papers. Each
query is timed finding every match (at most the bar's 10,000) and computing Replace All's
changes; the median of 7 runs after one warm-up. This is a measurement, not a test: it
always exits 0.
"""

from __future__ import annotations

import gc
import platform
import statistics
import sys
import time
from collections.abc import Callable

from bench_core import reference_digest, repeated

from digest_gui.core.find_replace import FindQuery, Scope, find_all, replace_all

SIZE = 2_300
LIMIT = 10_000  # the find bar's MATCH_LIMIT
TARGET_FIND_MS = 250.0  # after the bar's 150 ms pause: results within half a second of the last key
TARGET_REPLACE_MS = 1000.0

QUERIES = (
    ("literal, both sides", FindQuery("model"), "MODEL"),
    ("literal, Chinese side", FindQuery("模型", Scope.CHINESE), "模型"),
    ("whole words", FindQuery("model", whole_words=True), "MODEL"),
    ("regex with groups", FindQuery(r"(large) (language)", regex=True), r"\2 \1"),
    ("empty matches (x*)", FindQuery("x*", Scope.CHINESE, regex=True), "-"),
)


def median_ms(operation: Callable[[], object], runs: int = 7) -> float:
    operation()  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        operation()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    digest = repeated(reference_digest(), SIZE)
    characters = sum(len(getattr(p, name)) for p in digest.papers for name in FindQuery("x").scope.fields())
    print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}; ", end="")
    print(f"{SIZE:,} papers, {characters:,} characters in their text fields")
    print()
    print("| query | matches | find ms | target | replace all ms | target | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, query, replacement in QUERIES:
        matches = len(find_all(digest, query, limit=LIMIT))
        find = median_ms(lambda q=query: find_all(digest, q, limit=LIMIT))
        replace = median_ms(lambda q=query, r=replacement: replace_all(digest, q, r))
        verdict = "pass" if find <= TARGET_FIND_MS and replace <= TARGET_REPLACE_MS else "FAIL"
        print(
            f"| {name} | {matches:,} | {find:.1f} | <= {TARGET_FIND_MS:g} | {replace:.1f} |"
            f" <= {TARGET_REPLACE_MS:g} | {verdict} |"
        )
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
